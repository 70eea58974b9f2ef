/**
 * Writes whose checks come before the transaction must check again inside
 * it: another user may change what they depend on in between. The moment
 * between the checks and the transaction is made deterministic by running
 * the other user's change from the step the write takes just before its
 * transaction (storing the photo; listing the returning buildings).
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import { buildings, campaigns, illuminations } from '@/db/schema';
import { ForbiddenError, type Actor } from '@/lib/permissions';

const between = vi.hoisted(() => ({ change: null as null | (() => void) }));

function runChange() {
  const change = between.change;
  between.change = null;
  change?.();
}

vi.mock('@/lib/photos/photos', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/photos/photos')>();
  return {
    ...original,
    withStoredPhoto: (...args: Parameters<typeof original.withStoredPhoto>) => {
      runChange();
      return original.withStoredPhoto(...args);
    },
  };
});

vi.mock('@/lib/registrations/read', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/registrations/read')>();
  return {
    ...original,
    listReturningBuildings: async (...args: Parameters<typeof original.listReturningBuildings>) => {
      const list = await original.listReturningBuildings(...args);
      runChange();
      return list;
    },
  };
});

const { createRegistration } = await import('@/lib/registrations/write');
const { RegistrationClosedError, UnknownBuildingError } = await import('@/lib/registrations/errors');
const { reregisterBuildings } = await import('@/lib/registrations/returning');

const NOW = new Date('2033-06-01T10:00:00Z');
let year = 2050;

function world() {
  const db = getDb();
  year += 2;
  const past = createCampaign(db, { year });
  const campaign = createCampaign(db, { year: year + 1, registrationDeadline: new Date('2033-07-16T22:00:00Z') });
  const mine = createCity(db, { name: `Mine ${year}` });
  const theirs = createCity(db, { name: `Theirs ${year}` });
  const user = createUser(db, { role: 'coordinator' }, [mine.id]);
  const coordinator: Actor = { id: user.id, role: 'coordinator', cityIds: [mine.id] };
  const building = createBuilding(db, { cityId: mine.id, name: `Belfry ${year}` });
  createIllumination(db, { campaignId: past.id, buildingId: building.id, status: 'approved' });
  return { db, campaign, mine, theirs, coordinator, building };
}

const moveBuilding = (id: number, cityId: number) => () => getDb().update(buildings).set({ cityId }).where(eq(buildings.id, id)).run();
const closeCampaign = (id: number) => () => getDb().update(campaigns).set({ registrationDeadline: new Date('2033-05-01T00:00:00Z') }).where(eq(campaigns.id, id)).run();
const registrationsOf = (campaignId: number) => getDb().select().from(illuminations).where(eq(illuminations.campaignId, campaignId)).all();

function reuse(w: ReturnType<typeof world>) {
  return {
    cityId: w.mine.id,
    name: w.building.name,
    kind: 'tower' as const,
    address: '',
    description: '',
    lat: w.building.lat,
    lng: w.building.lng,
    lightsOnMode: 'sunset' as const,
    lightsOnTime: null,
    lightsOffTime: null,
    useBuildingId: w.building.id,
    confirmedNew: false,
  };
}

beforeEach(() => {
  between.change = null;
});

describe('a registration whose checks went stale before its transaction', () => {
  it('is refused when the chosen building moved to another city meanwhile', async () => {
    const w = world();
    between.change = moveBuilding(w.building.id, w.theirs.id);
    await expect(createRegistration(w.coordinator, w.campaign.id, reuse(w), { now: NOW })).rejects.toBeInstanceOf(UnknownBuildingError);
    expect(registrationsOf(w.campaign.id)).toEqual([]);
  });

  it('is refused when the deadline was brought forward meanwhile', async () => {
    const w = world();
    between.change = closeCampaign(w.campaign.id);
    await expect(createRegistration(w.coordinator, w.campaign.id, { ...reuse(w), useBuildingId: null, confirmedNew: true, name: 'New hall' }, { now: NOW })).rejects.toBeInstanceOf(
      RegistrationClosedError,
    );
    expect(registrationsOf(w.campaign.id)).toEqual([]);
  });

  it('"same as last year" is refused for a building that moved to another city meanwhile', async () => {
    const w = world();
    between.change = moveBuilding(w.building.id, w.theirs.id);
    await expect(reregisterBuildings(w.coordinator, w.campaign.id, [w.building.id], { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    expect(registrationsOf(w.campaign.id)).toEqual([]);
  });

  it('"same as last year" is refused when the deadline was brought forward meanwhile', async () => {
    const w = world();
    between.change = closeCampaign(w.campaign.id);
    await expect(reregisterBuildings(w.coordinator, w.campaign.id, [w.building.id], { now: NOW })).rejects.toBeInstanceOf(RegistrationClosedError);
    expect(registrationsOf(w.campaign.id)).toEqual([]);
  });

  it('goes through when nothing changed meanwhile', async () => {
    const w = world();
    await createRegistration(w.coordinator, w.campaign.id, reuse(w), { now: NOW });
    expect(registrationsOf(w.campaign.id)).toHaveLength(1);
  });
});
