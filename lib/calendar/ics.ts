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
 *   plus a VTIMEZONE that defines that zone for the event: one observance
 *   with the offset in force that night (enough for one evening; calendars
 *   that know the IANA name use it anyway). An evening that crosses a change
 *   of offset is written in UTC instead, which no calendar misreads.
 */
import { timeZoneOffsetMs } from '../time';

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
};

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

/** The calendar file of `events`, with CRLF line ends. */
export function calendarFile(events: CalendarEvent[], { now = new Date(), name }: { now?: Date; name?: string } = {}): string {
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Blue Lights//Blue Lights//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (name) lines.push(`X-WR-CALNAME:${escapeText(name)}`);

  // One VTIMEZONE per zone, with the offset of the first evening in it;
  // an event whose start or end has another offset is written in UTC.
  const zones = new Map<string, number>();
  const zoned = events.map((e) => {
    const startOffset = timeZoneOffsetMs(e.start, e.timeZone);
    const endOffset = timeZoneOffsetMs(e.end, e.timeZone);
    if (startOffset !== endOffset) return { event: e, offset: null };
    if (!zones.has(e.timeZone)) zones.set(e.timeZone, startOffset);
    return { event: e, offset: zones.get(e.timeZone) === startOffset ? startOffset : null };
  });
  for (const [zone, offset] of zones) {
    if (!zoned.some((z) => z.event.timeZone === zone && z.offset !== null)) continue;
    lines.push(
      'BEGIN:VTIMEZONE',
      `TZID:${escapeText(zone)}`,
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offsetText(offset)}`,
      `TZOFFSETTO:${offsetText(offset)}`,
      'END:STANDARD',
      'END:VTIMEZONE',
    );
  }

  for (const { event: e, offset } of zoned) {
    const when = (d: Date, property: string) =>
      offset === null ? `${property}:${utcStamp(d)}` : `${property};TZID=${paramValue(e.timeZone)}:${localStamp(d, offset)}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${utcStamp(now)}`,
      when(e.start, 'DTSTART'),
      when(e.end, 'DTEND'),
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
