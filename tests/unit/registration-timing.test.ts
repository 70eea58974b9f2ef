import { describe, expect, it } from 'vitest';
import { endsBeforeLightsOn, endsBeforeSunset, sunsetSuggestion } from '@/lib/registrations/timing';
import { timeZoneAt } from '@/lib/zones';
import { isLitWindowOpen, litWindow } from '@/lib/registrations/night';

const minutes = (hhmm: string | null) => {
  const [h, m] = (hhmm ?? 'x').split(':').map(Number);
  return h! * 60 + m!;
};

describe('sunset suggestion', () => {
  it('gives Brussels its sunset around 21:30 on 30 July, in Brussels time', () => {
    const s = sunsetSuggestion('2026-07-30', 50.8467, 4.3524);
    expect(s.timeZone).toBe('Europe/Brussels');
    expect(Math.abs(minutes(s.time) - minutes('21:32'))).toBeLessThanOrEqual(10);
  });

  it('gives an embassy in Tokyo its own time zone and sunset (~18:45)', () => {
    const s = sunsetSuggestion('2026-07-30', 35.6764, 139.65);
    expect(s.timeZone).toBe('Asia/Tokyo');
    expect(Math.abs(minutes(s.time) - minutes('18:45'))).toBeLessThanOrEqual(10);
    // The same instant is in the morning in Brussels: the day is not shifted.
    expect(s.at?.toISOString().slice(0, 10)).toBe('2026-07-30');
  });

  it('finds the time zone from the coordinates, with a fallback for impossible ones', () => {
    expect(timeZoneAt(40.7128, -74.006)).toBe('America/New_York');
    expect(timeZoneAt(Number.NaN, 4)).toBe('Europe/Brussels');
  });

  it('warns when the lights go off before it is dark, not after midnight', () => {
    const at = { eventDate: '2026-07-30', lat: 50.8467, lng: 4.3524 };
    expect(endsBeforeSunset({ ...at, lightsOffTime: '20:00' })).toBe(true);
    expect(endsBeforeSunset({ ...at, lightsOffTime: '23:30' })).toBe(false);
    expect(endsBeforeSunset({ ...at, lightsOffTime: '01:00' })).toBe(false);
    expect(endsBeforeSunset({ ...at, lightsOffTime: null })).toBe(false);
  });
});

describe('a fixed lights-on time and the lights-off time', () => {
  it('warns when the lights go off on the evening before they go on, not when they go off after midnight', () => {
    const check = (on: string | null, off: string | null) => endsBeforeLightsOn({ lightsOnTime: on, lightsOffTime: off });
    expect(check('22:00', '21:00')).toBe(true);
    expect(check('22:00', '22:00')).toBe(true);
    expect(check('21:30', '12:00')).toBe(true);
    expect(check('22:00', '23:30')).toBe(false);
    expect(check('22:00', '01:00')).toBe(false);
    expect(check('22:00', '11:59')).toBe(false);
    expect(check('22:00', null)).toBe(false);
    expect(check(null, '21:00')).toBe(false);
    expect(check('22:00', '9pm')).toBe(false);
  });
});

describe('the "lights are on" window', () => {
  it('opens at midnight on the day and closes at noon the next day, in the building’s time zone', () => {
    const brussels = litWindow('2026-07-30', 50.8467, 4.3524, 'Europe/Brussels');
    expect(brussels.opensAt.toISOString()).toBe('2026-07-29T22:00:00.000Z');
    expect(brussels.closesAt.toISOString()).toBe('2026-07-31T10:00:00.000Z');
    expect(isLitWindowOpen(brussels, new Date('2026-07-30T19:45:00Z'))).toBe(true);
    expect(isLitWindowOpen(brussels, new Date('2026-07-31T10:00:00Z'))).toBe(false);
    expect(isLitWindowOpen(brussels, new Date('2026-07-29T21:59:00Z'))).toBe(false);
    // A Belgian embassy in Tokyo, registered under Brussels: Tokyo's night counts.
    const tokyo = litWindow('2026-07-30', 35.6764, 139.65, 'Europe/Brussels');
    expect(tokyo.timeZone).toBe('Asia/Tokyo');
    expect(tokyo.opensAt.toISOString()).toBe('2026-07-29T15:00:00.000Z');
  });
});
