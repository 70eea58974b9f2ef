import { NextResponse, type NextRequest } from 'next/server';
import { newNonce } from '@/lib/csp';
import { PageCache, pageChunks, pageHeaders, storePage } from '@/lib/page-cache';
import { renderLocally } from '@/lib/page-fill';
import { publicRevision } from '@/lib/public-revision';

/**
 * The proxy's side of the public page cache (see lib/page-cache.ts): which
 * requests it may answer, and how a page gets into it.
 */

/** The public pages: the map, a building, a past year, the embed; in any language. */
const PUBLIC_PAGE = /^(?:\/(?:en|fr|nl|de))?(?:\/|\/buildings\/\d{1,9}|\/years\/\d{4}|\/embed)?$/;
/** Client-side navigations fetch other shapes of the page (RSC payloads), which are not cached. */
const NAVIGATION_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action'];
/** Request headers a page may depend on, passed on when it is rendered for the cache. */
const FILL_PASSES = ['host', 'accept-language', 'x-forwarded-host', 'x-forwarded-proto'];
const FILL_HEADER = 'x-page-cache-fill';
const LOCALE_COOKIE = 'NEXT_LOCALE';

const cache = new PageCache();
// Both stay in this process: the placeholder stands for the nonce in stored
// pages, the token tells this proxy that a request is its own cache fill.
const placeholder = newNonce();
const fillToken = newNonce();
const filling = new Set<string>();

function isFill(request: NextRequest): boolean {
  return request.headers.get(FILL_HEADER) === fillToken;
}

/** The nonce of this response: a fresh one, or the placeholder when rendering for the cache. */
export function nonceFor(request: NextRequest): string {
  return isFill(request) ? placeholder : newNonce();
}

/** Whether this request is an anonymous visitor's plain visit to a public page. */
function mayUseCache(request: NextRequest, sessionCookies: string[]): boolean {
  if (process.env.NODE_ENV !== 'production' || request.method !== 'GET' || isFill(request)) return false;
  if (sessionCookies.some((c) => request.cookies.has(c))) return false;
  if (NAVIGATION_HEADERS.some((h) => request.headers.has(h))) return false;
  const { pathname, searchParams } = request.nextUrl;
  if (!PUBLIC_PAGE.test(pathname)) return false;
  // Other query strings (tracking tags, …) are rendered, not stored once each.
  // (next.config.mjs lets the proxy see RSC requests' `_rsc` parameter and headers.)
  const names = [...searchParams.keys()];
  return names.length === 0 || (pathname.endsWith('/embed') && names.length === 1 && names[0] === 'city');
}

/**
 * The cache key of the page next-intl's answer leads to, or null when it
 * redirects (to the visitor's language): the page is then another request.
 */
function pageKey(request: NextRequest, intlResponse: Response): string | null {
  if (intlResponse.status !== 200 || intlResponse.headers.has('location')) return null;
  const rewrite = intlResponse.headers.get('x-middleware-rewrite');
  const target = rewrite ? new URL(rewrite, request.nextUrl.origin).pathname : request.nextUrl.pathname;
  return [siteOf(request), target, request.nextUrl.search].join(' ');
}

/** The address the visitor asked for (a page's absolute links are made from it). */
function siteOf(request: NextRequest): string {
  const h = request.headers;
  return `${h.get('x-forwarded-proto') ?? ''} ${h.get('x-forwarded-host') ?? h.get('host') ?? ''}`;
}

/**
 * Everything next-intl decides a request's page by: its address, the locale
 * cookie and Accept-Language. Requests alike in these lead to the same page,
 * so a repeat visit can be answered before next-intl runs again.
 */
function requestSignature(request: NextRequest): string {
  return [
    siteOf(request),
    request.nextUrl.pathname + request.nextUrl.search,
    request.cookies.get(LOCALE_COOKIE)?.value ?? '',
    request.headers.get('accept-language') ?? '',
  ].join('\n');
}

/** Signatures seen, and the page each led to; forgotten all at once when there are too many. */
const keysBySignature = new Map<string, string>();
const MAX_SIGNATURES = 10_000;

/** The page for this request with a fresh nonce and its own CSP, if an up-to-date one is stored. */
export function fromPageCache(request: NextRequest, sessionCookies: string[], nonce: string, csp: string): NextResponse | null {
  if (!mayUseCache(request, sessionCookies)) return null;
  const key = keysBySignature.get(requestSignature(request));
  const page = key ? cache.get(key, publicRevision()) : undefined;
  if (!page) return null;
  const headers = new Headers();
  for (const [name, value] of pageHeaders(page, placeholder, nonce)) headers.append(name, value);
  headers.set('Content-Security-Policy', csp);
  headers.set('X-Page-Cache', 'hit');
  return new NextResponse(Buffer.concat(pageChunks(page, nonce)), { status: 200, headers });
}

/**
 * After next-intl has answered a visit the cache could not: remembers which
 * page the request leads to and has that page stored for the next visitors.
 */
export function missedPageCache(request: NextRequest, sessionCookies: string[], intlResponse: Response): void {
  if (!mayUseCache(request, sessionCookies)) return;
  const key = pageKey(request, intlResponse);
  if (!key) return;
  if (keysBySignature.size >= MAX_SIGNATURES) keysBySignature.clear();
  keysBySignature.set(requestSignature(request), key);
  fillInBackground(key, request);
  intlResponse.headers.set('X-Page-Cache', 'miss');
}

/**
 * Renders the page in the background, as this visitor would get it without
 * cookies, and stores it for the public data's current revision. A write
 * during the render leaves an entry that is already out of date, never a
 * stale one that is served.
 */
function fillInBackground(key: string, request: NextRequest): void {
  const port = Number(process.env.PORT);
  if (!port || filling.has(key)) return;
  filling.add(key);
  const revision = publicRevision();
  const headers: Record<string, string> = { [FILL_HEADER]: fillToken, 'accept-encoding': 'identity' };
  for (const name of FILL_PASSES) {
    const value = request.headers.get(name);
    if (value) headers[name] = value;
  }
  const locale = request.cookies.get(LOCALE_COOKIE)?.value;
  if (locale) headers.cookie = `${LOCALE_COOKIE}=${encodeURIComponent(locale)}`;
  renderLocally(port, request.nextUrl.pathname + request.nextUrl.search, headers)
    .then((page) => {
      const type = page.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
      if (page.status === 200 && type.startsWith('text/html')) cache.set(key, storePage(page.body, page.headers, placeholder, revision));
    })
    .catch(() => {
      // Not cached this time; the visitors' own requests are rendered as usual.
    })
    .finally(() => filling.delete(key));
}
