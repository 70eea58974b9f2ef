import { describe, expect, it } from 'vitest';
import { calendarFile, type CalendarEvent } from '@/lib/calendar/ics';

/** The offset of `timeZone` at `instant` in minutes, straight from Intl (not from our own helpers). */
const formats = new Map<string, Intl.DateTimeFormat>();
function intlOffsetMinutes(instant: Date, timeZone: string): number {
  if (!formats.has(timeZone)) formats.set(timeZone, new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }));
  const name = formats.get(timeZone)!.formatToParts(instant).find((p) => p.type === 'timeZoneName')!.value;
  const m = /^GMT(?:([+-])(\d\d):(\d\d))?$/.exec(name)!;
  return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

type Block = { kind: string; onset: number; from: number; to: number };

/** `20270328T020000` read as UTC, in ms. */
const stamp = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6, 8), +s.slice(9, 11), +s.slice(11, 13), +s.slice(13, 15));
/** `+0200` in minutes. */
const minutes = (s: string) => (s[0] === '-' ? -1 : 1) * (Number(s.slice(1, 3)) * 60 + Number(s.slice(3, 5)));

/** The observances of one zone's VTIMEZONE, as a calendar program reads them (onsets in UTC). */
function observances(ics: string, zone: string): Block[] {
  const body = ics.split(`BEGIN:VTIMEZONE\r\nTZID:${zone}\r\n`)[1]!.split('END:VTIMEZONE')[0]!;
  return [...body.matchAll(/BEGIN:(STANDARD|DAYLIGHT)\r\nDTSTART:(\d{8}T\d{6})\r\nTZOFFSETFROM:([+-]\d{4})\r\nTZOFFSETTO:([+-]\d{4})\r\nEND:\1/g)].map((m) => ({
    kind: m[1]!,
    from: minutes(m[3]!),
    to: minutes(m[4]!),
    // The onset is written as the wall clock showed it before the change.
    onset: stamp(m[2]!) - minutes(m[3]!) * 60_000,
  }));
}

/** The offset those observances give at `t`: the latest onset at or before it. */
function offsetAt(blocks: Block[], t: number): number | undefined {
  return blocks.filter((b) => b.onset <= t).sort((a, b) => b.onset - a.onset)[0]?.to;
}

const event = (timeZone: string, start: string, minutesLong = 180): CalendarEvent => ({
  uid: `${timeZone}-${start}@test`,
  start: new Date(start),
  end: new Date(new Date(start).getTime() + minutesLong * 60_000),
  timeZone,
  summary: 'Lights on',
  description: '',
  location: '',
  url: 'https://bluelights.example/',
});

// Casablanca pauses its +01:00 for Ramadan: two changes a month apart.
const ZONES = ['Europe/Brussels', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'Africa/Casablanca'];
const YEAR = 2027;

describe('calendar files’ time zones', () => {
  const ics = calendarFile(
    ZONES.flatMap((zone) => [event(zone, `${YEAR}-07-30T10:00:00Z`), event(zone, `${YEAR}-01-15T10:00:00Z`)]),
    { now: new Date('2027-07-01T00:00:00Z') },
  );

  it.each(ZONES)('define %s as Intl does, every hour of the events’ year', (zone) => {
    const blocks = observances(ics, zone);
    expect(blocks.length).toBeGreaterThan(0);
    for (let t = Date.UTC(YEAR, 0, 1); t < Date.UTC(YEAR + 1, 0, 1); t += 3_600_000) {
      expect(offsetAt(blocks, t), `${zone} at ${new Date(t).toISOString()}`).toBe(intlOffsetMinutes(new Date(t), zone));
    }
    // Clocks going forward is daylight time, going back standard time.
    for (const b of blocks) expect(b.kind, JSON.stringify(b)).toBe(b.to > b.from ? 'DAYLIGHT' : 'STANDARD');
    // 8,760 hours asked of Intl: a second or so, more on a busy machine.
  }, 30_000);

  it('write the changes of the year where they are', () => {
    const at = (zone: string) => observances(ics, zone).filter((b) => b.onset >= Date.UTC(YEAR, 0, 1)).map((b) => [b.kind, new Date(b.onset).toISOString(), b.from / 60, b.to / 60]);
    expect(at('Europe/Brussels')).toEqual([
      ['DAYLIGHT', '2027-03-28T01:00:00.000Z', 1, 2],
      ['STANDARD', '2027-10-31T01:00:00.000Z', 2, 1],
    ]);
    expect(at('America/New_York')).toEqual([
      ['DAYLIGHT', '2027-03-14T07:00:00.000Z', -5, -4],
      ['STANDARD', '2027-11-07T06:00:00.000Z', -4, -5],
    ]);
    expect(at('Australia/Sydney')).toEqual([
      ['STANDARD', '2027-04-03T16:00:00.000Z', 11, 10],
      ['DAYLIGHT', '2027-10-02T16:00:00.000Z', 10, 11],
    ]);
    // No daylight time in Tokyo: one observance, since 1970.
    expect(observances(ics, 'Asia/Tokyo')).toEqual([{ kind: 'STANDARD', onset: Date.UTC(1970, 0, 1) - 9 * 3_600_000, from: 540, to: 540 }]);
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels\r\nBEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n');
  });

  it('write each event in local time that those rules turn back into its instant, summer and winter', () => {
    for (const zone of ZONES) {
      const blocks = observances(ics, zone);
      const starts = [...ics.matchAll(new RegExp(`DTSTART;TZID=${zone}:(\\d{8}T\\d{6})`, 'g'))].map((m) => stamp(m[1]!));
      expect(starts, zone).toHaveLength(2);
      const instants = starts.map((local) => {
        // A calendar program: the offset of the observance in force at that wall-clock time.
        const offset = offsetAt(blocks, local - (offsetAt(blocks, local) ?? 0) * 60_000)!;
        return new Date(local - offset * 60_000).toISOString();
      });
      expect(instants.sort(), zone).toEqual(['2027-01-15T10:00:00.000Z', '2027-07-30T10:00:00.000Z']);
    }
  });

  it('write a time the wall clock shows twice in UTC when it is its second showing', () => {
    // Brussels, 31 October 2027: 02:30 is shown at 00:30Z (summer time) and again at 01:30Z.
    const file = calendarFile([event('Europe/Brussels', '2027-10-31T00:30:00Z', 30), event('Europe/Brussels', '2027-10-31T01:30:00Z', 30)]);
    expect(file).toContain('DTSTART;TZID=Europe/Brussels:20271031T023000\r\n');
    expect(file).toContain('DTSTART:20271031T013000Z\r\n');
  });
});
