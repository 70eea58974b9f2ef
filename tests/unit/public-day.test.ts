import { describe, expect, it } from 'vitest';
import { lightingWindow } from '@/lib/lights/window';
import { dayPhase, dayTimeline, formatEventDate, isLitNow, splitDuration, windowEnd, type LightWindow } from '@/lib/lights/day';

const DATE = '2026-07-30';
const at = (iso: string) => Date.parse(iso);

function windowOf(
  timeZone: string,
  lat: number,
  lng: number,
  lightsOffTime: string | null,
  litAt: number | null = null,
): LightWindow {
  const w = lightingWindow({
    eventDate: DATE,
    lat,
    lng,
    timeZone,
    lightsOnMode: 'sunset',
    lightsOnTime: null,
    lightsOffTime,
  });
  return { onAt: w.onAt?.getTime() ?? null, offAt: w.offAt?.getTime() ?? null, litAt, timeZone };
}

// Brussels Town Hall: on at sunset (about 21:30 local, 19:30 UTC), off at 01:00 the next night.
const brussels = windowOf('Europe/Brussels', 50.8467, 4.3524, '01:00');
// A Belgian embassy in Tokyo: sunset about 18:50 JST (09:50 UTC), off at 22:00 JST (13:00 UTC).
const tokyo = windowOf('Asia/Tokyo', 35.6762, 139.6503, '22:00');

describe('the public day', () => {
  const timeline = dayTimeline(DATE, [brussels]);

  it('says how many days are left before the day', () => {
    expect(dayPhase(timeline, at('2026-07-01T10:00:00Z'))).toEqual({ phase: 'before', daysLeft: 29 });
    // 23:30 on 29 July in Brussels is still the day before.
    expect(dayPhase(timeline, at('2026-07-29T21:30:00Z'))).toEqual({ phase: 'before', daysLeft: 1 });
  });

  it('counts down to the first lights on the day', () => {
    // 08:00 in Brussels on 30 July.
    const phase = dayPhase(timeline, at('2026-07-30T06:00:00Z'));
    expect(phase.phase).toBe('countdown');
    const msLeft = phase.phase === 'countdown' ? phase.msLeft : 0;
    expect(msLeft).toBe(brussels.onAt! - at('2026-07-30T06:00:00Z'));
    const { hours } = splitDuration(msLeft);
    expect(hours).toBe(13);
    expect(isLitNow(DATE, brussels, at('2026-07-30T06:00:00Z'))).toBe(false);
  });

  it('shows a building lit in the evening, inside its window', () => {
    const evening = at('2026-07-30T20:00:00Z'); // 22:00 in Brussels
    expect(dayPhase(timeline, evening)).toEqual({ phase: 'evening' });
    expect(isLitNow(DATE, brussels, evening)).toBe(true);
  });

  it('keeps a window running past midnight, and ends it at its lights-off', () => {
    const afterMidnight = at('2026-07-30T22:30:00Z'); // 00:30 on 31 July in Brussels
    expect(dayPhase(timeline, afterMidnight)).toEqual({ phase: 'evening' });
    expect(isLitNow(DATE, brussels, afterMidnight)).toBe(true);
    expect(windowEnd(DATE, brussels)).toBe(at('2026-07-30T23:00:00Z'));
    const pastOff = at('2026-07-30T23:05:00Z'); // 01:05
    expect(isLitNow(DATE, brussels, pastOff)).toBe(false);
    expect(dayPhase(timeline, pastOff)).toEqual({ phase: 'after' });
  });

  it('lights a building in another time zone at its own sunset', () => {
    const both = dayTimeline(DATE, [brussels, tokyo]);
    // The day starts at midnight in Tokyo, 15:00 UTC on 29 July.
    expect(both.startsAt).toBe(at('2026-07-29T15:00:00Z'));
    expect(both.firstLightsAt).toBe(tokyo.onAt);
    expect(new Date(tokyo.onAt!).toISOString()).toMatch(/^2026-07-30T09:/);
    const tokyoEvening = at('2026-07-30T11:00:00Z'); // 20:00 in Tokyo, 13:00 in Brussels
    expect(dayPhase(both, tokyoEvening)).toEqual({ phase: 'evening' });
    expect(isLitNow(DATE, tokyo, tokyoEvening)).toBe(true);
    expect(isLitNow(DATE, brussels, tokyoEvening)).toBe(false);
    // At 22:00 in Tokyo its lights are off while Brussels has yet to light up.
    expect(isLitNow(DATE, tokyo, at('2026-07-30T13:00:00Z'))).toBe(false);
    // Already the day in Tokyo while still 29 July in Brussels: counting down, not "before".
    expect(dayPhase(both, at('2026-07-29T20:00:00Z')).phase).toBe('countdown');
  });

  it('counts a building confirmed lit before its planned time, but not a confirmation of another year', () => {
    const early = { ...brussels, litAt: at('2026-07-30T19:00:00Z') };
    expect(isLitNow(DATE, early, at('2026-07-30T19:10:00Z'))).toBe(true);
    expect(isLitNow(DATE, brussels, at('2026-07-30T19:10:00Z'))).toBe(false);
    const stale = { ...brussels, onAt: null, litAt: at('2025-07-30T19:00:00Z') };
    expect(isLitNow(DATE, stale, at('2026-07-30T19:10:00Z'))).toBe(false);
  });

  it('is over after the day, and nothing is lit', () => {
    const later = at('2026-11-23T08:00:00Z');
    expect(dayPhase(timeline, later)).toEqual({ phase: 'after' });
    expect(isLitNow(DATE, { ...brussels, litAt: at('2026-07-30T19:45:00Z') }, later)).toBe(false);
  });

  it('ends a window without lights-off at local midnight', () => {
    const open = { ...brussels, offAt: null };
    expect(windowEnd(DATE, open)).toBe(at('2026-07-30T22:00:00Z'));
  });

  it('rounds a countdown up to the minute', () => {
    expect(splitDuration(61_000)).toEqual({ hours: 0, minutes: 2 });
    expect(splitDuration(3_600_000)).toEqual({ hours: 1, minutes: 0 });
    expect(splitDuration(-5)).toEqual({ hours: 0, minutes: 0 });
  });

  it('formats the date for Belgian readers', () => {
    expect(formatEventDate(DATE, 'en')).toBe('Thursday 30 July 2026');
    expect(formatEventDate(DATE, 'fr')).toBe('jeudi 30 juillet 2026');
    expect(formatEventDate(DATE, 'nl')).toBe('donderdag 30 juli 2026');
    expect(formatEventDate(DATE, 'de')).toBe('Donnerstag, 30. Juli 2026');
  });
});
