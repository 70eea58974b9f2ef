/**
 * Rate limits kept in SQLite, so that every server process counts the same
 * attempts.
 *
 * The rule for sign-in links (README, "Signing in"):
 * - a client address may ask for at most SIGN_IN_CLIENT_LIMIT links in 15
 *   minutes, whatever the addresses; past that it is told to wait;
 * - an e-mail address receives at most one link a minute and five an hour.
 *   A request over that cap gets the same answer as any other and sends
 *   nothing: the owner already has a link of the last hour in their mailbox,
 *   so asking for their address from elsewhere cannot lock them out.
 * Only admitted attempts are counted: hammering a refused key does not push
 * its lockout further away.
 */
import 'server-only';
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import { writeTransaction } from '@/db';
import { rateLimitHits } from '@/db/schema';

export type RateLimit = { max: number; windowMs: number };

const MINUTE = 60 * 1000;
/** No limit looks further back than this; older hits are deleted. */
const LONGEST_WINDOW = 24 * 60 * MINUTE;

/** Sign-in link requests from one client address (a city hall's staff may share one). */
export function signInClientLimits(max: number): RateLimit[] {
  return [{ max, windowMs: 15 * MINUTE }];
}

/** Sign-in mails to one e-mail address. */
export const SIGN_IN_MAIL_LIMITS: RateLimit[] = [
  { max: 1, windowMs: MINUTE },
  { max: 5, windowMs: 60 * MINUTE },
];

/**
 * Counts one attempt for `key` if it is within every limit, and says whether
 * it was. A refused attempt is not counted.
 */
export async function take(key: string, limits: RateLimit[], now = new Date()): Promise<boolean> {
  return writeTransaction((tx) => {
    tx.delete(rateLimitHits).where(lt(rateLimitHits.at, new Date(now.getTime() - LONGEST_WINDOW))).run();
    for (const limit of limits) {
      const since = new Date(now.getTime() - limit.windowMs);
      const row = tx
        .select({ n: sql<number>`count(*)` })
        .from(rateLimitHits)
        .where(and(eq(rateLimitHits.key, key), gte(rateLimitHits.at, since)))
        .get();
      if ((row?.n ?? 0) >= limit.max) return false;
    }
    tx.insert(rateLimitHits).values({ key, at: now }).run();
    return true;
  });
}
