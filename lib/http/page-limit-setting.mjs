/**
 * The PAGE_RENDERS_PER_MINUTE setting (see page-limit.ts). Plain JavaScript,
 * because the HTTP server (server.mjs) refuses a wrong value before it starts.
 */

/** Rendered pages a client address may ask for per minute (and at once, after a quiet minute). */
export const PAGE_RENDERS_PER_MINUTE = 120;

/**
 * @param {string | undefined} value PAGE_RENDERS_PER_MINUTE as set
 * @returns {number} the limit; 0 turns it off
 */
export function parsePageRendersPerMinute(value) {
  if (value === undefined || value === '') return PAGE_RENDERS_PER_MINUTE;
  if (!/^\d{1,7}$/.test(value)) throw new Error(`PAGE_RENDERS_PER_MINUTE must be a whole number of pages (0 for no limit), not "${value}".`);
  return Number(value);
}
