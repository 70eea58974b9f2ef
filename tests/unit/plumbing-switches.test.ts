/**
 * The plumbing benchmark turns pieces off one at a time; without its
 * variable, every piece is on.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLUMBING_PIECES, plumbingOff } from '@/lib/http/plumbing-switches.mjs';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('plumbingOff', () => {
  it('keeps every piece on when the benchmark has not set BENCH_PLUMBING_OFF', () => {
    vi.stubEnv('BENCH_PLUMBING_OFF', undefined);
    for (const piece of PLUMBING_PIECES) expect(plumbingOff(piece)).toBe(false);
  });

  it('turns off exactly the pieces named', () => {
    vi.stubEnv('BENCH_PLUMBING_OFF', 'fast-lane,scripts-after-map');
    expect(PLUMBING_PIECES.filter((piece) => plumbingOff(piece))).toEqual(['fast-lane', 'scripts-after-map']);
  });

  it('takes no part of a name for the whole', () => {
    vi.stubEnv('BENCH_PLUMBING_OFF', 'page');
    expect(plumbingOff('page-cache')).toBe(false);
  });
});
