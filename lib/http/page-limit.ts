/**
 * How many pages one client address may have rendered: a token bucket per
 * address, in this process's memory.
 *
 * Stored public pages cost next to nothing and are never limited; a page
 * Next.js renders (a signed-in page, a query string the page cache does not
 * keep, a client-side navigation, a form sent) costs milliseconds of the one
 * thread that also serves the public. One client asking for rendered pages as
 * fast as it can would slow the evening for everyone; no person clicks
 * anywhere near PAGE_RENDERS_PER_MINUTE.
 *
 * Why memory and not SQLite (as the sign-in limit, lib/http/rate-limit.ts):
 * this runs on every rendered page, and a write transaction per page would
 * itself be the cost we are keeping down. Each process counts alone, so
 * behind nginx with N processes a client gets at most N times the limit;
 * nginx's own `limit_req` zones (deploy/nginx.conf) count across them.
 */
import { LRUCache } from 'lru-cache';
import { CLIENT_ADDRESS_HEADER } from './forwarded.mjs';
import { PAGE_RENDERS_PER_MINUTE, parsePageRendersPerMinute } from './page-limit-setting.mjs';

export { PAGE_RENDERS_PER_MINUTE };
/** Addresses remembered at most; the least recently seen are forgotten (and start with a full bucket). */
export const PAGE_LIMIT_ADDRESSES = 50_000;

type Bucket = { tokens: number; at: number };

/** Loopback: the machine itself (a benchmark, a health check, or a proxy whose hop was not declared, where every visitor would share one bucket). */
function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.');
}

export type PageLimitAnswer = { ok: true } | { ok: false; retryAfterSeconds: number };

/** A token bucket per client address: `perMinute` tokens, refilled evenly. */
export class PageLimiter {
  private readonly buckets: LRUCache<string, Bucket>;
  private readonly perMs: number;

  constructor(
    readonly perMinute: number = PAGE_RENDERS_PER_MINUTE,
    private readonly now: () => number = Date.now,
  ) {
    this.buckets = new LRUCache<string, Bucket>({ max: PAGE_LIMIT_ADDRESSES });
    this.perMs = perMinute / 60_000;
  }

  /** Takes one rendered page for `address`, or says how many seconds until it may have one. */
  take(address: string): PageLimitAnswer {
    if (this.perMinute <= 0 || isLoopback(address)) return { ok: true };
    const now = this.now();
    const bucket = this.buckets.get(address) ?? { tokens: this.perMinute, at: now };
    const tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.perMs);
    if (tokens >= 1) {
      this.buckets.set(address, { tokens: tokens - 1, at: now });
      return { ok: true };
    }
    this.buckets.set(address, { tokens, at: now });
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000)) };
  }
}

const SET_BY_SERVER = Symbol.for('blue-lights.client-address-header');

/**
 * The client address server.mjs worked out, from a request's headers; null
 * where the app runs without it (`next dev`, `next start`): the header could
 * then be the client's own, and nothing is limited.
 */
export function limitedClientAddress(headers: { get(name: string): string | null }): string | null {
  if (!(globalThis as Record<symbol, unknown>)[SET_BY_SERVER]) return null;
  return headers.get(CLIENT_ADDRESS_HEADER);
}

let shared: PageLimiter | undefined;

/** This process's limiter, with the configured limit (server.mjs has refused a wrong one before starting). */
export function pageLimiter(): PageLimiter {
  return (shared ??= new PageLimiter(parsePageRendersPerMinute(process.env.PAGE_RENDERS_PER_MINUTE)));
}
