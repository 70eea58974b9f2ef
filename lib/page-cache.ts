/**
 * A memory cache of the public pages that anonymous visitors see, for the
 * evening when everyone opens the map at once.
 *
 * Every response carries its own CSP nonce, so a page cannot be cached as
 * bytes. A page is instead rendered once with a secret placeholder in place
 * of the nonce and stored cut at each placeholder; every response joins the
 * pieces with a fresh nonce. The placeholder is random per process and never
 * leaves it, so no stored text can contain it on purpose.
 *
 * Entries belong to a revision of the public data: a write that changes what
 * the public sees moves the revision on, and older entries are not served.
 */

/** What all cached pages may hold together; the least recently used go first. */
export const PAGE_CACHE_BYTES = 64 * 2 ** 20;
/** A larger page is not worth keeping. */
export const PAGE_CACHE_MAX_PAGE_BYTES = 8 * 2 ** 20;

/** Response headers that describe one transfer, not the page. */
const TRANSFER_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date']);

export type StoredPage = {
  /** The page cut at every nonce placeholder. */
  parts: Buffer[];
  /** Header values, with the placeholder where the nonce goes. */
  headers: [string, string][];
  revision: number;
  bytes: number;
};

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
  return { parts, headers: kept, revision, bytes: body.length };
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

/** Pages by key, least recently used first out once the byte budget is spent. */
export class PageCache {
  private readonly pages = new Map<string, StoredPage>();
  private used = 0;

  constructor(private readonly budget = PAGE_CACHE_BYTES) {}

  /** The page stored under `key` for this revision of the public data, if any. */
  get(key: string, revision: number): StoredPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    this.drop(key);
    if (page.revision !== revision) return undefined;
    this.pages.set(key, page);
    this.used += page.bytes;
    return page;
  }

  set(key: string, page: StoredPage): void {
    this.drop(key);
    if (page.bytes > Math.min(this.budget, PAGE_CACHE_MAX_PAGE_BYTES)) return;
    this.pages.set(key, page);
    this.used += page.bytes;
    for (const [oldest, old] of this.pages) {
      if (this.used <= this.budget) break;
      this.pages.delete(oldest);
      this.used -= old.bytes;
    }
  }

  get bytes(): number {
    return this.used;
  }

  get size(): number {
    return this.pages.size;
  }

  private drop(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.used -= page.bytes;
  }
}
