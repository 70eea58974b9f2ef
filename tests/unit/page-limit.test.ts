import { describe, expect, it } from 'vitest';
import { PAGE_RENDERS_PER_MINUTE, PageLimiter } from '@/lib/http/page-limit';
import { parsePageRendersPerMinute } from '@/lib/http/page-limit-setting.mjs';

describe('the limit on rendered pages per client address', () => {
  it('lets an address have its minute\'s pages at once, then one as each comes back, and says when', () => {
    let now = 1_000_000;
    const limiter = new PageLimiter(60, () => now);
    for (let i = 0; i < 60; i++) expect(limiter.take('203.0.113.7').ok).toBe(true);
    expect(limiter.take('203.0.113.7')).toEqual({ ok: false, retryAfterSeconds: 1 });
    // Another address is not touched.
    expect(limiter.take('198.51.100.2').ok).toBe(true);
    now += 1_000;
    expect(limiter.take('203.0.113.7').ok).toBe(true);
    expect(limiter.take('203.0.113.7').ok).toBe(false);
    // A quiet minute fills the bucket again, never beyond one minute's worth.
    now += 10 * 60_000;
    for (let i = 0; i < 60; i++) expect(limiter.take('203.0.113.7').ok).toBe(true);
    expect(limiter.take('203.0.113.7').ok).toBe(false);
  });

  it('says how long to wait when the limit is slow', () => {
    let now = 0;
    const limiter = new PageLimiter(2, () => now);
    limiter.take('203.0.113.8');
    limiter.take('203.0.113.8');
    expect(limiter.take('203.0.113.8')).toEqual({ ok: false, retryAfterSeconds: 30 });
    now += 20_000;
    expect(limiter.take('203.0.113.8')).toEqual({ ok: false, retryAfterSeconds: 10 });
  });

  it('never limits the machine itself, nor anyone when turned off', () => {
    const limiter = new PageLimiter(1);
    for (let i = 0; i < 10; i++) expect(limiter.take('127.0.0.1').ok && limiter.take('::1').ok).toBe(true);
    const off = new PageLimiter(0);
    for (let i = 0; i < 10; i++) expect(off.take('203.0.113.9').ok).toBe(true);
  });

  it('reads its setting as a whole number, and refuses anything else', () => {
    expect(parsePageRendersPerMinute(undefined)).toBe(PAGE_RENDERS_PER_MINUTE);
    expect(parsePageRendersPerMinute('')).toBe(PAGE_RENDERS_PER_MINUTE);
    expect(parsePageRendersPerMinute('0')).toBe(0);
    expect(parsePageRendersPerMinute('300')).toBe(300);
    expect(() => parsePageRendersPerMinute('lots')).toThrow(/PAGE_RENDERS_PER_MINUTE/);
    expect(() => parsePageRendersPerMinute('-5')).toThrow(/PAGE_RENDERS_PER_MINUTE/);
  });
});
