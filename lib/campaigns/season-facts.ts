/** Reads the facts the season checklist is computed from, for the campaign of the moment or a chosen year. */
import 'server-only';
import { and, count, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { campaigns, cities, cityCoordinators, events, illuminations, sentReminders, users, type Campaign } from '@/db/schema';
import { ILLUMINATION_STATUSES, type IlluminationStatus } from '@/lib/constants';
import { authorize, canReview, type Actor } from '../permissions';
import { campaignOfTheMoment, type MomentReason } from './moment';
import { seasonChecklist, type SeasonChecklist, type SeasonFacts } from './season';

export type Season = {
  /** The campaign shown (null: there is none yet), and why it is the one when no year was asked for. */
  campaign: Campaign | null;
  reason: MomentReason | 'chosen' | null;
  /** Every campaign's year, newest first, for the switch. */
  years: number[];
  facts: SeasonFacts;
  checklist: SeasonChecklist;
};

async function factsOf(campaign: Campaign | null): Promise<SeasonFacts> {
  const db = getDb();
  const [cityCount] = await db.select({ n: count() }).from(cities);
  // A coordinator is invited once they are active and act for a city; they have signed in once Auth.js has verified their address.
  const people = await db
    .selectDistinct({ id: users.id, verified: users.emailVerified })
    .from(users)
    .innerJoin(cityCoordinators, eq(cityCoordinators.userId, users.id))
    .where(and(eq(users.role, 'coordinator'), isNull(users.deactivatedAt)));
  const statuses = Object.fromEntries(ILLUMINATION_STATUSES.map((s) => [s, 0])) as Record<IlluminationStatus, number>;
  let lit = 0;
  let remindersSent = 0;
  let eventsWaiting = 0;
  if (campaign) {
    const [waiting] = await db.select({ n: count() }).from(events).where(and(eq(events.campaignId, campaign.id), eq(events.status, 'submitted')));
    eventsWaiting = waiting?.n ?? 0;
    const rows = await db.select({ status: illuminations.status, n: count() }).from(illuminations).where(eq(illuminations.campaignId, campaign.id)).groupBy(illuminations.status);
    for (const r of rows) statuses[r.status] = r.n;
    const [litRow] = await db
      .select({ n: count() })
      .from(illuminations)
      .where(and(eq(illuminations.campaignId, campaign.id), eq(illuminations.status, 'approved'), isNotNull(illuminations.litAt)));
    lit = litRow?.n ?? 0;
    const [sent] = await db.select({ n: count() }).from(sentReminders).where(and(eq(sentReminders.campaignId, campaign.id), eq(sentReminders.kind, 'deadline')));
    remindersSent = sent?.n ?? 0;
  }
  return {
    campaign,
    cities: cityCount?.n ?? 0,
    coordinators: people.length,
    coordinatorsSignedIn: people.filter((p) => p.verified !== null).length,
    remindersSent,
    statuses,
    eventsWaiting,
    lit,
  };
}

/**
 * The season as the organisers' overview shows it: the campaign of `year`, or
 * by default the campaign of the moment, its facts and checklist.
 */
export async function getSeason(actor: Actor, now: Date, year?: number): Promise<Season> {
  authorize(actor, canReview(actor));
  const all = await getDb().select().from(campaigns).orderBy(desc(campaigns.year));
  const chosen = year === undefined ? undefined : all.find((c) => c.year === year);
  const moment = chosen ? { campaign: chosen, reason: 'chosen' as const } : campaignOfTheMoment(all, now);
  const campaign = moment?.campaign ?? null;
  const facts = await factsOf(campaign);
  return { campaign, reason: moment?.reason ?? null, years: all.map((c) => c.year), facts, checklist: seasonChecklist(facts, now) };
}
