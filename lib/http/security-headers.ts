/**
 * The headers next.config.ts gives every response, here so that answers sent
 * without Next.js (lib/http/fast-lane.ts) carry the same ones.
 */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;

/** What every page but the embed, and every route handler, adds: no framing by other sites. */
export const NO_FRAMING_HEADERS = {
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'",
} as const;
