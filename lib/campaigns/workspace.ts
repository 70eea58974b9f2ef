/** The campaigns the coordinator workspace offers: the one open for registration, and the others by year. */
import 'server-only';
import { asc, desc, eq, gte } from 'drizzle-orm';
import { getDb } from '@/db';
import { campaigns, type Campaign } from '@/db/schema';

/**
 * The campaign coordinators work on: the one open for registration (its
 * deadline not yet passed; the nearest if several are), published or not, since
 * registration comes before the public announcement; else the latest one.
 * A city official opening the workspace in November wants next year's
 * campaign as soon as the organisers have opened it, and before that the last one.
 */
export async function getWorkspaceCampaign(now: Date = new Date()): Promise<Campaign | undefined> {
  const db = getDb();
  const [open] = await db
    .select()
    .from(campaigns)
    // isRegistrationOpen (./registration-open), said in SQL: open through the deadline's own instant.
    .where(gte(campaigns.registrationDeadline, now))
    .orderBy(asc(campaigns.registrationDeadline))
    .limit(1);
  if (open) return open;
  const [latest] = await db.select().from(campaigns).orderBy(desc(campaigns.year)).limit(1);
  return latest;
}

/** A campaign by year, for the workspace's year switcher. */
export async function getCampaignByYear(year: number): Promise<Campaign | undefined> {
  const [row] = await getDb().select().from(campaigns).where(eq(campaigns.year, year));
  return row;
}

/** Every campaign's year, newest first. */
export async function listCampaignYears(): Promise<number[]> {
  const rows = await getDb().select({ year: campaigns.year }).from(campaigns).orderBy(desc(campaigns.year));
  return rows.map((r) => r.year);
}
