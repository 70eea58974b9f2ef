import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { campaigns, type Campaign } from '@/db/schema';

/** The campaign the public map shows: the one organisers chose, else the latest published. */
export async function getPublicCampaign(): Promise<Campaign | undefined> {
  const [row] = await getDb()
    .select()
    .from(campaigns)
    .where(eq(campaigns.published, true))
    .orderBy(desc(campaigns.showOnMap), desc(campaigns.year))
    .limit(1);
  return row;
}

/** A published campaign by year, or undefined. */
export async function getPublishedCampaign(year: number): Promise<Campaign | undefined> {
  const [row] = await getDb()
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.year, year), eq(campaigns.published, true)))
    .limit(1);
  return row;
}

/** Published campaigns, newest first. */
export async function listPublishedCampaigns(): Promise<Campaign[]> {
  return getDb().select().from(campaigns).where(eq(campaigns.published, true)).orderBy(desc(campaigns.year));
}
