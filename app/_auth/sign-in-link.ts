import 'server-only';
import { Auth, raw, setEnvDefaults, skipCSRFCheck, type AuthConfig } from '@auth/core';
import { authConfig } from '@/auth';
import { env } from '@/lib/env';
import { SIGN_IN_MAIL_LIMITS, signInClientLimits, take } from '@/lib/http/rate-limit';
import { isInvited } from '@/lib/users/users';

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
 * because the request only puts the ask in this process's queue. Whether a
 * link is made is decided off the request path (a `setImmediate` turn), and
 * the mail itself leaves through the outbox, whose sender (the scheduler)
 * does the SMTP work and its retries.
 */
export async function askForSignInLink({ email, callbackUrl, client }: SignInRequest): Promise<'accepted' | 'client_limited'> {
  const admitted = await take(`sign-in:client:${client ?? 'unknown'}`, signInClientLimits(env().SIGN_IN_CLIENT_LIMIT));
  if (!admitted) return 'client_limited';
  queueAsk({ email, callbackUrl });
  return 'accepted';
}

type Ask = Pick<SignInRequest, 'email' | 'callbackUrl'>;

// The asks not yet looked at, on globalThis: Next.js may load this module more than once.
const globalForAsks = globalThis as unknown as { blueLightsSignInAsks?: { queue: Ask[]; draining: boolean } };
const asks = (globalForAsks.blueLightsSignInAsks ??= { queue: [], draining: false });

function queueAsk(ask: Ask): void {
  asks.queue.push(ask);
  if (asks.draining) return;
  asks.draining = true;
  setImmediate(drainAsks);
}

async function drainAsks(): Promise<void> {
  try {
    for (let ask = asks.queue.shift(); ask; ask = asks.queue.shift()) await deliverSignInLink(ask.email, ask.callbackUrl);
  } finally {
    asks.draining = asks.queue.length > 0;
    if (asks.draining) setImmediate(drainAsks);
  }
}

/**
 * Queues the link if the address is invited and within its mail cap. Auth.js
 * makes the token and calls our mailer (auth.ts), which puts the mail in the
 * outbox; its endpoint is addressed at the configured public address, so the
 * link in the mail points there. The outbox retries a failed send; nothing
 * of it reaches the person who asked.
 */
export async function deliverSignInLink(email: string, callbackUrl: string): Promise<void> {
  try {
    if (!(await isInvited(email))) return;
    if (!(await take(`sign-in:mail:${email}`, SIGN_IN_MAIL_LIMITS))) return;
    const config: AuthConfig & { raw: typeof raw } = { ...authConfig(), basePath: '/api/auth', raw, skipCSRFCheck };
    setEnvDefaults(process.env, config);
    const endpoint = new URL('/api/auth/signin/nodemailer', env().siteUrl);
    const request = new Request(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, callbackUrl }),
    });
    const result = await Auth(request, config);
    if (result.redirect?.includes('/error')) throw new Error(`Auth.js answered ${result.redirect}`);
  } catch (error) {
    // The address stays out of the log line's reach of the link itself.
    console.error('[blue-lights] sign-in link not sent:', error instanceof Error ? error.message : error);
  }
}
