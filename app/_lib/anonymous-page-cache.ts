import type { IncomingMessage } from 'node:http';
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, mapTileUrls, newNonce } from '@/lib/http/csp';
import { negotiateEncoding } from '@/lib/http/compression';
import { headerOf, registerFastLane } from '@/lib/http/lanes';
import { STRICT_TRANSPORT_SECURITY } from '@/lib/http/transport-security';
import { servedOverHttps } from '@/lib/env';
import { env } from '@/lib/env';
import { PublicPageCache, pageChunks, pageHeaders, pageTarget, withoutTracking, type StoredPage } from '@/lib/http/page-cache';
import { renderLocally } from '@/lib/http/page-fill';
import { type Rendered } from '@/lib/http/page-cache';
import { scriptsAfterMap } from '@/lib/http/scripts-after-map';
import { mapClientScript } from './map-client-script';
import { currentPublicRevision } from '@/lib/public-data/revision';
import { isLiveSessionToken, SESSION_COOKIES, sessionTokenOf } from '@/lib/users/sessions';
import { LOCALE_ALTERNATION } from '@/lib/constants';
import { gzipSync } from 'node:zlib';
import { plumbingOff } from '@/lib/http/plumbing-switches.mjs';

/**
 * The proxy's side of the public page cache (see lib/page-cache.ts): which
 * requests it may answer, and how a page gets into it.
 */

/** The public pages: the map, a building, a past year, the embed, about; in any language; and the help page in each of its own. */
const PUBLIC_PAGE = new RegExp(`^(?:(?:/(?:${LOCALE_ALTERNATION}))?(?:/|/buildings/\\d{1,9}|/years/\\d{4}|/embed|/about)?|/help/[a-z]{2})$`);
/** Client-side navigations fetch other shapes of the page (RSC payloads), which are not cached. */
const NAVIGATION_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action'];
const FILL_HEADER = 'x-page-cache-fill';
const LOCALE_COOKIE = 'NEXT_LOCALE';

// Both stay in this process: the placeholder stands for the nonce in stored
// pages, the token tells this proxy that a request is its own cache fill.
const placeholder = newNonce();
const fillToken = newNonce();

/**
 * The address pages are rendered for: the configured public address, or on a
 * machine without one, this server itself. Never the visitor's Host or
 * X-Forwarded-Host: a page's absolute links (its social preview) are made
 * from it, and every visitor gets the stored page.
 */
function renderSite(): { host: string; proto: string } {
  const url = env().siteUrl;
  return { host: url.host, proto: url.protocol.replace(/:$/, '') };
}

async function render(path: string): Promise<Rendered> {
  const port = Number(process.env.PORT);
  if (!port) throw new Error('PORT is not set, so the server cannot ask itself for the page');
  const site = renderSite();
  const page = await renderLocally(port, path, {
    [FILL_HEADER]: fillToken,
    'accept-encoding': 'identity',
    host: site.host,
    'x-forwarded-host': site.host,
    'x-forwarded-proto': site.proto,
  });
  // The stored page has the map's script come first on a slow connection (lib/http/scripts-after-map.ts).
  const map = mapClientScript();
  if (page.status !== 200 || !map || plumbingOff('scripts-after-map')) return page;
  return { ...page, body: Buffer.from(scriptsAfterMap(page.body.toString('utf8'), map, placeholder)) };
}

const cache = new PublicPageCache({ render, revision: currentPublicRevision, placeholder });

function isFill(request: NextRequest): boolean {
  return request.headers.get(FILL_HEADER) === fillToken;
}

/** The nonce of this response: a fresh one, or the placeholder when rendering for the cache. */
export function nonceFor(request: NextRequest): string {
  return isFill(request) ? placeholder : newNonce();
}

/** What the cache needs to know of a request, from Next.js's request or from Node's. */
type Visit = {
  method: string;
  pathname: string;
  searchParams: URLSearchParams;
  cookie: (name: string) => string | undefined;
  hasHeader: (name: string) => boolean;
  acceptLanguage: string;
};

function visitOf(request: NextRequest): Visit {
  return {
    method: request.method,
    pathname: request.nextUrl.pathname,
    searchParams: request.nextUrl.searchParams,
    cookie: (name) => request.cookies.get(name)?.value,
    hasHeader: (name) => request.headers.has(name),
    acceptLanguage: request.headers.get('accept-language') ?? '',
  };
}

function cookiesOf(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) cookies.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return cookies;
}

function nodeVisitOf(req: IncomingMessage): Visit {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const cookies = cookiesOf(headerOf(req, 'cookie'));
  return {
    method: req.method ?? 'GET',
    pathname: url.pathname,
    searchParams: url.searchParams,
    cookie: (name) => cookies.get(name),
    hasHeader: (name) => req.headers[name] !== undefined,
    acceptLanguage: headerOf(req, 'accept-language') ?? '',
  };
}

/**
 * Whether this request is an anonymous visitor's plain visit to a public
 * page. A session cookie counts only when it is a live session (anyone can
 * send `authjs.session-token=x`): a made-up one gets the stored page, as any
 * visitor does, instead of a page rendered for it. Checked last, and cheaply
 * (lib/users/sessions.ts remembers tokens that are no session).
 */
async function mayUseCache(visit: Visit, sessionCookies: readonly string[]): Promise<boolean> {
  if (!isPlainPublicVisit(visit)) return false;
  const token = sessionTokenOf((name) => (sessionCookies.includes(name) ? visit.cookie(name) : undefined));
  return !token || !(await isLiveSessionToken(token));
}

function isPlainPublicVisit(visit: Visit): boolean {
  if (process.env.NODE_ENV !== 'production' || visit.method !== 'GET' || plumbingOff('page-cache')) return false;
  if (NAVIGATION_HEADERS.some((h) => visit.hasHeader(h))) return false;
  const { pathname } = visit;
  if (!PUBLIC_PAGE.test(pathname)) return false;
  const searchParams = withoutTracking(visit.searchParams);
  // Other query strings are rendered, not stored once each; tracking tags do not count.
  // (next.config.ts lets the proxy see RSC requests' `_rsc` parameter and headers.)
  // A later page of a map page's list (`?page=2`), an embed's city: pageTarget checks them once routed.
  const names = [...searchParams.keys()];
  const allowed = pathname.endsWith('/embed') ? ['city', 'page'] : /\/(?:buildings|help)\/|\/about$/.test(pathname) ? [] : ['page'];
  return names.length <= allowed.length && names.every((n) => allowed.includes(n));
}

/**
 * Everything next-intl decides a request's page by: its path, the locale
 * cookie and Accept-Language (not the host: the page is the same whatever
 * host it was asked of). Requests alike in these lead to the same page, so a
 * repeat visit can be answered before next-intl runs again.
 */
function requestSignature(visit: Visit): string {
  const search = withoutTracking(visit.searchParams).toString();
  return [visit.pathname + (search ? `?${search}` : ''), visit.cookie(LOCALE_COOKIE) ?? '', visit.acceptLanguage].join('\n');
}

function respond(page: StoredPage, nonce: string, csp: string): NextResponse {
  const headers = new Headers();
  for (const [name, value] of pageHeaders(page, placeholder, nonce)) headers.append(name, value);
  headers.set('Content-Security-Policy', csp);
  headers.set('X-Page-Cache', 'hit');
  return new NextResponse(Buffer.concat(pageChunks(page, nonce)), { status: 200, headers });
}

/**
 * After next-intl has answered a visit the cache could not: the page it
 * leads to, if stored (a new visitor's signature to a known page), or else
 * next-intl's answer, with the page rendered in the background for the next
 * visitors. A redirect (to the visitor's language) is another request.
 */
export async function afterLocaleRouting(
  request: NextRequest,
  sessionCookies: readonly string[],
  intlResponse: NextResponse,
  nonce: string,
  csp: string,
): Promise<NextResponse> {
  const visit = visitOf(request);
  if (isFill(request) || !(await mayUseCache(visit, sessionCookies))) return intlResponse;
  if (intlResponse.status !== 200 || intlResponse.headers.has('location')) return intlResponse;
  const rewrite = intlResponse.headers.get('x-middleware-rewrite');
  const routed = rewrite ? new URL(rewrite, request.nextUrl.origin).pathname : request.nextUrl.pathname;
  const target = pageTarget(routed, request.nextUrl.search);
  if (!target) return intlResponse;
  const page = await cache.resolve(requestSignature(visit), target);
  if (page) return respond(page, nonce, csp);
  intlResponse.headers.set('X-Page-Cache', 'miss');
  return intlResponse;
}

const EMBED = new RegExp(`^/(?:(?:${LOCALE_ALTERNATION})/)?embed(/|$)`);

/**
 * A repeat visit to a stored page, answered before Next.js runs at all (see
 * lib/http/lanes.ts): the same page, headers and fresh nonce the proxy would
 * give, gzip-compressed as Next.js would.
 */
registerFastLane('pages', async (req) => {
  const visit = nodeVisitOf(req);
  // The cache's own renders go through Next.js.
  if (visit.hasHeader(FILL_HEADER) || !(await mayUseCache(visit, SESSION_COOKIES))) return null;
  const page = await cache.lookup(requestSignature(visit));
  if (!page) return null;
  const nonce = newNonce();
  const csp = contentSecurityPolicy({ nonce, tileUrls: mapTileUrls(), embeddable: EMBED.test(visit.pathname), dev: false });
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (const [name, value] of pageHeaders(page, placeholder, nonce)) {
    const lower = name.toLowerCase();
    if (lower === 'set-cookie') cookies.push(value);
    else headers[lower] = lower in headers ? `${headers[lower]}, ${value}` : value;
  }
  headers['content-security-policy'] = csp;
  headers['x-page-cache'] = 'hit';
  headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
  if (servedOverHttps()) headers['strict-transport-security'] = STRICT_TRANSPORT_SECURITY;
  // Compressed per visit, as Next.js would (zlib's default level): each response has its own nonce.
  const plain = Buffer.concat(pageChunks(page, nonce));
  const gzip = negotiateEncoding(headerOf(req, 'accept-encoding'), ['gzip', 'identity']) === 'gzip';
  const body = gzip ? gzipSync(plain) : plain;
  if (gzip) headers['content-encoding'] = 'gzip';
  headers['content-length'] = String(body.byteLength);
  return { status: 200, headers: cookies.length > 0 ? { ...headers, 'set-cookie': cookies } : headers, body };
});
