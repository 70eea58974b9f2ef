/**
 * A time zone's rules for a calendar file's VTIMEZONE, computed from the
 * platform's own zone data (Intl): the changes of offset around the years of
 * the events. Calendar programs that do not know the IANA name (or know an
 * older version of it) convert the event's local times with exactly these.
 */
import { timeZoneOffsetMs } from '../time';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/**
 * The scan's step. Zones change offset at most a few times a year, weeks
 * apart (Morocco's pause for Ramadan, the shortest, lasts about a month):
 * a week never holds two changes, and each change is then found to the minute.
 */
const STEP = 7 * DAY;

/** A change of the zone's offset: at `at`, the offset goes from `from` to `to` (ms east of UTC). */
export type OffsetChange = { at: Date; from: number; to: number };

/**
 * One observance of a VTIMEZONE: from `onset` on, the offset is `to`.
 * DAYLIGHT when the clocks went forward, STANDARD otherwise.
 */
export type Observance = OffsetChange & { kind: 'STANDARD' | 'DAYLIGHT' };

/** Every change of offset in [from, to), each to the minute (no zone changes twice in a week). */
export function offsetChanges(timeZone: string, from: Date, to: Date): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let before = from.getTime();
  let offset = timeZoneOffsetMs(from, timeZone);
  while (before < to.getTime()) {
    const after = Math.min(before + STEP, to.getTime());
    const next = timeZoneOffsetMs(new Date(after), timeZone);
    if (next !== offset) {
      // The first minute with the new offset, between `before` (old) and `after` (new).
      let low = before;
      let high = after;
      while (high - low > MINUTE) {
        const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
        if (timeZoneOffsetMs(new Date(middle), timeZone) === offset) low = middle;
        else high = middle;
      }
      changes.push({ at: new Date(high), from: offset, to: next });
      offset = next;
    }
    before = after;
  }
  return changes;
}

/**
 * The observances that define `timeZone` from before `firstYear` to the end
 * of `lastYear`: the last change before that span, then every change in it.
 * A zone that has not changed its offset for two years is one STANDARD
 * observance (no DST), since 1970.
 */
export function zoneObservances(timeZone: string, firstYear: number, lastYear: number): Observance[] {
  const key = `${timeZone} ${firstYear} ${lastYear}`;
  let known = computed.get(key);
  if (!known) {
    // A process sees a handful of zones and years; the bound only guards against the unexpected.
    if (computed.size >= 1_000) computed.clear();
    known = observancesOf(timeZone, firstYear, lastYear);
    computed.set(key, known);
  }
  return known;
}

/** The rules of a zone and years do not change while the process runs: computed once (a few hundred Intl calls). */
const computed = new Map<string, Observance[]>();

function observancesOf(timeZone: string, firstYear: number, lastYear: number): Observance[] {
  // A day's margin on each side: a change on 1 January stays inside.
  const start = new Date(Date.UTC(firstYear, 0, 1) - DAY);
  const end = new Date(Date.UTC(lastYear + 1, 0, 1) + DAY);
  const previous = offsetChanges(timeZone, new Date(start.getTime() - 2 * 366 * DAY), start).at(-1);
  const offset = timeZoneOffsetMs(start, timeZone);
  // Without a change, the offset since midnight, 1 January 1970, local time.
  const since1970 = { at: new Date(Date.UTC(1970, 0, 1) - offset), from: offset, to: offset };
  const changes = [previous ?? since1970, ...offsetChanges(timeZone, start, end)];
  return changes.map((c) => ({ ...c, kind: c.to > c.from ? 'DAYLIGHT' : 'STANDARD' }));
}
