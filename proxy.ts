import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';
import { LOCALE_ALTERNATION, PREFIXED_LOCALE_ALTERNATION } from './lib/constants';
import { afterLocaleRouting, nonceFor } from './app/_lib/anonymous-page-cache';
import { contentSecurityPolicy, mapTileUrls } from './lib/http/csp';
import { limitedClientAddress, pageLimiter } from './lib/http/page-limit';
import { anonymousBodyRefusal, isUnreadableActionBody, type Refusal } from './lib/http/request-limits';
import { withTransportSecurity } from './lib/http/transport-security';
import { isLiveSession, SESSION_COOKIES } from './lib/users/sessions';
import { helpRoute } from './lib/help/routing';

const intl = createMiddleware(routing);

/** Pages for signed-in users only; the pages and actions check again, this only saves a round trip. */
const PROTECTED = new RegExp(`^/(?:(?:${PREFIXED_LOCALE_ALTERNATION})/)?(coordinate|organise|account)(/|$)`);
const PREFIXED_LOCALE = new RegExp(`^/(${PREFIXED_LOCALE_ALTERNATION})(/|$)`);
const EMBED = new RegExp(`^/(?:(?:${LOCALE_ALTERNATION})/)?embed(/|$)`);
/** What is not a page: route handlers, Next.js's files, photos, files with an extension. */
const NOT_A_PAGE = /^\/(?:api|_next|_vercel|uploads)(?:\/|$)|\.[^/]*$/;

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
  // A request with a body to a route handler or a file (see the matcher):
  // checked above, and on its way.
  if (NOT_A_PAGE.test(pathname)) return withTransportSecurity(NextResponse.next());

  if (PROTECTED.test(pathname) && !signedIn) {
    const locale = pathname.match(PREFIXED_LOCALE)?.[1];
    const url = request.nextUrl.clone();
    url.pathname = locale ? `/${locale}/sign-in` : '/sign-in';
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return withTransportSecurity(NextResponse.redirect(url));
  }

  // The help page chooses its language by the browser's, among its own (lib/help/routing.ts).
  const help = helpRoute(pathname, request.headers.get('accept-language'));
  if (help && 'redirectTo' in help) {
    const url = request.nextUrl.clone();
    url.pathname = help.redirectTo;
    url.search = '';
    const redirect = NextResponse.redirect(url);
    redirect.headers.set('Cache-Control', 'private, no-store');
    redirect.headers.set('Vary', 'Accept-Language');
    return withTransportSecurity(redirect);
  }

  const nonce = nonceFor(request);
  const csp = contentSecurityPolicy({
    nonce,
    tileUrls: mapTileUrls(),
    embeddable: EMBED.test(pathname),
    dev: process.env.NODE_ENV === 'development',
  });
  // Next.js reads the nonce from the request's CSP header and puts it on its
  // own scripts; next-intl passes these request headers on.
  request.headers.set('x-nonce', nonce);
  request.headers.set('content-security-policy', csp);
  const response = help ? NextResponse.next({ request: { headers: request.headers } }) : intl(request);
  response.headers.set('Content-Security-Policy', csp);
  const answer = await afterLocaleRouting(request, SESSION_COOKIES, response, nonce, csp);
  return withTransportSecurity(renderRefusal(request, answer) ?? answer);
}

/**
 * A page about to be rendered counts against its client address's limit
 * (lib/http/page-limit.ts); a stored page or a redirect does not. Over the
 * limit: 429, and when to try again.
 */
function renderRefusal(request: NextRequest, answer: NextResponse): NextResponse | null {
  if (answer.headers.get('x-page-cache') === 'hit' || answer.headers.has('location') || (answer.status >= 300 && answer.status < 400)) return null;
  const address = limitedClientAddress(request.headers);
  if (!address) return null;
  const taken = pageLimiter().take(address);
  if (taken.ok) return null;
  return new NextResponse('Too many pages asked for from your address. Please wait a moment and try again.', {
    status: 429,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(taken.retryAfterSeconds), 'Cache-Control': 'no-store' },
  });
}

export const config = {
  // Literal values only: Next.js reads them at build time.
  matcher: [
    // Pages: language routing, the CSP nonce, the page cache.
    '/((?!api|_next|_vercel|uploads|.*\\..*).*)',
    // Any request that may carry a body, whatever its path: Next.js takes a
    // form posted to any path (`/x.y`, `/_next/static/none.js`…) for a server
    // action and parses it. A plain GET of a file or a route handler does not
    // pay for the proxy (it halves the rate of small static files and costs
    // the open-data feed about a third); route handlers add the transport
    // header themselves (lib/transport-security.ts).
    { source: '/:path*', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'content-length' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'transfer-encoding' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
