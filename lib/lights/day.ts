/**
 * The public day (30 July) as a timeline: before the day, the countdown to the
 * first lights, the evening, and after. Pure functions of an explicit `now`
 * (epoch milliseconds), so that every moment of the day can be tested and the
 * browser can re-evaluate them as its clock runs.
 */
import { addDays, localDate, zonedTimeToUtc } from '../time';
import { DEFAULT_TIME_ZONE } from '@/lib/constants';
import { formattingLocale } from '../dates';


/** A building's lighting window on the event date; instants in epoch ms. */
export type LightWindow = {
  onAt: number | null;
  offAt: number | null;
  /** Confirmed lit by its coordinator on the night. */
  litAt: number | null;
  timeZone: string;
};

/** Local midnight at the start of `date` in `timeZone`. */
export function localDayStart(date: string, timeZone: string): number {
  return zonedTimeToUtc(date, '00:00', timeZone).getTime();
}

/** Local midnight at the end of `date` in `timeZone`. */
export function localDayEnd(date: string, timeZone: string): number {
  return localDayStart(addDays(date, 1), timeZone);
}

/**
 * When a building's lights stop: its lights-off (already placed on the next
 * day when it is after midnight), else the end of the event day locally — a
 * building without a lights-off time is taken to shine all evening.
 */
export function windowEnd(eventDate: string, w: Pick<LightWindow, 'offAt' | 'timeZone'>): number {
  return w.offAt ?? localDayEnd(eventDate, w.timeZone);
}

/**
 * Lit now: inside its window, or confirmed lit by its coordinator, until the
 * window ends. A confirmation from another year never counts.
 */
export function isLitNow(eventDate: string, w: LightWindow, now: number): boolean {
  if (now >= windowEnd(eventDate, w)) return false;
  if (w.litAt !== null && w.litAt <= now && w.litAt >= localDayStart(eventDate, w.timeZone)) return true;
  return w.onAt !== null && w.onAt <= now;
}

export type DayTimeline = {
  eventDate: string;
  /** The first local midnight of the event date among the buildings' time zones. */
  startsAt: number;
  /** The earliest lights-on; null when no building has a known one. */
  firstLightsAt: number | null;
  /** When the last window ends. */
  endsAt: number;
};

/** The day's timeline from its buildings' windows; it does not depend on the clock. */
export function dayTimeline(eventDate: string, windows: LightWindow[]): DayTimeline {
  const zones = new Set(windows.map((w) => w.timeZone));
  zones.add(DEFAULT_TIME_ZONE);
  let startsAt = Infinity;
  let endsAt = -Infinity;
  for (const zone of zones) {
    startsAt = Math.min(startsAt, localDayStart(eventDate, zone));
    endsAt = Math.max(endsAt, localDayEnd(eventDate, zone));
  }
  let firstLightsAt: number | null = null;
  for (const w of windows) {
    if (w.onAt !== null && (firstLightsAt === null || w.onAt < firstLightsAt)) firstLightsAt = w.onAt;
    endsAt = Math.max(endsAt, windowEnd(eventDate, w));
  }
  return { eventDate, startsAt, firstLightsAt, endsAt };
}

export type DayPhase =
  /** Before the day; `daysLeft` counts calendar days in Belgium (1 = tomorrow). */
  | { phase: 'before'; daysLeft: number }
  /** On the day, before the first lights go on. */
  | { phase: 'countdown'; msLeft: number }
  /** From the first lights until the last window ends (past midnight included). */
  | { phase: 'evening' }
  | { phase: 'after' };

const DAY_MS = 86_400_000;

/** Whole calendar days from `from` to `to` (ISO dates). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function dayPhase(timeline: DayTimeline, now: number): DayPhase {
  if (now >= timeline.endsAt) return { phase: 'after' };
  if (now < timeline.startsAt) {
    const daysLeft = Math.max(1, daysBetween(localDate(new Date(now), DEFAULT_TIME_ZONE), timeline.eventDate));
    return { phase: 'before', daysLeft };
  }
  if (timeline.firstLightsAt !== null && now < timeline.firstLightsAt) {
    return { phase: 'countdown', msLeft: timeline.firstLightsAt - now };
  }
  return { phase: 'evening' };
}

/** Hours and minutes of a countdown, minutes rounded up so that it never shows 0 before the moment. */
export function splitDuration(ms: number): { hours: number; minutes: number } {
  const totalMinutes = Math.max(0, Math.ceil(ms / 60_000));
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}

export { formattingLocale };

/** "Thursday 30 July 2026", "jeudi 30 juillet 2026", "donderdag 30 juli 2026", "Donnerstag, 30. Juli 2026". */
export function formatEventDate(eventDate: string, locale: string): string {
  const format = new Intl.DateTimeFormat(formattingLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const date = new Date(`${eventDate}T12:00:00Z`);
  if (locale !== 'en') return format.format(date);
  // British style without the comma some ICU versions put after the weekday.
  const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
}

/** The lighting windows of public lights (instants as ISO strings, as cached). */
export function windowsOf(
  lights: { lightsOn: { at: string | null }; lightsOff: { at: string | null }; litAt: string | null; city: { timeZone: string } }[],
): LightWindow[] {
  const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));
  return lights.map((l) => ({
    onAt: ms(l.lightsOn.at),
    offAt: ms(l.lightsOff.at),
    litAt: ms(l.litAt),
    timeZone: l.city.timeZone,
  }));
}
