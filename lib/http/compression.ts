/**
 * Compressed bodies for route handlers. Next.js compresses pages and static
 * files under `next start` (and our server.mjs), but never a route handler's
 * response, so the open data and the map data would otherwise go out as
 * megabytes where a tenth would do. Bodies are compressed once per version of
 * the data, kept as bytes, and each request picks the encoding it accepts.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const ENCODINGS = ['br', 'gzip', 'identity'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** One body in every encoding we send, with an entity tag per encoding (RFC 9110 §8.8.3: a tag names one representation). */
export type EncodedBody = Record<Encoding, { body: Uint8Array<ArrayBuffer>; etag: string }>;

/** Below this, compression saves less than its headers cost. */
const MIN_BYTES = 1024;

function tagOf(bytes: Uint8Array, suffix: string): string {
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 32);
  return `"${hash}${suffix}"`;
}

function owned(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) as Uint8Array<ArrayBuffer>;
}

/**
 * The body in every encoding. gzip at its best level and brotli at a middle
 * quality: done once per change of the public data, so a few hundred
 * milliseconds for 10,000 buildings are fine, seconds (brotli's top levels)
 * are not on the evening when confirmations come in every minute.
 */
export function encodeBody(text: string): EncodedBody {
  const identity = new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
  const etag = tagOf(identity, '');
  if (identity.byteLength < MIN_BYTES) {
    const same = { body: identity, etag };
    return { identity: same, gzip: same, br: same };
  }
  const gzip = owned(gzipSync(identity, { level: 9 }));
  const br = owned(
    brotliCompressSync(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 6,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.byteLength,
      },
    }),
  );
  // The same representation's tag with its coding named: tags of different encodings never collide.
  const strip = etag.slice(0, -1);
  return { identity: { body: identity, etag }, gzip: { body: gzip, etag: `${strip}-gz"` }, br: { body: br, etag: `${strip}-br"` } };
}

/**
 * The encoding to send for an Accept-Encoding header, of those `offered`:
 * brotli, then gzip, then none, honouring `q=0` (refused) and `*`.
 */
export function negotiateEncoding(header: string | null, offered: readonly Encoding[] = ENCODINGS): Encoding {
  if (!header) return 'identity';
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = weight ? Number(weight.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (coding: string) => (q.get(coding) ?? q.get('*') ?? 0) > 0;
  if (offered.includes('br') && accepts('br')) return 'br';
  if (offered.includes('gzip') && (accepts('gzip') || (q.get('x-gzip') ?? 0) > 0)) return 'gzip';
  return 'identity';
}

/**
 * Whether an `If-None-Match` header matches `etag` (RFC 9110 §13.1.2: weak
 * comparison, a list of tags, or `*`).
 */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * The header in which a route handler names its body's coding, when our HTTP
 * server (server.mjs) turns it into Content-Encoding; undefined elsewhere
 * (`next dev`, a plain `next start`), where bodies go out uncompressed.
 */
function contentEncodingHeader(): string | undefined {
  return (globalThis as Record<symbol, unknown>)[Symbol.for('blue-lights.content-encoding-header')] as string | undefined;
}

/**
 * The response for a request: the body in the encoding it accepts (with
 * `Content-Encoding` and `Vary`), or `304` when it already holds that
 * representation. `headers` are added to both.
 */
export function encodedResponse(request: Request, encoded: EncodedBody, headers: Record<string, string>): Response {
  const header = contentEncodingHeader();
  const encoding = header ? negotiateEncoding(request.headers.get('accept-encoding')) : 'identity';
  const { body, etag } = encoded[encoding];
  const common: Record<string, string> = { ...headers, ETag: etag, Vary: 'Accept-Encoding' };
  if (ifNoneMatchHits(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers: common });
  }
  // (Next.js drops Content-Length and Content-Encoding from route handlers' responses.)
  const sent: Record<string, string> = { ...common };
  if (header && body !== encoded.identity.body) sent[header] = encoding;
  return new Response(body, { headers: sent });
}
