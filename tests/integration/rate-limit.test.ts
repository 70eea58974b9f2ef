import { describe, expect, it } from 'vitest';
import { SIGN_IN_MAIL_LIMITS, signInClientLimits, take } from '@/lib/http/rate-limit';

const at = (t0: Date, ms: number) => new Date(t0.getTime() + ms);
const MINUTE = 60_000;

describe('rate limits', () => {
  it('mails an address at most once a minute and five times an hour', async () => {
    const t0 = new Date('2026-07-01T10:00:00Z');
    const key = 'sign-in:mail:owner@city.be';
    expect(await take(key, SIGN_IN_MAIL_LIMITS, t0)).toBe(true);
    expect(await take(key, SIGN_IN_MAIL_LIMITS, at(t0, 30_000))).toBe(false);
    expect(await take(key, SIGN_IN_MAIL_LIMITS, at(t0, MINUTE + 1))).toBe(true);
    for (let i = 2; i < 5; i++) expect(await take(key, SIGN_IN_MAIL_LIMITS, at(t0, i * 2 * MINUTE))).toBe(true);
    // The sixth within the hour is refused, however far apart.
    expect(await take(key, SIGN_IN_MAIL_LIMITS, at(t0, 30 * MINUTE))).toBe(false);
    // Another address is not affected.
    expect(await take('sign-in:mail:other@city.be', SIGN_IN_MAIL_LIMITS, at(t0, 30 * MINUTE))).toBe(true);
    // An hour after the first, a slot is free again.
    expect(await take(key, SIGN_IN_MAIL_LIMITS, at(t0, 60 * MINUTE + 1))).toBe(true);
  });

  it('does not count refused attempts, so hammering does not extend a lockout', async () => {
    const t0 = new Date('2026-07-02T10:00:00Z');
    const client = 'sign-in:client:203.0.113.9';
    const limits = signInClientLimits(3);
    for (let i = 0; i < 3; i++) expect(await take(client, limits, at(t0, i * 1000))).toBe(true);
    // A hundred refused attempts over the next ten minutes…
    for (let i = 0; i < 100; i++) expect(await take(client, limits, at(t0, 10_000 + i * 6_000))).toBe(false);
    // …and the client may ask again fifteen minutes after its first admitted request.
    expect(await take(client, limits, at(t0, 15 * MINUTE + 1))).toBe(true);
  });

  it('keeps older hits of longer windows when a shorter limit is checked', async () => {
    const t0 = new Date('2026-07-03T10:00:00Z');
    const mail = 'sign-in:mail:kept@city.be';
    for (let i = 0; i < 5; i++) expect(await take(mail, SIGN_IN_MAIL_LIMITS, at(t0, i * 2 * MINUTE))).toBe(true);
    // A client check with a 15-minute window, 40 minutes on, must not clean up the mail hits of the hour.
    expect(await take('sign-in:client:198.51.100.1', signInClientLimits(10), at(t0, 40 * MINUTE))).toBe(true);
    expect(await take(mail, SIGN_IN_MAIL_LIMITS, at(t0, 45 * MINUTE))).toBe(false);
  });
});
