import 'server-only';
import { Auth, raw, setEnvDefaults, skipCSRFCheck, type AuthConfig } from '@auth/core';
import { after } from 'next/server';
import { authConfig } from '@/auth';
import { env } from '@/lib/env';
import { SIGN_IN_MAIL_LIMITS, signInClientLimits, take } from '@/lib/http';
import { isInvited } from '@/lib/users';

export type SignInRequest = {
  /** Already validated and lower-cased. */
  email: string;
  /** A path on this site, in the reader's language. */
  callbackUrl: string;
  /** The client's address as the server worked it out (never a header the client chose), or null if unknown. */
  client: string | null;
};

/**
 * Asks for a sign-in link: the one way to get one, used by the sign-in form
 * and by Auth.js's own endpoint alike.
 *
 * The answer depends on the asking client only, never on the address: invited,
 * unknown and deactivated addresses get the same answer in the same time,
 * because whether a mail goes out is decided after the answer has left
 * (`after`), off the request path.
 */
export async function askForSignInLink({ email, callbackUrl, client }: SignInRequest): Promise<'accepted' | 'client_limited'> {
  const admitted = await take(`sign-in:client:${client ?? 'unknown'}`, signInClientLimits(env().SIGN_IN_CLIENT_LIMIT));
  if (!admitted) return 'client_limited';
  after(() => deliverSignInLink(email, callbackUrl));
  return 'accepted';
}

/** Attempts at sending one link, and the wait before each retry. */
const RETRY_DELAYS_MS = [2_000, 10_000];

/**
 * Sends the link if the address is invited and within its mail cap. Auth.js
 * makes the token and calls our mailer (auth.ts); its endpoint is addressed
 * at the configured public address, so the link in the mail points there.
 * A failed send is retried a couple of times; nothing of it reaches the
 * person who asked.
 */
export async function deliverSignInLink(email: string, callbackUrl: string): Promise<void> {
  try {
    if (!(await isInvited(email))) return;
    if (!(await take(`sign-in:mail:${email}`, SIGN_IN_MAIL_LIMITS))) return;
    const config: AuthConfig & { raw: typeof raw } = { ...authConfig(), basePath: '/api/auth', raw, skipCSRFCheck };
    setEnvDefaults(process.env, config);
    const endpoint = new URL('/api/auth/signin/nodemailer', env().siteUrl);
    for (let attempt = 0; ; attempt++) {
      const request = new Request(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email, callbackUrl }),
      });
      try {
        const result = await Auth(request, config);
        if (!result.redirect?.includes('/error')) return;
        throw new Error(`Auth.js answered ${result.redirect}`);
      } catch (error) {
        const delay = RETRY_DELAYS_MS[attempt];
        if (delay === undefined) throw error;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  } catch (error) {
    // The address stays out of the log line's reach of the link itself.
    console.error('[blue-lights] sign-in link not sent:', error instanceof Error ? error.message : error);
  }
}
