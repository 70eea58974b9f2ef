/**
 * A page as the public page cache keeps it (see page-cache.ts): cut at every
 * nonce placeholder, so that every response joins the pieces around its own
 * fresh nonce.
 */

/** Response headers that describe one transfer, not the page. */
const TRANSFER_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date']);

export type StoredPage = {
  /** The page cut at every nonce placeholder. */
  parts: Buffer[];
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
  return { parts, headers: kept, revision, bytes: body.length + headerBytes };
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

/** The stored headers with `nonce` wherever the placeholder was. */
export function pageHeaders(page: StoredPage, placeholder: string, nonce: string): [string, string][] {
  return page.headers.map(([name, value]) => [name, value.replaceAll(placeholder, nonce)]);
}
