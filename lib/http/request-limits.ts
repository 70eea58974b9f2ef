/**
 * What the proxy refuses before any body is parsed. Free of Next.js: it works
 * on web-standard requests.
 */

/**
 * The largest body a visitor without a session may send. The only forms open
 * to them (asking for a sign-in link) are well under a kilobyte; photos, up to
 * 10 MB, are for signed-in coordinators only.
 */
export const ANONYMOUS_BODY_LIMIT = 64 * 1024;

const WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS']);
const DECIMAL = /^\d{1,15}$/;

/**
 * Whether Next.js would take the request for a server action and parse its
 * body (as next/dist/server/lib/server-action-request-meta decides): a POST
 * with a `Next-Action` header, or with a form body of any page (a form sent
 * without JavaScript names its action inside the body).
 */
export function isPossibleServerAction(request: Request): boolean {
  if (request.method !== 'POST') return false;
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  return request.headers.has('next-action') || type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded');
}

export type Refusal = { status: 413; message: string };

const TOO_LARGE: Refusal = { status: 413, message: 'This request is too large. Please sign in first.' };

/**
 * What a visitor without a session may not send: a body whose length is not
 * said (chunked, or an action without a length), or one over
 * ANONYMOUS_BODY_LIMIT. Null when the request would be fine from anyone;
 * signed-in users keep the limits of next.config.ts (photos).
 */
export function anonymousBodyRefusal(request: Request): Refusal | null {
  if (WITHOUT_BODY.has(request.method)) return null;
  const declared = request.headers.get('content-length');
  if (declared === null) {
    return request.headers.has('transfer-encoding') || isPossibleServerAction(request) ? TOO_LARGE : null;
  }
  const length = declared.trim();
  return DECIMAL.test(length) && Number(length) <= ANONYMOUS_BODY_LIMIT ? null : TOO_LARGE;
}

/**
 * A server action's form cut short (a broken upload, or one cut off past the
 * proxy's body size limit): the proxy answers it with a 400, where Next.js
 * would fail on it with a 500 before any of our code runs. A whole multipart
 * body ends with its closing boundary; only the last bytes are kept while the
 * body streams by, as parsing the form here too cost every save an eighth of
 * its time.
 */
export async function isUnreadableActionBody(request: Request): Promise<boolean> {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return false;
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) return false;
  const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  if (!boundary || !request.body) return true;
  const closing = `--${boundary[1] ?? boundary[2]}--`;
  const tail = await lastBytes(request.clone().body!, closing.length + 4);
  return !tail.trimEnd().endsWith(closing);
}

/** The last `n` bytes of a stream, as Latin-1 text (a boundary is ASCII). */
async function lastBytes(body: ReadableStream<Uint8Array>, n: number): Promise<string> {
  let tail = new Uint8Array(0);
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    const joined = new Uint8Array(Math.min(n, tail.length + chunk.length));
    const fromChunk = Math.min(chunk.length, joined.length);
    joined.set(tail.subarray(tail.length - (joined.length - fromChunk)), 0);
    joined.set(chunk.subarray(chunk.length - fromChunk), joined.length - fromChunk);
    tail = joined;
  }
  return new TextDecoder('latin1').decode(tail);
}
