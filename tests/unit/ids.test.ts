import { describe, expect, it } from 'vitest';
import { parseId, parseYear } from '@/lib/ids';

describe('ids from URLs', () => {
  it('accepts positive integers only', () => {
    expect(parseId('12')).toBe(12);
    for (const bad of ['0', '-1', '1e3', '12abc', ' 12', '', '1.5', '99999999999999999999']) {
      expect(parseId(bad), bad).toBeNull();
    }
  });

  it('accepts four-digit campaign years only', () => {
    expect(parseYear('2026')).toBe(2026);
    for (const bad of ['26', '20260', 'abcd', '1999', '-2026']) expect(parseYear(bad), bad).toBeNull();
  });
});
