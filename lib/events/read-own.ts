/**
 * What the partner space shows: the organisations the user acts for, their
 * events in a campaign, one event to edit. Partners see their own
 * organisations only; organisers see every one (they help partners).
 */
import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { cities, events, partners, type City, type Partner, type PartnerEvent } from '@/db/schema';
import { authorize, canUsePartnerSpace, isOrganiser, isPartnerOf, type Actor } from '@/lib/permissions';

/** The organisations the actor may act for, in the organisers' order. */
export async function listOwnPartners(actor: Actor): Promise<Partner[]> {
  authorize(actor, canUsePartnerSpace(actor));
  const q = getDb().select().from(partners);
  if (isOrganiser(actor)) return q.orderBy(asc(partners.position), asc(partners.name)).all();
  const ids = actor.partnerIds ?? [];
  if (ids.length === 0) return [];
  return q.where(inArray(partners.id, ids)).orderBy(asc(partners.position), asc(partners.name)).all();
}

export type OwnEvent = { event: PartnerEvent; city: Pick<City, 'id' | 'name' | 'names' | 'country' | 'lat' | 'lng'> };

/** The events of the given organisations (only those the actor acts for) in a campaign, earliest first. */
export async function listOwnEvents(actor: Actor, campaignId: number, partnerIds: number[]): Promise<OwnEvent[]> {
  authorize(actor, canUsePartnerSpace(actor));
  const allowed = partnerIds.filter((id) => isOrganiser(actor) || isPartnerOf(actor, id));
  if (allowed.length === 0) return [];
  return getDb()
    .select({ event: events, city: { id: cities.id, name: cities.name, names: cities.names, country: cities.country, lat: cities.lat, lng: cities.lng } })
    .from(events)
    .innerJoin(cities, eq(cities.id, events.cityId))
    .where(and(eq(events.campaignId, campaignId), inArray(events.partnerId, allowed)))
    .orderBy(asc(events.startsAt), asc(events.id))
    .all();
}

/** One event the actor may see in the partner space, or undefined (unknown, or another organisation's). */
export async function getOwnEvent(actor: Actor, eventId: number): Promise<OwnEvent | undefined> {
  authorize(actor, canUsePartnerSpace(actor));
  const row = getDb()
    .select({ event: events, city: { id: cities.id, name: cities.name, names: cities.names, country: cities.country, lat: cities.lat, lng: cities.lng } })
    .from(events)
    .innerJoin(cities, eq(cities.id, events.cityId))
    .where(eq(events.id, eventId))
    .get();
  if (!row || !(isOrganiser(actor) || isPartnerOf(actor, row.event.partnerId))) return undefined;
  return row;
}
