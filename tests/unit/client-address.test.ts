import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedHops } from '@/lib/http/forwarded.mjs';

describe('the client address', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.7', undefined, 0)).toBe('203.0.113.7');
    expect(clientAddress('203.0.113.7', '198.51.100.1', 0)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:203.0.113.7', '1.2.3.4, 5.6.7.8', 0)).toBe('203.0.113.7');
  });

  it('is the address the nearest trusted proxy saw, not the first entry a client may forge', () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; nginx appended the address it saw, 203.0.113.7.
    expect(clientAddress('127.0.0.1', '6.6.6.6, 203.0.113.7', 1)).toBe('203.0.113.7');
    // Two proxies (a CDN, then nginx): the CDN appended the client, nginx the CDN.
    expect(clientAddress('127.0.0.1', '6.6.6.6, 203.0.113.7, 192.0.2.10', 2)).toBe('203.0.113.7');
    // Headers sent twice are read as one list.
    expect(clientAddress('127.0.0.1', ['6.6.6.6', '203.0.113.7'], 1)).toBe('203.0.113.7');
  });

  it('falls back to the furthest address when there are fewer entries than trusted hops', () => {
    expect(clientAddress('127.0.0.1', undefined, 1)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '203.0.113.7', 3)).toBe('203.0.113.7');
  });

  it('bounds what a header can put into a rate-limit key', () => {
    expect(clientAddress('127.0.0.1', `${'x'.repeat(5000)}`, 1).length).toBeLessThanOrEqual(64);
  });

  it('takes a whole number of trusted hops, and refuses anything else', () => {
    expect(parseTrustedHops(undefined)).toBe(0);
    expect(parseTrustedHops('')).toBe(0);
    expect(parseTrustedHops('2')).toBe(2);
    expect(() => parseTrustedHops('one')).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => parseTrustedHops('-1')).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
