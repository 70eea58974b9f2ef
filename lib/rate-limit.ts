import { and, eq, gte, lt, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { rateLimitHits } from '@/db/schema';

export type RateLimit = { max: number; windowMs: number };

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** Sign-in links for one address: 5 requests per 15 minutes. */
export const SIGN_IN_ADDRESS_LIMIT: RateLimit = { max: 5, windowMs: FIFTEEN_MINUTES };

/**
 * Sign-in links from one client address. Higher than per address: a city
 * hall's staff may all sit behind one address.
 */
export function signInClientLimit(max: number): RateLimit {
  return { max, windowMs: FIFTEEN_MINUTES };
}

/**
 * Counts one attempt for each key and says whether all keys are still within
 * the limit. Counting happens even when refused, so hammering keeps a key locked.
 */
export async function hit(
  checks: { key: string; limit: RateLimit }[],
  now = new Date(),
): Promise<{ allowed: boolean }> {
  const db = getDb();
  let allowed = true;
  const longest = Math.max(...checks.map((c) => c.limit.windowMs));
  db.transaction((tx) => {
    // Hits older than every window are of no further use.
    tx.delete(rateLimitHits).where(lt(rateLimitHits.at, new Date(now.getTime() - longest))).run();
    for (const { key, limit } of checks) {
      const since = new Date(now.getTime() - limit.windowMs);
      const row = tx
        .select({ n: sql<number>`count(*)` })
        .from(rateLimitHits)
        .where(and(eq(rateLimitHits.key, key), gte(rateLimitHits.at, since)))
        .get();
      if ((row?.n ?? 0) >= limit.max) allowed = false;
      tx.insert(rateLimitHits).values({ key, at: now }).run();
    }
  });
  return { allowed };
}
