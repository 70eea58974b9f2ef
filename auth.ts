import { DrizzleAdapter } from '@auth/drizzle-adapter';
import NextAuth, { type NextAuthConfig } from 'next-auth';
import Nodemailer from 'next-auth/providers/nodemailer';
import { getDb } from '@/db';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { env } from '@/lib/env';
import { sendSignInLink } from '@/lib/mail/sign-in';
import { isInvited } from '@/lib/users/users';

/** A sign-in link is valid for one hour, and once. */
export const SIGN_IN_LINK_MAX_AGE_S = 60 * 60;

/**
 * The Auth.js configuration, built per request so that importing this module
 * (as `next build` does) does not open the database. Links are built from
 * AUTH_URL, which the server always sets (db/prepare.ts): no request header
 * decides where a sign-in link points.
 */
export function authConfig(): NextAuthConfig {
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
        // Mail goes through lib/mail.ts, which logs links only on a demo set-up without a server.
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
  };
}

export const { handlers, auth, signOut } = NextAuth(() => authConfig());
