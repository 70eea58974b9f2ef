/**
 * Strict-Transport-Security, decided by the configured public address (an
 * `https:` AUTH_URL), never by a request header a client could set. It is
 * added at run time, not in next.config.ts: `next build` freezes that file's
 * headers into the build, and one build must serve http and https sites.
 */
import { servedOverHttps } from '../env';
import { STRICT_TRANSPORT_SECURITY } from './strict-transport.mjs';

export { STRICT_TRANSPORT_SECURITY };

/**
 * Adds the header to a response when the site is served over https (browsers
 * ignore it over http). A response whose headers are immutable (what
 * `Response.redirect` makes, as Auth.js does) is copied first.
 */
export function withTransportSecurity<T extends Response>(response: T): T {
  if (!servedOverHttps()) return response;
  try {
    response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
    return response;
  } catch {
    const copy = new Response(response.body, { status: response.status, statusText: response.statusText, headers: new Headers(response.headers) });
    copy.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
    return copy as T;
  }
}

/** A route handler whose every answer gets the header. */
export function transportSecured<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => withTransportSecurity(await handler(...args));
}
