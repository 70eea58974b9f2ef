import { describe, expect, it } from 'vitest';
import { lightingWindow } from '@/lib/lights/window';
import { addDays, formatLocalTime, localDate, sunsetAt, zonedTimeToUtc } from '@/lib/time';

describe('local times', () => {
  it('turns a wall-clock time in Brussels (summer time) into UTC', () => {
    expect(zonedTimeToUtc('2026-07-30', '21:30', 'Europe/Brussels').toISOString()).toBe('2026-07-30T19:30:00.000Z');
    expect(zonedTimeToUtc('2026-01-15', '21:30', 'Europe/Brussels').toISOString()).toBe('2026-01-15T20:30:00.000Z');
    expect(zonedTimeToUtc('2026-07-30', '21:30', 'Asia/Tokyo').toISOString()).toBe('2026-07-30T12:30:00.000Z');
  });

  it('formats an instant on the local wall clock', () => {
    const t = new Date('2026-07-30T22:15:00Z');
    expect(formatLocalTime(t, 'Europe/Brussels')).toBe('00:15');
    expect(localDate(t, 'Europe/Brussels')).toBe('2026-07-31');
    expect(formatLocalTime(t, 'America/New_York')).toBe('18:15');
  });

  it('adds days across month ends', () => {
    expect(addDays('2026-07-31', 1)).toBe('2026-08-01');
  });
});

describe('sunset', () => {
  it('is at about 21:30 in Brussels on 30 July', () => {
    const sunset = sunsetAt('2026-07-30', 50.8467, 4.3524, 'Europe/Brussels')!;
    expect(localDate(sunset, 'Europe/Brussels')).toBe('2026-07-30');
    const [h, m] = formatLocalTime(sunset, 'Europe/Brussels').split(':').map(Number) as [number, number];
    expect(h * 60 + m).toBeGreaterThanOrEqual(21 * 60 + 25);
    expect(h * 60 + m).toBeLessThanOrEqual(21 * 60 + 40);
  });

  it('is on the same local day for an embassy in Tokyo, at about 18:45', () => {
    const sunset = sunsetAt('2026-07-30', 35.6846, 139.74, 'Asia/Tokyo')!;
    expect(localDate(sunset, 'Asia/Tokyo')).toBe('2026-07-30');
    const [h, m] = formatLocalTime(sunset, 'Asia/Tokyo').split(':').map(Number) as [number, number];
    expect(h * 60 + m).toBeGreaterThanOrEqual(18 * 60 + 35);
    expect(h * 60 + m).toBeLessThanOrEqual(18 * 60 + 55);
  });

  it('is null where the sun does not set', () => {
    expect(sunsetAt('2026-07-01', 78.2232, 15.6267, 'Arctic/Longyearbyen')).toBeNull();
  });
});

describe('the lighting window', () => {
  const base = { eventDate: '2026-07-30', lat: 50.8467, lng: 4.3524, timeZone: 'Europe/Brussels' };

  it('goes on at sunset and off after midnight, on the next day', () => {
    const w = lightingWindow({ ...base, lightsOnMode: 'sunset', lightsOnTime: null, lightsOffTime: '01:00' });
    expect(w.onTime).toMatch(/^21:\d\d$/);
    expect(w.offAt?.toISOString()).toBe('2026-07-30T23:00:00.000Z');
    expect(w.offAt!.getTime()).toBeGreaterThan(w.onAt!.getTime());
  });

  it('goes on at a fixed time and off the same evening', () => {
    const w = lightingWindow({ ...base, lightsOnMode: 'time', lightsOnTime: '20:00', lightsOffTime: '23:30' });
    expect(w.onTime).toBe('20:00');
    expect(w.onAt?.toISOString()).toBe('2026-07-30T18:00:00.000Z');
    expect(w.offAt?.toISOString()).toBe('2026-07-30T21:30:00.000Z');
  });

  it('has no lights-off when none is given', () => {
    const w = lightingWindow({ ...base, lightsOnMode: 'sunset', lightsOnTime: null, lightsOffTime: null });
    expect(w.offAt).toBeNull();
  });
});
