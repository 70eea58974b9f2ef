/**
 * The events the public may know of, read for the open data, the results and
 * the partners page: the approved version (`events.approved`, frozen at
 * approval) of each event of a published campaign, with its organisation and
 * its city. The contact on the spot and anything still waiting for review
 * never leave this module.
 */
import 'server-only';
import { and, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import { getDb } from '@/db';
import { campaigns, cities, events, partners } from '@/db/schema';
import type { EventApprovedVersion, NamesByLocale, PartnerKind } from '@/lib/constants';
import { photoUrl } from '@/lib/photos/photos';

/** The approved version (less its city's id, given whole below) with what the open data tells besides. */
export type OpenEvent = Omit<EventApprovedVersion, 'cityId'> & {
  id: number;
  year: number;
  /** When the public version last changed (its approval), else when the row did. */
  lastModified: number;
  partner: { id: number; name: string; names: NamesByLocale; kind: PartnerKind; website: string; listed: boolean; position: number; logoUrl: string | null };
  city: { id: number; name: string; names: NamesByLocale; province: string; country: string };
};

/** Earliest first, then by city and title, so every format lists them in the same order. */
export const byStartThenPlace = (a: OpenEvent, b: OpenEvent) =>
  a.startsAt - b.startsAt || a.city.name.localeCompare(b.city.name, 'en') || a.title.localeCompare(b.title, 'en') || a.id - b.id;

/** The approved events of a campaign (published or not: callers decide), in `byStartThenPlace` order. */
export async function listOpenEvents(campaignId: number): Promise<OpenEvent[]> {
  const db = getDb();
  const rows = await db
    .select({
      id: events.id,
      approved: events.approved,
      reviewedAt: events.reviewedAt,
      updatedAt: events.updatedAt,
      year: campaigns.year,
      partner: {
        id: partners.id,
        name: partners.name,
        names: partners.names,
        kind: partners.kind,
        website: partners.website,
        listed: partners.listed,
        position: partners.position,
        // Only the logo an organiser approved; a pending one is never public.
        logo: partners.logo,
      },
    })
    .from(events)
    .innerJoin(campaigns, eq(campaigns.id, events.campaignId))
    .innerJoin(partners, eq(partners.id, events.partnerId))
    .where(and(eq(events.campaignId, campaignId), isNotNull(events.approved), ne(events.status, 'withdrawn')));
  // The approved version names its own city (an edit waiting for review may have moved the event).
  const cityIds = [...new Set(rows.map((r) => r.approved!.cityId))];
  const cityRows = cityIds.length
    ? await db
        .select({ id: cities.id, name: cities.name, names: cities.names, province: cities.province, country: cities.country })
        .from(cities)
        .where(inArray(cities.id, cityIds))
    : [];
  const cityById = new Map(cityRows.map((c) => [c.id, c]));
  const list: OpenEvent[] = [];
  for (const r of rows) {
    const v = r.approved!;
    const city = cityById.get(v.cityId);
    if (!city) continue;
    const { logo, ...partner } = r.partner;
    list.push({
      id: r.id,
      year: r.year,
      kind: v.kind,
      title: v.title,
      titles: v.titles ?? {},
      description: v.description,
      descriptions: v.descriptions ?? {},
      address: v.address,
      lat: v.lat,
      lng: v.lng,
      startsAt: v.startsAt,
      endsAt: v.endsAt,
      timeZone: v.timeZone,
      link: v.link,
      accessibility: v.accessibility,
      lastModified: (r.reviewedAt ?? r.updatedAt).getTime(),
      partner: { ...partner, logoUrl: logo ? photoUrl(logo) : null },
      city: { ...city, names: city.names ?? {} },
    });
  }
  return list.sort(byStartThenPlace);
}
