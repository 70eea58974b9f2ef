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
 *
 * Whatever a visitor sends, the cache stays bounded: pages by bytes and age,
 * the requests it has seen by count and bytes, renders in flight by count.
 * A page is stored under a key made of validated parts only (a language, a
 * page, an embed city that the page itself said it showed), and is rendered
 * for the site's configured address, never for a Host a visitor sent.
 */
import { LRUCache } from 'lru-cache';
import { storePage, type Rendered, type StoredPage } from './stored-page';
import { LOCALE_ALTERNATION } from '../constants';
import { DEFAULT_LOCALE } from '../languages';
import { isHelpLanguage } from '../help/languages';

export { pageChunks, pageHeaders, storePage, type Rendered, type StoredPage } from './stored-page';

/** What all cached pages may hold together; the least recently used go first. */
export const PAGE_CACHE_BYTES = 64 * 2 ** 20;
/** A larger page is not worth keeping. */
export const PAGE_CACHE_MAX_PAGE_BYTES = 8 * 2 ** 20;
/**
 * How long a page is served before it is rendered again, even when no write
 * moved the public data on: what a page shows also depends on the clock (the
 * countdown, the lights on now).
 */
export const PAGE_CACHE_TTL_MS = 5 * 60_000;
/** Request signatures remembered (which page each led to), by count and by bytes. */
export const MAX_SIGNATURES = 10_000;
export const SIGNATURES_BYTES = 4 * 2 ** 20;
/** A longer signature (a huge Accept-Language) is not remembered; its visits go through locale routing. */
export const MAX_SIGNATURE_BYTES = 2048;
/** Background renders at once; a page missed while they run is filled on a later visit. */
export const MAX_CONCURRENT_FILLS = 4;
/** A page that could not be stored is not rendered again for it until this is over (or the data changes). */
export const FILL_RETRY_MS = 60_000;
/** Keys whose failed fill was logged, so that a failing page is logged once, not per visit. */
const LOGGED_FAILURES = 1000;

/** The attribute the embed page puts on its main element when it shows one city: `data-embed-city="4"`. */
export const EMBED_CITY_ATTRIBUTE = 'data-embed-city';
/** The attribute a map page puts on its main element when it shows a later page of its list: `data-list-page="2"`. */
export const LIST_PAGE_ATTRIBUTE = 'data-list-page';

export type ClockOption = { now?: () => number };

/** lru-cache's options for a given clock; it is then read at every check rather than once a millisecond. */
function clockOf(now: (() => number) | undefined) {
  return now ? { perf: { now }, ttlResolution: 0 } : {};
}

/** Pages by key within a byte budget, least recently used out first, none older than the TTL. */
export class PageCache {
  private readonly pages: LRUCache<string, StoredPage>;

  constructor(budget = PAGE_CACHE_BYTES, { ttlMs = PAGE_CACHE_TTL_MS, now }: { ttlMs?: number } & ClockOption = {}) {
    this.pages = new LRUCache<string, StoredPage>({
      maxSize: budget,
      maxEntrySize: Math.min(budget, PAGE_CACHE_MAX_PAGE_BYTES),
      // lru-cache wants a positive size; an empty page still takes an entry.
      sizeCalculation: (page) => Math.max(1, page.bytes),
      ttl: ttlMs,
      ...clockOf(now),
    });
  }

  /** The page stored under `key` for this revision of the public data, if any. */
  get(key: string, revision: number): StoredPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    if (page.revision !== revision) {
      this.pages.delete(key);
      return undefined;
    }
    return page;
  }

  /** Stores a page (replacing the key's previous one); a page over the size limit is not kept. */
  set(key: string, page: StoredPage): void {
    this.pages.delete(key);
    this.pages.set(key, page);
  }

  get bytes(): number {
    return this.pages.calculatedSize;
  }

  get size(): number {
    return this.pages.size;
  }
}

/**
 * Tags that links from newsletters, social networks and advertisements carry
 * (`?utm_source=…`). No page reads them, so a visit with them gets the same
 * stored page: the link in a news item is what many visitors follow at once.
 */
const TRACKING_PARAMS = new Set(['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'utm_id', 'fbclid', 'gclid', 'msclkid', 'mc_cid', 'mc_eid']);

/** A query without its tracking tags. */
export function withoutTracking(params: URLSearchParams): URLSearchParams {
  const kept = new URLSearchParams();
  for (const [name, value] of params) if (!TRACKING_PARAMS.has(name)) kept.append(name, value);
  return kept;
}

/** A public page as the cache knows it: its key, where to render it, and the embed city and list page it must show. */
export type PageTarget = { key: string; path: string; city: number | null; page: number | null };

const LOCALE_TARGET = new RegExp(`^/(${LOCALE_ALTERNATION})(/buildings/[1-9]\\d{0,8}|/years/\\d{4}|/embed|/about)?/?$`);
/** The help page in one of its languages, outside locale routing (`/help/ro`). */
const HELP_TARGET = /^\/help\/([a-z]{2})$/;
const CITY_ID = /^[1-9]\d{0,8}$/;
/** A later page of a map page's list (page 1 has no parameter). */
const LIST_PAGE = /^(?:[2-9]|[1-9]\d{1,5})$/;

/**
 * The page that locale routing led a request to, from the routed path
 * (always with its language: `/en`, `/fr/buildings/12`; or the help page in
 * one of its languages, `/help/ro`, which is outside it) and the request's
 * query string; null when it is no page the cache keeps. A map page (home,
 * year, embed) may name a later `page` of its list, and an embed a `city`,
 * each written the one way (`4`, not `04`; `page=1` is the page without it)
 * and in that order, so one page has one key; tracking tags are left out.
 */
export function pageTarget(routedPath: string, search: string): PageTarget | null {
  const params = withoutTracking(new URLSearchParams(search));
  const help = HELP_TARGET.exec(routedPath);
  if (help) return isHelpLanguage(help[1]!) && params.size === 0 ? { key: routedPath, path: routedPath, city: null, page: null } : null;
  const match = LOCALE_TARGET.exec(routedPath);
  if (!match) return null;
  const locale = match[1]!;
  const rest = match[2] ?? '';
  const mapPage = !rest.startsWith('/buildings/') && rest !== '/about';
  const allowed = rest === '/embed' ? ['city', 'page'] : mapPage ? ['page'] : [];
  const names = [...params.keys()];
  if (names.some((n) => !allowed.includes(n)) || new Set(names).size !== names.length) return null;
  if (names.join(',') !== allowed.filter((n) => names.includes(n)).join(',')) return null;
  let city: number | null = null;
  let page: number | null = null;
  if (params.has('city')) {
    const raw = params.get('city')!;
    if (!CITY_ID.test(raw)) return null;
    city = Number(raw);
  }
  if (params.has('page')) {
    const raw = params.get('page')!;
    if (!LIST_PAGE.test(raw)) return null;
    page = Number(raw);
  }
  const kept = new URLSearchParams();
  if (city !== null) kept.set('city', String(city));
  if (page !== null) kept.set('page', String(page));
  const query = kept.size > 0 ? `?${kept}` : '';
  // English lives at `/`, the other languages under their prefix.
  const path = locale === DEFAULT_LOCALE ? rest || '/' : `/${locale}${rest}`;
  return { key: `/${locale}${rest}${query}`, path: `${path}${query}`, city, page };
}

/** Why a render was not stored: expected (a missing page) or a failure worth telling the operator. */
type Verdict = { store: true } | { store: false; failure: string | null };

function verdict(target: PageTarget, page: Rendered): Verdict {
  // A building or year that does not exist: nothing to store, nothing wrong.
  if (page.status === 404) return { store: false, failure: null };
  if (page.status !== 200) return { store: false, failure: `status ${page.status}` };
  const type = page.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  if (!type.startsWith('text/html')) return { store: false, failure: `content type ${type || 'none'}` };
  // A city the page did not show (unknown, or without lights) is rendered per visit, not kept once per id.
  if (target.city !== null && !page.body.includes(`${EMBED_CITY_ATTRIBUTE}="${target.city}"`)) return { store: false, failure: null };
  // Likewise a list page the page did not show (past the end: a 404 anyway).
  if (target.page !== null && !page.body.includes(`${LIST_PAGE_ATTRIBUTE}="${target.page}"`)) return { store: false, failure: null };
  return { store: true };
}

export type PublicPageCacheOptions = {
  /** Renders a page for the cache, as an anonymous visitor at the site's configured address. */
  render: (path: string) => Promise<Rendered>;
  /** The current revision of the public data (asked of the database on every visit: other processes write too). */
  revision: () => Promise<number>;
  /** The nonce placeholder the render puts where each response's nonce goes. */
  placeholder: string;
  /** Where a failed fill is reported (once per page). */
  log?: (message: string) => void;
  budget?: number;
  ttlMs?: number;
  maxFills?: number;
} & ClockOption;

/**
 * The cache as the proxy uses it: a visit is first looked up by its request
 * signature (everything locale routing decides by), then, once routing has
 * named the page, by the page's key; a page not stored yet is rendered once
 * in the background, however many visits ask for it meanwhile.
 */
export class PublicPageCache {
  readonly pages: PageCache;
  private readonly signatures: LRUCache<string, string>;
  private readonly filling = new Set<string>();
  /** Keys whose last fill stored nothing, with the revision it was for. */
  private readonly unfillable: LRUCache<string, number>;
  private readonly logged = new LRUCache<string, true>({ max: LOGGED_FAILURES });
  private readonly options: PublicPageCacheOptions;

  constructor(options: PublicPageCacheOptions) {
    this.options = options;
    this.pages = new PageCache(options.budget, { ttlMs: options.ttlMs, now: options.now });
    this.signatures = new LRUCache<string, string>({
      max: MAX_SIGNATURES,
      maxSize: SIGNATURES_BYTES,
      maxEntrySize: MAX_SIGNATURE_BYTES,
      sizeCalculation: (key, signature) => signature.length + key.length,
    });
    this.unfillable = new LRUCache<string, number>({ max: MAX_SIGNATURES, ttl: FILL_RETRY_MS, ...clockOf(options.now) });
  }

  /** The page a request with this signature led to before, if it is stored for the current revision. */
  async lookup(signature: string): Promise<StoredPage | undefined> {
    const key = this.signatures.get(signature);
    return key === undefined ? undefined : this.pages.get(key, await this.options.revision());
  }

  /**
   * After locale routing named the page: remembers where this signature
   * leads, and answers with the stored page, or has it rendered for the next
   * visitors (and answers undefined: this visit is rendered as usual).
   */
  async resolve(signature: string, target: PageTarget): Promise<StoredPage | undefined> {
    this.signatures.set(signature, target.key);
    const page = this.pages.get(target.key, await this.options.revision());
    if (page) return page;
    void this.fill(target);
    return undefined;
  }

  /** Renders in flight. */
  get fills(): number {
    return this.filling.size;
  }

  get signatureCount(): number {
    return this.signatures.size;
  }

  /**
   * Renders the page in the background and stores it for the public data's
   * revision at the start: a write during the render leaves an entry that is
   * already out of date, never a stale one that is served. Resolves when done
   * (for tests); never rejects.
   */
  async fill(target: PageTarget): Promise<void> {
    const { key } = target;
    const maxFills = this.options.maxFills ?? MAX_CONCURRENT_FILLS;
    if (this.filling.has(key) || this.filling.size >= maxFills) return;
    this.filling.add(key);
    let revision: number;
    try {
      revision = await this.options.revision();
    } catch (error) {
      this.filling.delete(key);
      throw error;
    }
    // Already stored, or known to store nothing at this revision: no render.
    if (this.pages.get(key, revision) || this.unfillable.get(key) === revision) {
      this.filling.delete(key);
      return;
    }
    return this.options
      .render(target.path)
      .then(
        (page) => {
          const result = verdict(target, page);
          if (result.store) {
            this.unfillable.delete(key);
            this.pages.set(key, storePage(page.body, page.headers, this.options.placeholder, revision));
          } else {
            this.notStored(key, revision, result.failure);
          }
        },
        (error: unknown) => this.notStored(key, revision, error instanceof Error ? error.message : String(error)),
      )
      .finally(() => this.filling.delete(key));
  }

  private notStored(key: string, revision: number, failure: string | null): void {
    this.unfillable.set(key, revision);
    if (failure === null || this.logged.has(key)) return;
    this.logged.set(key, true);
    (this.options.log ?? console.warn)(`Public page cache: ${key} could not be stored (${failure}); its visits are rendered one by one.`);
  }
}
