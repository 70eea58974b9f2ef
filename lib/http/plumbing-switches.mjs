/**
 * The performance plumbing the plumbing benchmark (`npm run bench --
 * plumbing`, scripts/bench/plumbing.ts) turns off, one piece at a time, to
 * measure what each buys: `BENCH_PLUMBING_OFF=fast-lane,page-cache`. Not a
 * setting: only that benchmark sets it. Plain JavaScript, because server.mjs
 * reads it before any TypeScript is loaded.
 */

/** The pieces that can be turned off. */
export const PLUMBING_PIECES = ['fast-lane', 'page-cache', 'scripts-after-map', 'route-compression'];

/**
 * @param {string} piece one of PLUMBING_PIECES
 * @returns {boolean} whether the benchmark turned it off in this process
 */
export function plumbingOff(piece) {
  return (process.env.BENCH_PLUMBING_OFF ?? '').split(',').includes(piece);
}
