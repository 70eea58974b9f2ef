/**
 * Answers from memory that need nothing of Next.js: the public map data, the
 * open-data feed and the anonymous visitors' pages, once the app has them.
 * Next.js costs a few milliseconds per request whatever the answer; on the
 * evening of 30 July that is most of the server's time. The app registers a
 * "lane" per kind of answer (lib/http/fast-lane.ts); the HTTP server
 * (server.mjs) asks them before passing a request to Next.js, and a lane
 * that cannot answer (not in memory, not fresh, not for it) says so, and the
 * request goes its usual way. Plain JavaScript, because server.mjs uses it
 * before any TypeScript is loaded.
 */

const LANES = Symbol.for('blue-lights.fast-lanes');

/**
 * @typedef {{ status: number; headers: Record<string, string | string[]>; body: Uint8Array | null }} FastAnswer
 * @typedef {(req: import('node:http').IncomingMessage) => FastAnswer | null | Promise<FastAnswer | null>} FastLane
 */

/** @returns {Map<string, FastLane>} */
export function fastLanes() {
  const holder = /** @type {Record<symbol, Map<string, FastLane> | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (holder[LANES] ??= new Map());
}

/**
 * Whether a request's target is a plain path the lanes may read: it starts
 * with one `/`, and its path holds no `//`, no backslash and no `.` or `..`
 * segment. Next.js answers `//x/fr` or `/fr\x` with a redirect to the path
 * with those folded; a lane reading such a target as a URL would take
 * `//evil.example/fr` for a page on another host, or answer a page Next.js
 * would not. Those go to Next.js, which answers what it always does.
 *
 * @param {string | undefined} target the request's URL as sent
 * @returns {boolean}
 */
export function isPlainPath(target) {
  if (!target || target[0] !== '/') return false;
  const query = target.indexOf('?');
  const pathPart = query === -1 ? target : target.slice(0, query);
  return !pathPart.includes('//') && !pathPart.includes('\\') && !/\/\.{1,2}(?:\/|$)/.test(pathPart);
}

/**
 * Answers `req` from a lane if one can; true when answered.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export async function answerFromFastLane(req, res) {
  // Anything that may carry a body goes to Next.js and the proxy, which check bodies.
  if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers['content-length'] || req.headers['transfer-encoding']) return false;
  if (!isPlainPath(req.url)) return false;
  for (const lane of fastLanes().values()) {
    let answer;
    try {
      answer = await lane(req);
    } catch (error) {
      console.error('[blue-lights] fast lane failed; the request goes to Next.js', error);
      answer = null;
    }
    if (!answer) continue;
    res.writeHead(answer.status, answer.headers);
    res.end(req.method === 'HEAD' || !answer.body ? undefined : answer.body);
    return true;
  }
  return false;
}
