/**
 * A page as the public page cache keeps it (see page-cache.ts): cut at every
 * nonce placeholder, each piece also gzip-compressed once, so that every
 * response joins the pieces around its own fresh nonce.
 */
import { gzipPieces, gzipWith, type GzipPieces } from './gzip-parts';

/** Response headers that describe one transfer, not the page. */
const TRANSFER_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date']);

export type StoredPage = {
  /** The page cut at every nonce placeholder. */
  parts: Buffer[];
  /** The same parts compressed once, for gzip responses that differ only in their nonce (see gzip-parts.ts). */
  gzip: GzipPieces;
  /** Header values, with the placeholder where the nonce goes. */
  headers: [string, string][];
  revision: number;
  /** What the page takes in memory: its body and headers. */
  bytes: number;
};

/** A page as the server rendered it for the cache. */
export type Rendered = { status: number; headers: [string, string][]; body: Buffer };

/** Cuts a rendered page at each occurrence of the placeholder. */
export function storePage(body: Buffer, headers: Iterable<[string, string]>, placeholder: string, revision: number): StoredPage {
  const parts: Buffer[] = [];
  const marker = Buffer.from(placeholder);
  let from = 0;
  for (let at = body.indexOf(marker, from); at !== -1; at = body.indexOf(marker, from)) {
    parts.push(body.subarray(from, at));
    from = at + marker.length;
  }
  parts.push(body.subarray(from));
  // Next.js's own routing instructions (x-middleware-*) must not be replayed either.
  const kept = [...headers].filter(([name]) => {
    const lower = name.toLowerCase();
    return !TRANSFER_HEADERS.has(lower) && !lower.startsWith('x-middleware-');
  });
  const headerBytes = kept.reduce((sum, [name, value]) => sum + name.length + value.length, 0);
  const gzip = gzipPieces(parts, Buffer.byteLength(placeholder));
  const gzipBytes = gzip.pieces.reduce((sum, p) => sum + p.length, gzip.last.length);
  return { parts, gzip, headers: kept, revision, bytes: body.length + gzipBytes + headerBytes };
}

/** The stored page's bytes with `nonce` wherever the placeholder was. */
export function pageChunks(page: StoredPage, nonce: string): Buffer[] {
  const value = Buffer.from(nonce);
  const chunks: Buffer[] = [];
  page.parts.forEach((part, i) => {
    if (i > 0) chunks.push(value);
    chunks.push(part);
  });
  return chunks;
}

/**
 * The stored page, gzip-compressed, with `nonce` wherever the placeholder
 * was: no compression per response. Null for a nonce not as long as the
 * placeholder (nonces and placeholder are all made alike, so never in practice).
 */
export function pageGzipChunks(page: StoredPage, nonce: string): Buffer[] | null {
  const value = Buffer.from(nonce);
  if (value.length !== page.gzip.gapLength) return null;
  return gzipWith(page.gzip, page.parts.slice(1).map(() => value), pageChunks(page, nonce));
}

/** The stored headers with `nonce` wherever the placeholder was. */
export function pageHeaders(page: StoredPage, placeholder: string, nonce: string): [string, string][] {
  return page.headers.map(([name, value]) => [name, value.replaceAll(placeholder, nonce)]);
}
