import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { getDb } from '@/db';
import { auditLog, buildings, illuminations, type Building, type Illumination } from '@/db/schema';
import { updateRegistration, type RegistrationInput } from '@/lib/registrations/write';
import { createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import type { Actor } from '@/lib/permissions';
import type { UserRole } from '@/lib/constants';
import { deliverDueMails } from '@/lib/mail/outbox';
import { listReviewQueue } from '@/lib/review/queue';
import { type ReviewTarget } from '@/lib/review/decisions';

/** The acting user as the domain sees it, for a user row (a partner's ids are organisations, not cities). */
export function actorOf(user: { id: string; role: UserRole }, ids: number[] = []): NonNullable<Actor> {
  if (user.role === 'partner') return { id: user.id, role: user.role, cityIds: [], partnerIds: ids };
  return { id: user.id, role: user.role, cityIds: ids };
}

let n = 0;

/**
 * A small world of its own in a fresh campaign year: two cities in two
 * provinces, a coordinator for the first, an organiser, and submitted
 * registrations.
 */
export function organiseWorld(year: number) {
  const db = getDb();
  const tag = `${year}-${++n}`;
  const campaign = createCampaign(db, { year, published: true });
  const namur = createCity(db, { name: `Namur ${tag}`, province: 'Namur', lat: 50.4669, lng: 4.8675 });
  const mons = createCity(db, { name: `Mons ${tag}`, province: 'Hainaut', lat: 50.4542, lng: 3.9523 });
  const organiser = createUser(db, { role: 'organiser', email: `organiser-${tag}@example.org`, name: 'Olga Organiser' });
  const coordinator = createUser(db, { role: 'coordinator', email: `namur-${tag}@example.org`, name: 'Nina Namur' }, [namur.id]);
  const monsCoordinator = createUser(db, { role: 'coordinator', email: `mons-${tag}@example.org`, name: 'Marc Mons' }, [mons.id]);
  const citadel = createBuilding(db, { cityId: namur.id, name: 'Namur Citadel', kind: 'monument', address: 'Route Merveilleuse 64', lat: 50.4596, lng: 4.8607, description: 'The citadel above the Meuse.' });
  const belfry = createBuilding(db, { cityId: mons.id, name: 'Mons Belfry', kind: 'tower', address: 'Rampe du Château', lat: 50.4541, lng: 3.9496 });
  const theatre = createBuilding(db, { cityId: namur.id, name: 'Royal Theatre of Namur', kind: 'other', lat: 50.4640, lng: 4.8660 });
  const citadelReg = createIllumination(db, { campaignId: campaign.id, buildingId: citadel.id, status: 'submitted', lightsOnMode: 'time', lightsOnTime: '21:30', lightsOffTime: '00:30', submittedBy: coordinator.id });
  const belfryReg = createIllumination(db, { campaignId: campaign.id, buildingId: belfry.id, status: 'submitted', lightsOffTime: '23:00', submittedBy: monsCoordinator.id });
  const theatreReg = createIllumination(db, { campaignId: campaign.id, buildingId: theatre.id, status: 'submitted', lightsOffTime: '23:00' });
  return {
    campaign, namur, mons, organiser, coordinator, monsCoordinator, citadel, belfry, theatre, citadelReg, belfryReg, theatreReg,
    organiserActor: actorOf(organiser),
    coordinatorActor: actorOf(coordinator, [namur.id]),
  };
}

export function form(entries: [string, string][]): FormData {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

/**
 * What an organiser opening the review queue of `year` is shown: each
 * registration's version as the page puts it in the form (`version:ID`), and
 * as the domain takes it.
 */
export async function openQueue(actor: Actor, year: number) {
  const queue = await listReviewQueue(actor, { year });
  const versionOf = (id: number): string => {
    const item = queue.find((q) => q.id === id);
    if (!item) throw new Error(`Registration ${id} is not in the queue of ${year}`);
    return item.version;
  };
  return {
    queue,
    /** The row's version field, as the review form sends it. */
    field: (id: number): [string, string] => [`version:${id}`, versionOf(id)],
    target: (id: number): ReviewTarget => ({ id, version: versionOf(id) }),
  };
}

export const illumination = (id: number) => getDb().select().from(illuminations).where(eq(illuminations.id, id)).get()!;
export const building = (id: number) => getDb().select().from(buildings).where(eq(buildings.id, id)).get()!;
/** The state a form action starts from. */
export const initial = { ok: false, message: '', fieldErrors: {} };

/** A coordinator's edit of a registration through the workspace's own domain call. */
export async function edit(actor: Actor, reg: Illumination, changes: Partial<RegistrationInput>) {
  const b: Building = building(reg.buildingId);
  const current = illumination(reg.id);
  const input: RegistrationInput = {
    cityId: b.cityId,
    name: b.name,
    kind: b.kind,
    address: b.address,
    description: b.description,
    lat: b.lat,
    lng: b.lng,
    lightsOnMode: current.lightsOnMode,
    lightsOnTime: current.lightsOnTime,
    lightsOffTime: current.lightsOffTime,
    useBuildingId: null,
    confirmedNew: false,
    ...changes,
  };
  const saved = await updateRegistration(actor, reg.id, input);
  expect(saved.changed).toBe(true);
}
export const auditOf = (id: number) =>
  getDb().select().from(auditLog).where(and(eq(auditLog.entity, 'illumination'), eq(auditLog.entityId, String(id)))).all();

/** Sends what the outbox holds, as the scheduler would, to the test's SMTP server. */
export const deliver = () => deliverDueMails({ owner: 'organise-test' });
