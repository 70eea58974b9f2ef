/**
 * Strict-Transport-Security, decided by the configured public address (an
 * `https:` AUTH_URL), never by a request header a client could set. Plain
 * JavaScript, because the HTTP server (server.mjs) adds it to every response
 * before Next.js sees the request; lib/http/transport-security.ts uses it too.
 */

/** One year, this host only: the site may share its domain with others still on http. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/**
 * @param {string | undefined} authUrl the configured public address
 * @returns {boolean} whether the site is served over https
 */
export function isHttpsAddress(authUrl) {
  return /^https:\/\//i.test((authUrl ?? '').trim());
}
