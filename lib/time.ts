import * as SunCalc from 'suncalc';
import { LOCAL_TIME_PATTERN } from './constants';

/** `HH:MM`, 24-hour. */
export type LocalTime = string;

export function isLocalTime(value: string): value is LocalTime {
  return LOCAL_TIME_PATTERN.test(value);
}

// Building an Intl.DateTimeFormat costs far more than using one: keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, fmt);
  }
  return fmt;
}

function parts(date: Date, timeZone: string) {
  const out: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(date)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return out as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** Offset of `timeZone` from UTC at `date`, in milliseconds (Brussels in summer: +2 h). */
export function timeZoneOffsetMs(date: Date, timeZone: string): number {
  const p = parts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** The instant at which the wall clock in `timeZone` shows `date` (`YYYY-MM-DD`) `time` (`HH:MM`). */
export function zonedTimeToUtc(date: string, time: LocalTime, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  // Two passes settle the offset even when the guess lands across a DST change.
  let offset = timeZoneOffsetMs(new Date(guess), timeZone);
  offset = timeZoneOffsetMs(new Date(guess - offset), timeZone);
  return new Date(guess - offset);
}

/** `HH:MM` on the wall clock of `timeZone` at `instant`. */
export function formatLocalTime(instant: Date, timeZone: string): LocalTime {
  const p = parts(instant, timeZone);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` on the wall clock of `timeZone` at `instant`. */
export function localDate(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/**
 * Sunset at a place on a local calendar date. SunCalc is asked at local noon:
 * asked at midnight UTC it can return the previous day's sunset far from Greenwich.
 * Null where the sun does not set that day (polar summer).
 */
export function sunsetAt(date: string, lat: number, lng: number, timeZone: string): Date | null {
  const noon = zonedTimeToUtc(date, '12:00', timeZone);
  const sunset = SunCalc.getTimes(noon, lat, lng).sunset;
  return sunset && !Number.isNaN(sunset.getTime()) ? sunset : null;
}

/** Adds `days` to an ISO calendar date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------
// Registration deadlines
// ---------------------------------------------------------------------------
// A deadline is asked as a last day ("last day to register: 16 July") and
// stored as the last millisecond of that day on the campaign's clock
// (16 July 23:59:59.999 in Brussels), so that "now <= deadline" reads as
// "still that day". Deadlines stored as the midnight that ends the day
// (17 July 00:00, as older campaigns and the seed have them) mean the same
// day, and are shown and edited as it.

function isLocalMidnight(instant: Date, timeZone: string): boolean {
  const p = parts(instant, timeZone);
  return p.hour === 0 && p.minute === 0 && p.second === 0 && instant.getUTCMilliseconds() === 0;
}

/** The deadline stored for a last day `YYYY-MM-DD`: the end of that day in `timeZone` (23:59:59.999). */
export function deadlineFromLastDay(lastDay: string, timeZone: string): Date {
  return new Date(zonedTimeToUtc(addDays(lastDay, 1), '00:00', timeZone).getTime() - 1);
}

/**
 * The moment a person is told for a deadline: the deadline itself, or the
 * minute before when it is the midnight that ends a day ("16 July, 23:59",
 * never "17 July, 00:00", which reads as the end of the 17th).
 */
export function deadlineShownAt(deadline: Date, timeZone: string): Date {
  return isLocalMidnight(deadline, timeZone) ? new Date(deadline.getTime() - 60_000) : deadline;
}

/** The last day to register, `YYYY-MM-DD` in `timeZone`, of a stored deadline. */
export function deadlineLastDay(deadline: Date, timeZone: string): string {
  return localDate(deadlineShownAt(deadline, timeZone), timeZone);
}
