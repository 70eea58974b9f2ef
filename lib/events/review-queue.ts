/** What the organisers' review reads of partners' events: the submitted ones, with all the review page shows. */
import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { campaigns, cities, events, partners, users, type PartnerEvent } from '@/db/schema';
import type { Locale } from '@/lib/constants';
import { authorize, canReview, type Actor } from '@/lib/permissions';
import { eventReviewVersionOf } from './review';

export type EventQueueItem = {
  event: PartnerEvent;
  year: number;
  partner: { id: number; name: string };
  city: { id: number; name: string; names: Partial<Record<Locale, string>>; country: string };
  submittedBy: { name: string | null; email: string } | null;
  /** For an edit of an approved event that moved to another city: the city the public sees now. */
  approvedCity: { name: string; names: Partial<Record<Locale, string>> } | null;
  /** What the decision on this event must name (`eventReviewVersionOf`). */
  version: string;
};

/** The events waiting for review, oldest first (optionally of one campaign year). */
export async function listEventReviewQueue(actor: Actor, { year }: { year?: number } = {}): Promise<EventQueueItem[]> {
  authorize(actor, canReview(actor));
  const rows = await getDb()
    .select({
      event: events,
      year: campaigns.year,
      partner: { id: partners.id, name: partners.name },
      city: { id: cities.id, name: cities.name, names: cities.names, country: cities.country },
      submitter: { name: users.name, email: users.email },
    })
    .from(events)
    .innerJoin(campaigns, eq(campaigns.id, events.campaignId))
    .innerJoin(partners, eq(partners.id, events.partnerId))
    .innerJoin(cities, eq(cities.id, events.cityId))
    .leftJoin(users, eq(users.id, events.submittedBy))
    .where(and(eq(events.status, 'submitted'), year ? eq(campaigns.year, year) : undefined))
    .orderBy(asc(events.updatedAt), asc(events.id));
  // The cities approved versions name, where an edit moved the event elsewhere.
  const movedFrom = [...new Set(rows.flatMap((r) => (r.event.approved && r.event.approved.cityId !== r.event.cityId ? [r.event.approved.cityId] : [])))];
  const earlierCities = new Map(
    movedFrom.length ? (await getDb().select({ id: cities.id, name: cities.name, names: cities.names }).from(cities).where(inArray(cities.id, movedFrom))).map((c) => [c.id, c]) : [],
  );
  return rows.map((r) => ({
    event: r.event,
    year: r.year,
    partner: r.partner,
    city: r.city,
    submittedBy: r.submitter?.email ? { name: r.submitter.name, email: r.submitter.email } : null,
    approvedCity: r.event.approved && r.event.approved.cityId !== r.event.cityId ? (earlierCities.get(r.event.approved.cityId) ?? null) : null,
    version: eventReviewVersionOf(r.event),
  }));
}
