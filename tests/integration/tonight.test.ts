/**
 * Which campaign the coordinator's workspace opens on during the event day
 * ("tonight"), on a real database with a driven clock: the campaign whose
 * "lights are on" window is open for the coordinator's own buildings, in
 * each building's time zone; not simply the newest campaign.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import type { Actor } from '@/lib/permissions';
import { getTonight } from '@/lib/registrations/night';

const at = (iso: string) => new Date(iso);

function world() {
  const db = getDb();
  // This year's night, a later campaign already open for registration, and last year's.
  const tonight = createCampaign(db, { year: 2061, eventDate: '2061-07-30', published: false });
  createCampaign(db, { year: 2062, eventDate: '2062-07-30' });
  const lastYear = createCampaign(db, { year: 2060, eventDate: '2060-07-30' });
  const ghent = createCity(db, { name: 'Tonight Ghent', timeZone: 'Europe/Brussels', lat: 51.05, lng: 3.72 });
  const tokyo = createCity(db, { name: 'Tonight Tokyo', timeZone: 'Asia/Tokyo', country: 'JP', lat: 35.68, lng: 139.76 });
  const elsewhere = createCity(db, { name: 'Tonight elsewhere', timeZone: 'Europe/Brussels' });
  const belfry = createBuilding(db, { cityId: ghent.id, name: 'Belfry', lat: 51.0536, lng: 3.7253 });
  const hall = createBuilding(db, { cityId: ghent.id, name: 'City Hall', lat: 51.0547, lng: 3.7253 });
  const church = createBuilding(db, { cityId: ghent.id, name: 'Church', lat: 51.053, lng: 3.72 });
  const embassy = createBuilding(db, { cityId: tokyo.id, name: 'Embassy', lat: 35.68, lng: 139.76 });
  const theirs = createBuilding(db, { cityId: elsewhere.id, name: 'Not mine' });
  const lit = createIllumination(db, { campaignId: tonight.id, buildingId: belfry.id, lightsOffTime: '01:00' });
  const submitted = createIllumination(db, { campaignId: tonight.id, buildingId: hall.id, status: 'submitted', lightsOnMode: 'time', lightsOnTime: '21:15' });
  createIllumination(db, { campaignId: tonight.id, buildingId: church.id, status: 'withdrawn' });
  createIllumination(db, { campaignId: lastYear.id, buildingId: church.id });
  const abroad = createIllumination(db, { campaignId: tonight.id, buildingId: embassy.id });
  createIllumination(db, { campaignId: tonight.id, buildingId: theirs.id });
  const coordinator: Actor = { id: createUser(db, {}, [ghent.id, tokyo.id]).id, role: 'coordinator', cityIds: [ghent.id, tokyo.id] };
  return { tonight, coordinator, lit, submitted, abroad, ghent };
}

describe('tonight in the coordinator workspace', () => {
  let w: ReturnType<typeof world>;
  beforeAll(() => {
    w = world();
  });

  it('is the campaign whose window is open now, with the coordinator’s buildings going ahead, in their own zones', async () => {
    // 21:10 in Ghent on the day (19:10 UTC): Tokyo's window (its own 30 July) is open too.
    const evening = await getTonight(w.coordinator, at('2061-07-30T19:10:00Z'));
    expect(evening?.campaign.year).toBe(2061);
    expect(evening?.morningAfter).toBe(false);
    expect(evening?.buildings.map((b) => b.name)).toEqual(['Belfry', 'City Hall', 'Embassy']);
    const belfry = evening!.buildings[0]!;
    expect(belfry).toMatchObject({ illuminationId: w.lit.id, timeZone: 'Europe/Brussels', litAt: null });
    expect(belfry.lighting.mode).toBe('sunset');
    expect(belfry.lighting.offTime).toBe('01:00');
    expect(evening!.buildings[1]!.lighting.onTime).toBe('21:15');
    expect(evening!.buildings[2]!.timeZone).toBe('Asia/Tokyo');
  });

  it('opens at midnight of the event day in each building’s zone and closes at noon the next day', async () => {
    // 21:30 UTC on the 29th: already the 30th in Tokyo (06:30), not yet in Ghent (23:30).
    const early = await getTonight(w.coordinator, at('2061-07-29T21:30:00Z'));
    expect(early?.buildings.map((b) => b.name)).toEqual(['Embassy']);
    // The morning of the day in Ghent (08:00 CEST).
    expect((await getTonight(w.coordinator, at('2061-07-30T06:00:00Z')))?.buildings.map((b) => b.name)).toEqual(['Belfry', 'City Hall', 'Embassy']);
    // 11:59 the next day in Ghent; Tokyo's window closed at its own noon. The night is over, confirming not.
    const morning = await getTonight(w.coordinator, at('2061-07-31T09:59:00Z'));
    expect(morning?.buildings.map((b) => b.name)).toEqual(['Belfry', 'City Hall']);
    expect(morning?.morningAfter).toBe(true);
    expect(morning?.buildings[0]!.closesAt).toEqual(at('2061-07-31T10:00:00Z'));
    // Noon the next day in Ghent: closed everywhere; the day before: nothing yet.
    await expect(getTonight(w.coordinator, at('2061-07-31T10:00:00Z'))).resolves.toBeNull();
    await expect(getTonight(w.coordinator, at('2061-07-29T12:00:00Z'))).resolves.toBeNull();
  });

  it('is nothing for a coordinator without a building tonight, and for organisers', async () => {
    const db = getDb();
    const idle: Actor = { id: createUser(db, {}, []).id, role: 'coordinator', cityIds: [] };
    const lonely = createCity(db, { name: 'Tonight nothing' });
    const nothing: Actor = { id: createUser(db, {}, [lonely.id]).id, role: 'coordinator', cityIds: [lonely.id] };
    const organiser: Actor = { id: createUser(db, { role: 'organiser' }).id, role: 'organiser', cityIds: [] };
    const evening = at('2061-07-30T19:10:00Z');
    await expect(getTonight(idle, evening)).resolves.toBeNull();
    await expect(getTonight(nothing, evening)).resolves.toBeNull();
    await expect(getTonight(organiser, evening)).resolves.toBeNull();
    await expect(getTonight(null, evening)).rejects.toThrow();
    expect(w.tonight.published).toBe(false);
  });
});
