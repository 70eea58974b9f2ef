import { describe, expect, it } from 'vitest';
import { hit, SIGN_IN_ADDRESS_LIMIT, signInClientLimit } from '@/lib/rate-limit';

describe('rate limits', () => {
  it('allows five sign-in requests per address in 15 minutes, then refuses', async () => {
    const t0 = new Date('2026-07-01T10:00:00Z');
    const check = [{ key: 'sign-in:email:a@b.be', limit: SIGN_IN_ADDRESS_LIMIT }];
    for (let i = 0; i < 5; i++) expect((await hit(check, new Date(t0.getTime() + i * 1000))).allowed).toBe(true);
    expect((await hit(check, new Date(t0.getTime() + 10_000))).allowed).toBe(false);
    // Another address is not affected.
    expect((await hit([{ key: 'sign-in:email:c@d.be', limit: SIGN_IN_ADDRESS_LIMIT }], t0)).allowed).toBe(true);
    // A quarter of an hour after the last refused attempt, the address may ask again.
    expect((await hit(check, new Date(t0.getTime() + 10_000 + 15 * 60 * 1000 + 1))).allowed).toBe(true);
  });

  it('refuses when the client is over its own limit, whatever the address', async () => {
    const t0 = new Date('2026-07-02T10:00:00Z');
    const client = { key: 'sign-in:client:203.0.113.9', limit: signInClientLimit(3) };
    for (let i = 0; i < 3; i++) {
      const r = await hit([{ key: `sign-in:email:p${i}@b.be`, limit: SIGN_IN_ADDRESS_LIMIT }, client], t0);
      expect(r.allowed).toBe(true);
    }
    const r = await hit([{ key: 'sign-in:email:fresh@b.be', limit: SIGN_IN_ADDRESS_LIMIT }, client], t0);
    expect(r.allowed).toBe(false);
  });
});
