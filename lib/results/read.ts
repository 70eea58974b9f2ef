import 'server-only';
import { and, asc, eq, isNotNull, lte } from 'drizzle-orm';
import { getDb } from '@/db';
import { campaigns, cities, illuminations, type Campaign } from '@/db/schema';
import { selectRegistrations } from '../registrations/joined';
import { campaignFigures, growth, type CampaignFigures, type ResultRow, type YearFigures } from './figures';

export type CampaignResults = { campaign: Campaign; figures: CampaignFigures; growth: YearFigures[] };

/**
 * The approved registrations of published campaigns up to `year`: what the
 * public map showed. A registration counts by its approved version (an
 * approved one whose edit awaits review still took part); its kind is the
 * approved one's too.
 */
async function approvedRows(year: number): Promise<{ year: number; row: ResultRow }[]> {
  const rows = await selectRegistrations({
    year: campaigns.year,
    approved: illuminations.approved,
    litAt: illuminations.litAt,
    cityId: cities.id,
    country: cities.country,
    province: cities.province,
  })
    .where(and(eq(campaigns.published, true), lte(campaigns.year, year), isNotNull(illuminations.approved)));
  return rows.map((r) => ({
    year: r.year,
    row: { cityId: r.cityId, country: r.country, province: r.province, kind: r.approved!.kind, lit: r.litAt !== null },
  }));
}

/** A published campaign's results and the growth up to it; undefined for a year that is not published. */
export async function campaignResults(year: number): Promise<CampaignResults | undefined> {
  const db = getDb();
  const [campaign] = await db.select().from(campaigns).where(and(eq(campaigns.year, year), eq(campaigns.published, true)));
  if (!campaign) return undefined;
  const published = await db
    .select({ year: campaigns.year })
    .from(campaigns)
    .where(and(eq(campaigns.published, true), lte(campaigns.year, year)))
    .orderBy(asc(campaigns.year));
  const rows = await approvedRows(year);
  const perYear = published.map((c) => ({ year: c.year, rows: rows.filter((r) => r.year === c.year).map((r) => r.row) }));
  return {
    campaign,
    figures: campaignFigures(perYear.find((p) => p.year === year)!.rows),
    growth: growth(perYear),
  };
}
