import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';
import { fromPageCache, missedPageCache, nonceFor } from './app/_lib/anonymous-page-cache';
import { contentSecurityPolicy } from './lib/csp';

const intl = createMiddleware(routing);

/** Pages for signed-in users only; the pages and actions check again, this only saves a round trip. */
const PROTECTED = /^\/(?:(?:fr|nl|de)\/)?(coordinate|organise|account)(\/|$)/;
const EMBED = /^\/(?:(?:en|fr|nl|de)\/)?embed(\/|$)/;
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];
const TILE_URL = process.env.TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/**
 * A server action's form that cannot be read (broken multipart, or cut off
 * past the body size limit) is answered here with a 400: Next.js would fail
 * on it with a 500 before any of our code runs.
 */
async function unreadableActionBody(request: NextRequest): Promise<boolean> {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return false;
  if (!(request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) return false;
  try {
    await request.clone().formData();
    return false;
  } catch {
    return true;
  }
}

export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (await unreadableActionBody(request)) {
    return new NextResponse('The form could not be read. Please try again.', { status: 400 });
  }
  if (PROTECTED.test(pathname) && !SESSION_COOKIES.some((c) => request.cookies.has(c))) {
    const locale = pathname.match(/^\/(fr|nl|de)(\/|$)/)?.[1];
    const url = request.nextUrl.clone();
    url.pathname = locale ? `/${locale}/sign-in` : '/sign-in';
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
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
  if (cached) return cached;

  // Next.js reads the nonce from the request's CSP header and puts it on its
  // own scripts; next-intl passes these request headers on.
  request.headers.set('x-nonce', nonce);
  request.headers.set('content-security-policy', csp);
  const response = intl(request);
  response.headers.set('Content-Security-Policy', csp);
  missedPageCache(request, SESSION_COOKIES, response);
  return response;
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: ['/((?!api|_next|_vercel|uploads|.*\\..*).*)'],
};
