/**
 * "Same as last year": re-registers buildings that took part in an earlier
 * campaign (were approved: see `listReturningBuildings`) for this one, with
 * the lighting they had then, in one transaction (all of them or none).
 */
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { getDb, writeTransaction } from '@/db';
import { buildings, campaigns, illuminations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, canUseWorkspace, type Actor } from '../permissions';
import { assertMayRegister } from './access';
import { AlreadyRegisteredError, RegistrationNotFoundError, UnknownBuildingError } from './errors';
import { illuminationFacts } from './snapshots';
import { listReturningBuildings } from './read';

export type Reregistered = { year: number; illuminationIds: number[] };

/**
 * Registers `buildingIds` (each one of the actor's returning buildings) for
 * the campaign, status `submitted`, with their last lighting settings and photo.
 */
export async function reregisterBuildings(
  actor: Actor,
  campaignId: number,
  buildingIds: number[],
  { now = new Date() }: { now?: Date } = {},
): Promise<Reregistered> {
  authorize(actor, canUseWorkspace(actor));
  const db = getDb();
  const [campaign] = await db.select().from(campaigns).where(eq(campaigns.id, campaignId));
  if (!campaign) throw new RegistrationNotFoundError();
  const ids = [...new Set(buildingIds)];
  // Whose buildings they are first (another city's: forbidden), then whether they are returning ones.
  const found = await db.select({ id: buildings.id, cityId: buildings.cityId }).from(buildings).where(inArray(buildings.id, ids));
  if (found.length !== ids.length) throw new UnknownBuildingError();
  for (const b of found) assertMayRegister(actor, b.cityId, campaign, now);
  const returning = new Map((await listReturningBuildings(actor, campaign)).map((r) => [r.building.id, r]));
  const chosen = ids.map((id) => {
    const r = returning.get(id);
    if (!r) throw new UnknownBuildingError();
    return r;
  });

  return writeTransaction((tx): Reregistered => {
    // The checks above, again on what the transaction reads: a building may
    // have moved to another city, or the deadline may have moved, since.
    const current = tx.select().from(campaigns).where(eq(campaigns.id, campaign.id)).get();
    if (!current) throw new RegistrationNotFoundError();
    const cityOf = new Map(
      tx
        .select({ id: buildings.id, cityId: buildings.cityId })
        .from(buildings)
        .where(inArray(buildings.id, ids))
        .all()
        .map((b) => [b.id, b.cityId]),
    );
    for (const id of ids) {
      const cityId = cityOf.get(id);
      if (cityId === undefined) throw new UnknownBuildingError();
      assertMayRegister(actor, cityId, current, now);
    }
    const already = tx
      .select({ id: illuminations.id })
      .from(illuminations)
      .where(and(eq(illuminations.campaignId, campaign.id), inArray(illuminations.buildingId, chosen.map((r) => r.building.id))))
      .get();
    if (already) throw new AlreadyRegisteredError(already.id);
    const created: number[] = [];
    for (const r of chosen) {
      const row = tx
        .insert(illuminations)
        .values({
          campaignId: campaign.id,
          buildingId: r.building.id,
          status: 'submitted',
          lightsOnMode: r.last.lightsOnMode,
          lightsOnTime: r.last.lightsOnTime,
          lightsOffTime: r.last.lightsOffTime,
          // The same file: stored photos are never changed or deleted, only no longer referenced.
          photo: r.last.photo,
          submittedBy: actor.id,
          updatedAt: now,
        })
        .returning()
        .get();
      recordAudit(tx, {
        actorId: actor.id,
        action: 'illumination.reregister',
        entity: 'illumination',
        entityId: row.id,
        after: { ...illuminationFacts(row), fromYear: r.lastYear },
      });
      created.push(row.id);
    }
    return { year: campaign.year, illuminationIds: created };
  });
}
