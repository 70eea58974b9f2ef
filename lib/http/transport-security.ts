/**
 * Strict-Transport-Security, decided by the configured public address (an
 * `https:` AUTH_URL), never by a request header a client could set. It is
 * added at run time, not in next.config.ts: `next build` freezes that file's
 * headers into the build, and one build must serve http and https sites.
 */
import { servedOverHttps } from '../env';

/** One year, this host only: the site may share its domain with others still on http. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/** Adds the header to a response when the site is served over https (browsers ignore it over http). */
export function withTransportSecurity<T extends Response>(response: T): T {
  if (servedOverHttps()) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  return response;
}

/** A route handler whose every answer gets the header. */
export function transportSecured<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => withTransportSecurity(await handler(...args));
}
