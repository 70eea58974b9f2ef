/**
 * Who is asking, as far as the server can tell: the peer of the TCP
 * connection, or, behind reverse proxies the operator trusts, the address the
 * nearest of them saw. Plain JavaScript, because the HTTP server (server.mjs)
 * uses it before any TypeScript is loaded.
 *
 * A client may send any X-Forwarded-For it likes; only the entries appended
 * by our own proxies can be believed. Each trusted hop appends the address it
 * received the request from, so with N trusted hops the client is the N-th
 * address from the right of "X-Forwarded-For, socket peer".
 */

/** The request header in which the server passes the address it worked out to the app. */
export const CLIENT_ADDRESS_HEADER = 'x-blue-lights-client';

/** Longest address kept: an IPv6 address with a zone is at most 45 characters or so. */
const MAX_ADDRESS_LENGTH = 64;

/**
 * @param {string | undefined} socketAddress the TCP peer
 * @param {string | string[] | undefined} forwardedFor X-Forwarded-For as received
 * @param {number} trustedHops reverse proxies in front of the app that the operator trusts
 * @returns {string} the client's address
 */
export function clientAddress(socketAddress, forwardedFor, trustedHops) {
  const peer = normalise(socketAddress ?? '') || 'unknown';
  if (!trustedHops || trustedHops < 1) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const chain = [
    ...header
      .split(',')
      .map((entry) => normalise(entry))
      .filter(Boolean),
    peer,
  ];
  // Past the trusted proxies everything is the client's own claim: take the
  // last address a trusted proxy wrote, or the first one if there are fewer.
  return chain[Math.max(0, chain.length - 1 - trustedHops)] ?? peer;
}

/** `::ffff:127.0.0.1` → `127.0.0.1`; trims, and bounds the length of, whatever a header held. */
function normalise(address) {
  const trimmed = address.trim().slice(0, MAX_ADDRESS_LENGTH);
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}

/**
 * @param {string | undefined} value TRUSTED_PROXY_HOPS
 * @returns {number} a whole number of hops, 0 when unset
 */
export function parseTrustedHops(value) {
  if (value === undefined || value === '') return 0;
  if (!/^\d{1,2}$/.test(value)) throw new Error(`TRUSTED_PROXY_HOPS must be a whole number of proxies (0, 1, 2…), not "${value}".`);
  return Number(value);
}
