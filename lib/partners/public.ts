/**
 * The partner organisations as the public sees them: only the listed ones, in
 * the organisers' order, with the logo an organiser approved (never one still
 * pending), and with their approved events of a year.
 */
import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { partners } from '@/db/schema';
import type { OpenEvent } from '@/lib/events/open-data';
import type { PartnerProfile } from '@/lib/partners/validation';
import { photoUrl } from '@/lib/photos/photos';

export type PublicPartner = PartnerProfile & {
  id: number;
  logoUrl: string | null;
};

/** The listed partners, in the organisers' order. */
export async function listListedPartners(): Promise<PublicPartner[]> {
  const rows = await getDb()
    .select({
      id: partners.id,
      name: partners.name,
      names: partners.names,
      kind: partners.kind,
      website: partners.website,
      description: partners.description,
      descriptions: partners.descriptions,
      logo: partners.logo,
    })
    .from(partners)
    .where(eq(partners.listed, true))
    .orderBy(asc(partners.position), asc(partners.id));
  return rows.map(({ logo, ...p }) => ({ ...p, names: p.names ?? {}, descriptions: p.descriptions ?? {}, logoUrl: logo ? photoUrl(logo) : null }));
}

export type PartnerWithEvents = { partner: PublicPartner; events: OpenEvent[] };

/**
 * A year's partners with their events of that year, in the organisers'
 * order. An earlier year shows those that held an event in it; the campaign
 * of the moment (`everyListed`) shows every listed partner, events or not yet.
 */
export function partnersOfYear(listed: PublicPartner[], events: OpenEvent[], everyListed: boolean): PartnerWithEvents[] {
  return listed
    .map((partner) => ({ partner, events: events.filter((e) => e.partner.id === partner.id) }))
    .filter((p) => everyListed || p.events.length > 0);
}
