import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';
import { afterLocaleRouting, fromPageCache, nonceFor } from './app/_lib/anonymous-page-cache';
import { contentSecurityPolicy } from './lib/csp';
import { servedOverHttps } from './lib/env';
import { anonymousBodyRefusal, isUnreadableActionBody, STRICT_TRANSPORT_SECURITY, type Refusal } from './lib/request-limits';
import { isLiveSession } from './lib/users';

const intl = createMiddleware(routing);

/** Pages for signed-in users only; the pages and actions check again, this only saves a round trip. */
const PROTECTED = /^\/(?:(?:fr|nl|de)\/)?(coordinate|organise|account)(\/|$)/;
const EMBED = /^\/(?:(?:en|fr|nl|de)\/)?embed(\/|$)/;
/** What is not a page: route handlers, Next.js's files, photos, files with an extension. */
const NOT_A_PAGE = /^\/(?:api|_next|_vercel|uploads)(?:\/|$)|\.[^/]*$/;
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];
const TILE_URL = process.env.TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** HSTS on every response when the configured address is https (browsers ignore it over http). */
function withTransportSecurity<T extends Response>(response: T): T {
  if (servedOverHttps()) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  return response;
}

/**
 * A visitor without a session may only send small bodies (the sign-in form):
 * a larger one is refused by its declared length, before Next.js or we parse
 * it. A session cookie counts only if it is a live session: one indexed
 * lookup, made only for a body an anonymous visitor could not send. (Next.js
 * still receives the body before it answers: a reverse proxy's body size
 * limit is what stops an upload early.)
 */
async function bodyRefusal(request: NextRequest): Promise<Refusal | null> {
  const refusal = anonymousBodyRefusal(request);
  if (!refusal) return null;
  const token = SESSION_COOKIES.map((c) => request.cookies.get(c)?.value).find(Boolean);
  return token && (await isLiveSession(token)) ? null : refusal;
}

export default async function proxy(request: NextRequest) {
  const signedIn = SESSION_COOKIES.some((c) => request.cookies.has(c));
  const refusal = await bodyRefusal(request);
  if (refusal) {
    return withTransportSecurity(
      new NextResponse(refusal.message, { status: refusal.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }),
    );
  }
  if (await isUnreadableActionBody(request)) {
    return withTransportSecurity(new NextResponse('The form could not be read. Please try again.', { status: 400 }));
  }

  const { pathname, search } = request.nextUrl;
  // The proxy sees every request so that every response gets the headers
  // above; only pages go on to the language routing and the page cache.
  if (NOT_A_PAGE.test(pathname)) return withTransportSecurity(NextResponse.next());

  if (PROTECTED.test(pathname) && !signedIn) {
    const locale = pathname.match(/^\/(fr|nl|de)(\/|$)/)?.[1];
    const url = request.nextUrl.clone();
    url.pathname = locale ? `/${locale}/sign-in` : '/sign-in';
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return withTransportSecurity(NextResponse.redirect(url));
  }

  const nonce = nonceFor(request);
  const csp = contentSecurityPolicy({
    nonce,
    tileUrl: TILE_URL,
    embeddable: EMBED.test(pathname),
    dev: process.env.NODE_ENV === 'development',
  });
  // An anonymous visit to a public page is answered from memory when it can be.
  const cached = fromPageCache(request, SESSION_COOKIES, nonce, csp);
  if (cached) return withTransportSecurity(cached);

  // Next.js reads the nonce from the request's CSP header and puts it on its
  // own scripts; next-intl passes these request headers on.
  request.headers.set('x-nonce', nonce);
  request.headers.set('content-security-policy', csp);
  const response = intl(request);
  response.headers.set('Content-Security-Policy', csp);
  return withTransportSecurity(afterLocaleRouting(request, SESSION_COOKIES, response, nonce, csp));
}

export const config = {
  // Every request, static files included: each response gets the transport
  // security header, and no body is read before the size check above.
  matcher: ['/:path*'],
};
