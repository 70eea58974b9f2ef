import 'server-only';
import { and, eq, isNotNull, ne, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { campaigns, cities, events, partners } from '@/db/schema';
import type { EventApprovedVersion } from '@/lib/constants';
import { photoUrl } from '@/lib/photos/photos';
import { sortEvents, toPublicEvent, type ApprovedEventRow, type PublicEvent } from './public-view';

/**
 * Partners' events as the public may see them: only their approved version
 * (`events.approved`, frozen when an organiser approved it; a later edit
 * waits for review while the public keeps this), only in a published
 * campaign, never a withdrawn one, and never the live columns or the
 * `contact` only organisers see. The organisation's approved logo only.
 */
const columns = {
  id: events.id,
  approved: events.approved,
  partner: { id: partners.id, name: partners.name, names: partners.names, website: partners.website, logo: partners.logo },
  city: { id: cities.id, name: cities.name, names: cities.names },
};

// The approved version names its city; the live column may already hold an edit's.
const approvedCityId = sql<number>`json_extract(${events.approved}, '$.cityId')`;

function select() {
  return getDb()
    .select({ ...columns, year: campaigns.year, hashtags: campaigns.hashtags })
    .from(events)
    .innerJoin(campaigns, eq(campaigns.id, events.campaignId))
    .innerJoin(partners, eq(partners.id, events.partnerId))
    // The approved version's city: the place the public was told about.
    .innerJoin(cities, eq(cities.id, approvedCityId));
}

const isPublic = and(isNotNull(events.approved), ne(events.status, 'withdrawn'), eq(campaigns.published, true));

function rowOf(r: { id: number; approved: EventApprovedVersion | null; partner: ApprovedEventRow['partner']; city: ApprovedEventRow['city'] }): ApprovedEventRow {
  return { id: r.id, approved: r.approved!, partner: r.partner, city: r.city };
}

/** A published campaign's public events in `locale`, in list order (day, city, start). */
export async function listPublicEvents(year: number, locale: string): Promise<PublicEvent[]> {
  const rows = await select().where(and(eq(campaigns.year, year), isPublic));
  return sortEvents(rows.map((r) => toPublicEvent(rowOf(r), locale, photoUrl)), locale);
}

/** One public event in `locale` with its campaign's year, or undefined when the public may not see it. */
export async function getPublicEvent(
  eventId: number,
  locale: string,
): Promise<{ event: PublicEvent; partnerId: number; year: number; hashtags: string[] } | undefined> {
  const [row] = await select().where(and(eq(events.id, eventId), isPublic)).limit(1);
  return row ? { event: toPublicEvent(rowOf(row), locale, photoUrl), partnerId: row.partner.id, year: row.year, hashtags: row.hashtags } : undefined;
}
