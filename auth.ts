import { DrizzleAdapter } from '@auth/drizzle-adapter';
import NextAuth, { type NextAuthConfig } from 'next-auth';
import type { NextRequest } from 'next/server';
import Nodemailer from 'next-auth/providers/nodemailer';
import { getDb } from '@/db';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { env } from '@/lib/env';
import { localeOfPath } from '@/lib/localized';
import { sendSignInLink, SIGN_IN_LINK_MAX_AGE_S } from '@/lib/mail/sign-in';
import { isInvited, setLocaleOnSignIn } from '@/lib/users/users';

/**
 * The language of the page a sign-in link was asked from, when `request` is
 * the link being used: Auth.js puts the page to return to in the link
 * (`callbackUrl`, e.g. `/fr/start`). Null for any other request.
 */
export function signInPageLocale(request: Pick<Request, 'url'> | undefined) {
  if (!request) return null;
  const url = new URL(request.url);
  if (!/^\/api\/auth\/callback\//.test(url.pathname)) return null;
  const callbackUrl = url.searchParams.get('callbackUrl');
  if (!callbackUrl) return null;
  try {
    return localeOfPath(new URL(callbackUrl, env().siteUrl).pathname);
  } catch {
    return null;
  }
}

/** A sign-in link is valid for one hour, and once (lib/mail/sign-in.ts). */
export { SIGN_IN_LINK_MAX_AGE_S };

/**
 * The Auth.js configuration, built per request so that importing this module
 * (as `next build` does) does not open the database. Links are built from
 * AUTH_URL, which the server always sets (lib/start-up/prepare.ts): no request header
 * decides where a sign-in link points.
 *
 * A person's mail language follows the page they sign in from, set when
 * their link is used (`events.signIn`) rather than when it is asked for:
 * anyone may ask for a link to any address, only its owner can use it.
 */
export function authConfig(request?: Pick<Request, 'url'>): NextAuthConfig {
  const { AUTH_SECRET, EMAIL_SERVER, EMAIL_FROM } = env();
  return {
    secret: AUTH_SECRET ?? process.env.AUTH_SECRET,
    adapter: DrizzleAdapter(getDb(), {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    session: { strategy: 'database', maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    providers: [
      Nodemailer({
        // The link goes into the outbox, whose sender delivers it (lib/mail/sign-in.ts);
        // links are logged only on a demo set-up without a mail server.
        server: EMAIL_SERVER ?? 'smtp://127.0.0.1:25',
        from: EMAIL_FROM,
        maxAge: SIGN_IN_LINK_MAX_AGE_S,
        async sendVerificationRequest({ identifier, url, expires }) {
          await sendSignInLink({ to: identifier, url, expires });
        },
      }),
    ],
    pages: {
      signIn: '/sign-in',
      verifyRequest: '/sign-in/check-email',
      error: '/sign-in/error',
    },
    callbacks: {
      // Invite-only, checked both when a link is sent and when it is used.
      async signIn({ user }) {
        return Boolean(user.email && (await isInvited(user.email)));
      },
      session({ session, user }) {
        session.user.id = user.id;
        return session;
      },
    },
    events: {
      signIn({ user }) {
        const locale = signInPageLocale(request);
        if (locale && user.id) setLocaleOnSignIn(user.id, locale);
      },
    },
  };
}

export const { handlers, auth, signOut } = NextAuth((request: NextRequest | undefined) => authConfig(request));
