/**
 * Calendar files (iCalendar, RFC 5545), written by hand: a handful of
 * properties, so a library would add more than it saves. What the RFC asks
 * and calendar programs check:
 *
 * - lines end in CRLF and are folded at 75 octets (UTF-8 bytes, never inside
 *   a character), continuation lines starting with one space;
 * - TEXT values escape backslash, semicolon, comma and line breaks;
 * - times are local wall-clock times with `TZID=` the building's IANA zone,
 *   so that the calendar shows "21:43, Brussels time" wherever it is opened,
 *   plus a VTIMEZONE that defines that zone: its real changes of offset
 *   around the events' years (zone-rules.ts), a DAYLIGHT observance for each
 *   change forward and a STANDARD one for each change back (one STANDARD
 *   since 1970 for a zone without DST), so that a calendar that does not
 *   know the IANA name still converts every date right. A time that the
 *   wall clock shows twice (the hour repeated when clocks go back) and that
 *   is its second showing is written in UTC, which no calendar misreads.
 */
import { timeZoneOffsetMs } from '../time';
import { zoneObservances } from './zone-rules';

export type CalendarEvent = {
  /** Stable across downloads, so that importing again updates the event instead of adding one. */
  uid: string;
  start: Date;
  end: Date;
  /** IANA zone the times are shown in. */
  timeZone: string;
  summary: string;
  description: string;
  location: string;
  url: string;
  geo?: { lat: number; lng: number };
  /** When the event last changed; also its DTSTAMP, so that the same data always makes the same file (a feed's ETag holds across processes). */
  lastModified?: Date;
};

/** A calendar's own properties: its name, and how often a subscribed calendar should fetch it again (ISO 8601 duration, e.g. `PT6H`). */
export type CalendarOptions = { now?: Date; name?: string; refresh?: string };

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/** Folds one content line into lines of at most 75 octets (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // A continuation line's leading space counts towards its 75 octets.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** `20270730T194300Z` */
function utcStamp(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** `20270730T214300`, the wall clock at `offsetMs` from UTC. */
function localStamp(d: Date, offsetMs: number): string {
  return utcStamp(new Date(d.getTime() + offsetMs)).slice(0, -1);
}

/** `+0200`, `-0330` */
function offsetText(offsetMs: number): string {
  const minutes = Math.round(offsetMs / 60_000);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
}

/** A zone id as a parameter value: quoted if it holds a character that would end the parameter. */
function paramValue(value: string): string {
  return /[;:,]/.test(value) ? `"${value.replace(/"/g, '')}"` : value;
}

/**
 * `d` on the wall clock of `timeZone`, or null when a calendar would read
 * that wall-clock time as another instant: in the hour shown twice when the
 * clocks go back, a local time means its first showing (RFC 5545 §3.3.5).
 */
function localTime(d: Date, timeZone: string): string | null {
  const offset = timeZoneOffsetMs(d, timeZone);
  const wall = d.getTime() + offset;
  // Each offset in force around `d` that also reads this wall-clock time as a real instant.
  const readings = [timeZoneOffsetMs(new Date(d.getTime() - 6 * 3_600_000), timeZone), offset, timeZoneOffsetMs(new Date(d.getTime() + 6 * 3_600_000), timeZone)]
    .map((o) => wall - o)
    .filter((t) => timeZoneOffsetMs(new Date(t), timeZone) === wall - t);
  return Math.min(...readings) === d.getTime() ? localStamp(d, offset) : null;
}

/** The calendar file of `events`, with CRLF line ends. */
export function calendarFile(events: CalendarEvent[], { now = new Date(), name, refresh }: CalendarOptions = {}): string {
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Blue Lights//Blue Lights//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (name) lines.push(`NAME:${escapeText(name)}`, `X-WR-CALNAME:${escapeText(name)}`);
  // RFC 7986 and the older property most calendar programs read instead.
  if (refresh) lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${refresh}`, `X-PUBLISHED-TTL:${refresh}`);

  // Each time in its zone's wall-clock time, unless that would be read as another instant.
  const zoned = events.map((e) => ({ event: e, start: localTime(e.start, e.timeZone), end: localTime(e.end, e.timeZone) }));
  // One VTIMEZONE per zone a local time uses, with its rules for the years of those events.
  const years = new Map<string, { first: number; last: number }>();
  for (const { event: e, start, end } of zoned) {
    if (start === null && end === null) continue;
    const span = years.get(e.timeZone);
    const [first, last] = [e.start.getUTCFullYear(), e.end.getUTCFullYear()];
    years.set(e.timeZone, span ? { first: Math.min(span.first, first), last: Math.max(span.last, last) } : { first, last });
  }
  for (const [zone, { first, last }] of years) {
    lines.push('BEGIN:VTIMEZONE', `TZID:${escapeText(zone)}`);
    for (const o of zoneObservances(zone, first, last)) {
      lines.push(
        `BEGIN:${o.kind}`,
        // The onset as the wall clock showed it just before (RFC 5545 §3.6.5).
        `DTSTART:${localStamp(o.at, o.from)}`,
        `TZOFFSETFROM:${offsetText(o.from)}`,
        `TZOFFSETTO:${offsetText(o.to)}`,
        `END:${o.kind}`,
      );
    }
    lines.push('END:VTIMEZONE');
  }

  for (const { event: e, start, end } of zoned) {
    const when = (d: Date, local: string | null, property: string) =>
      local === null ? `${property}:${utcStamp(d)}` : `${property};TZID=${paramValue(e.timeZone)}:${local}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${utcStamp(e.lastModified ?? now)}`,
      ...(e.lastModified ? [`LAST-MODIFIED:${utcStamp(e.lastModified)}`] : []),
      when(e.start, start, 'DTSTART'),
      when(e.end, end, 'DTEND'),
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      `LOCATION:${escapeText(e.location)}`,
      ...(e.geo ? [`GEO:${e.geo.lat.toFixed(6)};${e.geo.lng.toFixed(6)}`] : []),
      // A URI is not TEXT: not escaped, but it must not break the line.
      `URL:${e.url.replace(/[\r\n]/g, '')}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
