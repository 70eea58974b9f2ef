import type { NextRequest } from 'next/server';
import { askForSignInLink } from '@/app/_auth/sign-in-link';
import { clientAddressOf } from '@/app/_lib/client-key';
import { handlers } from '@/auth';
import { env } from '@/lib/env';
import { transportSecured } from '@/lib/http/transport-security';
import { signInSchema } from '@/lib/validation/sign-in';

/** Auth.js's own pages and JSON (csrf, session, providers, the link's callback), with Strict-Transport-Security over https. */
export const GET = transportSecured((request: NextRequest) => handlers.GET(request));

/** Auth.js's forms are a few fields; nothing here needs a larger body. */
const MAX_BODY_BYTES = 16 * 1024;

/** Auth.js's endpoint that mails a sign-in link (`/api/auth/signin/nodemailer`). */
const SEND_LINK = /^\/api\/auth\/signin\/[^/]+\/?$/;

/**
 * Auth.js's own POST endpoints, except the one that sends a link: that one
 * goes through the same path as the sign-in form (app/_auth/sign-in-link.ts),
 * with the same limits and the same answer for every address. Left to Auth.js
 * it told invited addresses from unknown ones and counted no limit.
 */
export const POST = transportSecured(async function POST(request: NextRequest): Promise<Response> {
  const length = Number(request.headers.get('content-length') ?? 'NaN');
  if (!Number.isFinite(length) || length > MAX_BODY_BYTES) {
    return new Response('Request body too large or of unknown length.', { status: 413, headers: { 'Cache-Control': 'no-store' } });
  }
  if (!SEND_LINK.test(request.nextUrl.pathname)) return handlers.POST(request);

  const form = await request.formData().catch(() => null);
  const parsed = signInSchema.safeParse({ email: form?.get('email'), callbackUrl: form?.get('callbackUrl') ?? undefined });
  const site = env().siteUrl;
  const wantsJson = request.headers.has('x-auth-return-redirect');
  const answer = (path: string, status = 303) => {
    const url = new URL(path, site).toString();
    return wantsJson ? Response.json({ url }) : new Response(null, { status, headers: { Location: url, 'Cache-Control': 'no-store' } });
  };
  if (!parsed.success) return answer('/sign-in');
  const outcome = await askForSignInLink({ ...parsed.data, client: clientAddressOf(request.headers) });
  if (outcome === 'client_limited') {
    return new Response('Too many sign-in requests from this network. Please wait 15 minutes and try again.', {
      status: 429,
      headers: { 'Retry-After': '900', 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  return answer('/sign-in/check-email');
});
