import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { email, fieldErrorsOf, latitude, LIMITS, localTime, longitude, parseDecimal, text } from '@/lib/validation/common';

const form = z.object({ name: text(LIMITS.NAME_MAX), lat: latitude, lng: longitude, on: localTime, email });

function errors(input: unknown) {
  const r = form.safeParse(input);
  return r.success ? {} : fieldErrorsOf(r.error);
}

describe('common validation', () => {
  it('accepts a decimal comma and a decimal point', () => {
    expect(parseDecimal('50,8467')).toBe(50.8467);
    expect(parseDecimal(' 4.3524 ')).toBe(4.3524);
    for (const bad of ['', 'abc', 'NaN', 'Infinity', '1e5', '50,84,67', '0x10']) expect(parseDecimal(bad), bad).toBeNaN();
  });

  it('reports every bad field at once, as message keys with limits', () => {
    const e = errors({ name: 'x'.repeat(10_000), lat: '91', lng: 'NaN', on: '25:00', email: 'not-an-address' });
    expect(Object.keys(e).sort()).toEqual(['email', 'lat', 'lng', 'name', 'on']);
    expect(e.name).toEqual([{ key: 'tooLong', params: { max: LIMITS.NAME_MAX } }]);
    expect(e.lat?.[0]?.key).toBe('latitude');
    expect(e.lng?.[0]?.key).toBe('number');
    expect(e.on?.[0]?.key).toBe('timeRange');
    expect(e.email?.[0]?.key).toBe('email');
  });

  it('refuses control characters and line breaks in single-line text, and blank required text', () => {
    expect(errors({ name: 'Town\u0000Hall', lat: '50', lng: '4', on: '21:00', email: 'a@b.be' }).name?.[0]?.key).toBe('controlChars');
    expect(errors({ name: 'Town\nHall', lat: '50', lng: '4', on: '21:00', email: 'a@b.be' }).name?.[0]?.key).toBe('singleLine');
    expect(errors({ name: '   ', lat: '50', lng: '4', on: '21:00', email: 'a@b.be' }).name?.[0]?.key).toBe('required');
    expect(errors({ lat: '50', lng: '4', on: '21:00', email: 'a@b.be' }).name?.[0]?.key).toBe('required');
  });

  it('keeps HTML as text, trimmed', () => {
    const r = form.parse({ name: '  <script>alert(1)</script> ', lat: '50,8467', lng: '4,3524', on: '21:00', email: ' A@B.be ' });
    expect(r).toEqual({ name: '<script>alert(1)</script>', lat: 50.8467, lng: 4.3524, on: '21:00', email: 'a@b.be' });
  });
});
