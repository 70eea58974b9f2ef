import 'server-only';
import { and, eq, gte, inArray, lte, ne } from 'drizzle-orm';
import { getDb } from '@/db';
import { buildings, illuminations } from '@/db/schema';
import { authorize, canUseWorkspace, isOrganiser, type Actor } from '../permissions';
import { boundingBox, findDuplicates } from './duplicates';
import type { DuplicateView } from './errors';

/**
 * The buildings that may be the same as a new one, among those the actor
 * acts for (a coordinator is not shown other cities' buildings): the same
 * name in the same city, or within 50 m.
 */
export async function possibleDuplicates(
  actor: Actor,
  campaignId: number,
  target: { cityId: number; name: string; lat: number; lng: number },
): Promise<DuplicateView[]> {
  authorize(actor, canUseWorkspace(actor));
  const db = getDb();
  const box = boundingBox(target);
  const visible = isOrganiser(actor) ? undefined : inArray(buildings.cityId, actor.cityIds);
  // Only what the comparison and the question need: a city may hold hundreds of buildings.
  const columns = { id: buildings.id, name: buildings.name, address: buildings.address, cityId: buildings.cityId, lat: buildings.lat, lng: buildings.lng };
  const [sameCity, near] = await Promise.all([
    db.select(columns).from(buildings).where(and(eq(buildings.cityId, target.cityId), visible)),
    db
      .select(columns)
      .from(buildings)
      .where(
        and(
          gte(buildings.lat, box.minLat),
          lte(buildings.lat, box.maxLat),
          gte(buildings.lng, box.minLng),
          lte(buildings.lng, box.maxLng),
          visible,
        ),
      ),
  ]);
  const byId = new Map([...sameCity, ...near].map((b) => [b.id, b]));
  const matches = findDuplicates(target, [...byId.values()]);
  if (matches.length === 0) return [];
  const registered = await db
    .select({ id: illuminations.id, buildingId: illuminations.buildingId })
    .from(illuminations)
    .where(
      and(
        eq(illuminations.campaignId, campaignId),
        ne(illuminations.status, 'withdrawn'),
        inArray(
          illuminations.buildingId,
          matches.map((m) => m.building.id),
        ),
      ),
    );
  const registeredBy = new Map(registered.map((r) => [r.buildingId, r.id]));
  return matches.map((m) => ({
    id: m.building.id,
    name: m.building.name,
    address: m.building.address,
    cityId: m.building.cityId,
    reason: m.reason,
    distance: m.distance,
    illuminationId: registeredBy.get(m.building.id) ?? null,
  }));
}
