import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

const intl = createMiddleware(routing);

/** Pages for signed-in users only; the pages and actions check again, this only saves a round trip. */
const PROTECTED = /^\/(?:(?:fr|nl|de)\/)?(coordinate|organise|account)(\/|$)/;
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PROTECTED.test(pathname) && !SESSION_COOKIES.some((c) => request.cookies.has(c))) {
    const locale = pathname.match(/^\/(fr|nl|de)(\/|$)/)?.[1];
    const url = request.nextUrl.clone();
    url.pathname = locale ? `/${locale}/sign-in` : '/sign-in';
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  return intl(request);
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: ['/((?!api|_next|_vercel|uploads|.*\\..*).*)'],
};
