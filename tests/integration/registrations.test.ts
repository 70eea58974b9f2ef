import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import { auditLog, buildings, illuminations } from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import { ForbiddenError, UnauthenticatedError } from '@/lib/permissions';
import { checkPhoto, MAX_INPUT_PIXELS, uploadsDir } from '@/lib/photos/photos';
import { AlreadyRegisteredError, PossibleDuplicatesError, RegistrationClosedError } from '@/lib/registrations/errors';
import { createRegistration, updateRegistration, type RegistrationInput } from '@/lib/registrations/write';
import { withdrawRegistration } from '@/lib/registrations/withdraw';
import { getRegistration, listRegistrations, listReturningBuildings } from '@/lib/registrations/read';
import { getWorkspaceCampaign } from '@/lib/campaigns/workspace';
import { approvedVersionOf } from '@/lib/review/approved-version';
import { reregisterBuildings } from '@/lib/registrations/returning';
import { UnknownBuildingError } from '@/lib/registrations/errors';
import { confirmLit, LitWindowError } from '@/lib/registrations/night';
import { bilevelPng, fileOf, jpegWithGps } from '../helpers/images';

const db = () => getDb();
const NOW = new Date('2030-06-01T10:00:00Z');
const AFTER_DEADLINE = new Date('2030-07-20T10:00:00Z');

let campaignId: number;
let pastCampaignId: number;
let brussels: number;
let ghent: number;
let coordinator: Actor;
let ghentCoordinator: Actor;
let organiser: Actor;

const input = (over: Partial<RegistrationInput> = {}): RegistrationInput => ({
  cityId: brussels,
  name: 'Stock Exchange',
  kind: 'monument',
  address: 'Place de la Bourse, 1000 Brussels',
  description: '<b>Not bold</b>',
  lat: 50.8482,
  lng: 4.3497,
  lightsOnMode: 'sunset',
  lightsOnTime: null,
  lightsOffTime: '01:00',
  useBuildingId: null,
  confirmedNew: false,
  ...over,
});

function auditFor(entity: string, id: number) {
  return db().select().from(auditLog).where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, String(id)))).all();
}

beforeAll(() => {
  db().transaction((tx) => {
    pastCampaignId = createCampaign(tx, { year: 2029 }).id;
    campaignId = createCampaign(tx, { year: 2030, registrationDeadline: new Date('2030-07-16T22:00:00Z'), published: false }).id;
    brussels = createCity(tx, { name: 'Brussels', lat: 50.8467, lng: 4.3525 }).id;
    ghent = createCity(tx, { name: 'Ghent', lat: 51.0543, lng: 3.7174 }).id;
    const c = createUser(tx, { role: 'coordinator' }, [brussels]);
    const g = createUser(tx, { role: 'coordinator' }, [ghent]);
    const o = createUser(tx, { role: 'organiser' });
    coordinator = { id: c.id, role: 'coordinator', cityIds: [brussels] };
    ghentCoordinator = { id: g.id, role: 'coordinator', cityIds: [ghent] };
    organiser = { id: o.id, role: 'organiser', cityIds: [] };
  });
});

describe('the workspace campaign', () => {
  it('is the one open for registration, published or not; else the latest', async () => {
    expect((await getWorkspaceCampaign(NOW))?.year).toBe(2030);
    expect((await getWorkspaceCampaign(new Date('2031-01-01T00:00:00Z')))?.year).toBe(2030);
    expect((await getWorkspaceCampaign(new Date('2029-01-01T00:00:00Z')))?.year).toBe(2029);
  });
});

describe('registering, editing and withdrawing', () => {
  it('creates a building and a submitted illumination with audit rows, keeping HTML as text', async () => {
    const saved = await createRegistration(coordinator, campaignId, input(), { now: NOW });
    const ill = db().select().from(illuminations).where(eq(illuminations.id, saved.illuminationId)).get()!;
    const building = db().select().from(buildings).where(eq(buildings.id, saved.buildingId)).get()!;
    expect(ill).toMatchObject({ status: 'submitted', approved: null, lightsOnMode: 'sunset', lightsOffTime: '01:00', submittedBy: coordinator!.id });
    expect(building).toMatchObject({ name: 'Stock Exchange', cityId: brussels, description: '<b>Not bold</b>', createdBy: coordinator!.id });
    expect(auditFor('building', saved.buildingId).map((a) => a.action)).toEqual(['building.create']);
    const [audit] = auditFor('illumination', saved.illuminationId);
    expect(audit).toMatchObject({ action: 'illumination.create', actorId: coordinator!.id, before: null });
    expect(audit?.after).toMatchObject({ status: 'submitted', buildingId: saved.buildingId });
    const list = await listRegistrations(coordinator, campaignId);
    expect(list.map((r) => [r.building.name, r.status])).toContainEqual(['Stock Exchange', 'submitted']);
  });

  it('refuses the public, and another city’s coordinator', async () => {
    await expect(createRegistration(null, campaignId, input({ name: 'Anon' }), { now: NOW })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(createRegistration(ghentCoordinator, campaignId, input({ name: 'Intruder', confirmedNew: true }), { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    const [mine] = await listRegistrations(coordinator, campaignId);
    await expect(updateRegistration(ghentCoordinator, mine!.id, input({ name: 'Hijacked' }), { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(withdrawRegistration(ghentCoordinator, mine!.id, { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getRegistration(ghentCoordinator, mine!.id, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await listRegistrations(ghentCoordinator, campaignId)).toEqual([]);
    expect(db().select().from(buildings).where(eq(buildings.name, 'Intruder')).all()).toEqual([]);
  });

  it('asks "is this the same as …?" and re-uses the chosen building without a new row', async () => {
    const before = db().select().from(buildings).all().length;
    // 20 m from the Stock Exchange, another name.
    const near = input({ name: 'Bourse', lat: 50.8482 + 20 / 111_200 });
    const error = await createRegistration(coordinator, campaignId, near, { now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PossibleDuplicatesError);
    const [match] = (error as PossibleDuplicatesError).duplicates;
    expect(match).toMatchObject({ name: 'Stock Exchange', reason: 'nearby', distance: 20 });
    expect(match?.illuminationId).not.toBeNull();
    // Choosing it: it is registered already for this campaign.
    await expect(createRegistration(coordinator, campaignId, { ...near, useBuildingId: match!.id }, { now: NOW })).rejects.toBeInstanceOf(AlreadyRegisteredError);
    // A same-name building from an earlier year is re-used for this one.
    const old = createBuilding(db(), { cityId: brussels, name: 'Royal Palace', lat: 50.8417, lng: 4.3622 });
    const far = input({ name: 'ROYAL  palace', lat: 50.9, lng: 4.4 });
    const dup = await createRegistration(coordinator, campaignId, far, { now: NOW }).catch((e: unknown) => e);
    expect((dup as PossibleDuplicatesError).duplicates.map((d) => [d.id, d.reason])).toEqual([[old.id, 'name']]);
    const saved = await createRegistration(coordinator, campaignId, { ...far, useBuildingId: old.id }, { now: NOW });
    expect(saved.buildingId).toBe(old.id);
    expect(db().select().from(buildings).all().length).toBe(before + 1);
    // "No, it is a different building" stores a new one.
    const other = await createRegistration(coordinator, campaignId, { ...near, confirmedNew: true }, { now: NOW });
    expect(other.buildingId).not.toBe(match!.id);
  });

  it('sends an edit of an approved registration back to review, keeping the public version', async () => {
    const building = createBuilding(db(), { cityId: brussels, name: 'Mont des Arts', lat: 50.8443, lng: 4.3565 });
    const approvedRow = createIllumination(db(), { campaignId, buildingId: building.id, status: 'approved' });
    const publicVersion = approvedRow.approved;
    expect(publicVersion).toEqual(approvedVersionOf(building, approvedRow));
    const done = await updateRegistration(
      coordinator,
      approvedRow.id,
      input({ name: 'Mont des Arts gardens', lat: building.lat, lng: building.lng, lightsOnMode: 'time', lightsOnTime: '21:45' }),
      { now: NOW },
    );
    expect(done).toMatchObject({ changed: true, buildingChanged: true });
    const after = db().select().from(illuminations).where(eq(illuminations.id, approvedRow.id)).get()!;
    expect(after.status).toBe('submitted');
    expect(after.approved).toEqual(publicVersion);
    expect(after.lightsOnTime).toBe('21:45');
    expect(db().select().from(buildings).where(eq(buildings.id, building.id)).get()!.name).toBe('Mont des Arts gardens');
    const audits = [...auditFor('illumination', approvedRow.id), ...auditFor('building', building.id)];
    const ill = audits.find((a) => a.action === 'illumination.update')!;
    expect(ill.before).toMatchObject({ status: 'approved', lightsOnMode: 'sunset' });
    expect(ill.after).toMatchObject({ status: 'submitted', lightsOnMode: 'time', lightsOnTime: '21:45' });
    expect(audits.find((a) => a.action === 'building.update')?.before).toMatchObject({ name: 'Mont des Arts' });

    // Saving the same again changes nothing.
    const again = await updateRegistration(
      coordinator,
      approvedRow.id,
      input({ name: 'Mont des Arts gardens', lat: building.lat, lng: building.lng, lightsOnMode: 'time', lightsOnTime: '21:45' }),
      { now: NOW },
    );
    expect(again.changed).toBe(false);

    // Withdrawing takes it off the public map.
    const withdrawn = await withdrawRegistration(coordinator, approvedRow.id, { now: NOW });
    expect(withdrawn).toMatchObject({ changed: true, wasPublic: true, year: 2030 });
    const gone = db().select().from(illuminations).where(eq(illuminations.id, approvedRow.id)).get()!;
    expect(gone).toMatchObject({ status: 'withdrawn', approved: null });
    expect(auditFor('illumination', approvedRow.id).map((a) => a.action)).toContain('illumination.withdraw');
  });

  it('after the deadline refuses a coordinator, but lets an organiser change anything', async () => {
    const [mine] = await listRegistrations(coordinator, campaignId);
    await expect(updateRegistration(coordinator, mine!.id, input({ name: 'Late' }), { now: AFTER_DEADLINE })).rejects.toBeInstanceOf(RegistrationClosedError);
    await expect(withdrawRegistration(coordinator, mine!.id, { now: AFTER_DEADLINE })).rejects.toBeInstanceOf(RegistrationClosedError);
    await expect(createRegistration(coordinator, campaignId, input({ name: 'Late new', confirmedNew: true }), { now: AFTER_DEADLINE })).rejects.toBeInstanceOf(RegistrationClosedError);
    expect((await getRegistration(coordinator, mine!.id, AFTER_DEADLINE)).editable).toBe(false);

    const byOrganiser = await createRegistration(organiser, campaignId, input({ cityId: ghent, name: 'Gravensteen', lat: 51.0573, lng: 3.7208 }), { now: AFTER_DEADLINE });
    expect((await getRegistration(organiser, byOrganiser.illuminationId, AFTER_DEADLINE)).editable).toBe(true);
    const w = await withdrawRegistration(organiser, byOrganiser.illuminationId, { now: AFTER_DEADLINE });
    expect(w.changed).toBe(true);
  });

  it('stores a photo re-encoded without EXIF or GPS, and removes it when the transaction fails', async () => {
    const check = await checkPhoto(fileOf(await jpegWithGps(), 'holiday.jpg', 'image/jpeg'));
    if (!check.ok || !check.photo) throw new Error('photo refused');
    const saved = await createRegistration(coordinator, campaignId, input({ name: 'Atomium', lat: 50.8949, lng: 4.3415 }), { photo: check.photo, now: NOW });
    const ill = db().select().from(illuminations).where(eq(illuminations.id, saved.illuminationId)).get()!;
    expect(ill.photo).toMatch(/^[a-f0-9]{32}\.webp$/);
    const stored = fs.readFileSync(path.join(uploadsDir(), ill.photo!));
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 2000, height: 1000 });
    expect(meta.exif).toBeUndefined();
    expect(stored.toString('latin1')).not.toContain('Secret Camera');

    // The same building again: refused inside the transaction, and no file left behind.
    const files = fs.readdirSync(uploadsDir()).length;
    await expect(
      createRegistration(coordinator, campaignId, input({ name: 'Atomium', lat: 50.8949, lng: 4.3415, useBuildingId: saved.buildingId }), { photo: check.photo, now: NOW }),
    ).rejects.toBeInstanceOf(AlreadyRegisteredError);
    expect(fs.readdirSync(uploadsDir()).length).toBe(files);
  });

  it('refuses a text file renamed .jpg, and accepts PNG and WebP by content', async () => {
    expect(await checkPhoto(fileOf('just some text, not a picture', 'photo.jpg', 'image/jpeg'))).toEqual({ ok: false, error: 'photoType' });
    const truncated = (await jpegWithGps()).subarray(0, 200);
    expect(await checkPhoto(fileOf(truncated, 'cut.jpg', 'image/jpeg'))).toEqual({ ok: false, error: 'photoUnreadable' });
    const webp = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#00f' } }).webp().toBuffer();
    expect((await checkPhoto(fileOf(webp, 'x.txt', 'text/plain'))).ok).toBe(true);
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.jpg', { type: 'image/jpeg' });
    expect(await checkPhoto(big)).toEqual({ ok: false, error: 'photoTooLarge' });
    expect(await checkPhoto(null)).toEqual({ ok: true, photo: null });
  });

  it('refuses an image of more than 50 megapixels before decoding it, however small the file', async () => {
    // 7,200 × 7,200 = 51.8 megapixels in a file of a few kilobytes.
    const bomb = bilevelPng(7200, 7200);
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect((await sharp(bomb).metadata()).width).toBe(7200);
    expect(await checkPhoto(fileOf(bomb, 'poster.png', 'image/png'))).toEqual({ ok: false, error: 'photoUnreadable' });
    expect(MAX_INPUT_PIXELS).toBeLessThanOrEqual(50_000_000);
    // An ordinary large photo still passes.
    expect((await checkPhoto(fileOf(bilevelPng(6000, 4000), 'wide.png', 'image/png'))).ok).toBe(true);
  });
});

describe('same as last year', () => {
  it('re-registers last year’s buildings, all at once, with their lighting', async () => {
    const a = createBuilding(db(), { cityId: brussels, name: 'Cinquantenaire Arch', lat: 50.8397, lng: 4.3929 });
    const b = createBuilding(db(), { cityId: brussels, name: 'Saint Michael Cathedral', lat: 50.8478, lng: 4.3601 });
    const w = createBuilding(db(), { cityId: brussels, name: 'Withdrawn Tower', lat: 50.85, lng: 4.36 });
    const g = createBuilding(db(), { cityId: ghent, name: 'Belfry of Ghent', lat: 51.0536, lng: 3.7245 });
    createIllumination(db(), { campaignId: pastCampaignId, buildingId: a.id, status: 'approved', lightsOnMode: 'time', lightsOnTime: '21:00', lightsOffTime: '00:30' });
    createIllumination(db(), { campaignId: pastCampaignId, buildingId: b.id, status: 'rejected' });
    createIllumination(db(), { campaignId: pastCampaignId, buildingId: w.id, status: 'withdrawn' });
    createIllumination(db(), { campaignId: pastCampaignId, buildingId: g.id, status: 'approved' });
    const campaign = { id: campaignId, year: 2030 };
    const returning = await listReturningBuildings(coordinator, campaign);
    // Only what was approved took part: the rejected cathedral and the withdrawn tower did not light up.
    expect(returning.map((r) => r.building.name).sort()).toEqual(['Cinquantenaire Arch']);
    await expect(reregisterBuildings(coordinator, campaignId, [g.id], { now: NOW })).rejects.toThrow();
    await expect(reregisterBuildings(coordinator, campaignId, [b.id], { now: NOW })).rejects.toBeInstanceOf(UnknownBuildingError);
    await expect(reregisterBuildings(coordinator, campaignId, [w.id], { now: NOW })).rejects.toBeInstanceOf(UnknownBuildingError);

    const done = await reregisterBuildings(coordinator, campaignId, returning.map((r) => r.building.id), { now: NOW });
    expect(done.illuminationIds).toHaveLength(1);
    const arch = db().select().from(illuminations).where(and(eq(illuminations.campaignId, campaignId), eq(illuminations.buildingId, a.id))).get()!;
    expect(arch).toMatchObject({ status: 'submitted', lightsOnMode: 'time', lightsOnTime: '21:00', lightsOffTime: '00:30', approved: null });
    expect(auditFor('illumination', arch.id).map((x) => x.action)).toEqual(['illumination.reregister']);
    expect(await listReturningBuildings(coordinator, campaign)).toEqual([]);
    await expect(reregisterBuildings(coordinator, campaignId, [a.id], { now: NOW })).rejects.toThrow();
  });

  it('offers a building approved and then changed with the lighting it was approved with, and not one still waiting for its first review', async () => {
    const kept = createBuilding(db(), { cityId: brussels, name: 'Royal Palace', lat: 50.8417, lng: 4.3622 });
    const waiting = createBuilding(db(), { cityId: brussels, name: 'Never Reviewed Hall', lat: 50.843, lng: 4.355 });
    // Approved at 21:15; a later change to 23:00 was refused, so it lit up at 21:15.
    createIllumination(db(), {
      campaignId: pastCampaignId,
      buildingId: kept.id,
      status: 'rejected',
      lightsOnMode: 'time',
      lightsOnTime: '23:00',
      approved: approvedVersionOf(kept, { lightsOnMode: 'time', lightsOnTime: '21:15', lightsOffTime: null, photo: null }),
    });
    createIllumination(db(), { campaignId: pastCampaignId, buildingId: waiting.id, status: 'submitted' });
    const returning = await listReturningBuildings(coordinator, { id: campaignId, year: 2030 });
    expect(returning.map((r) => [r.building.name, r.last.lightsOnTime])).toEqual([['Royal Palace', '21:15']]);
  });
});

describe('lights are on', () => {
  it('lets the city’s coordinator confirm on the night only, and organisers at any time', async () => {
    const building = createBuilding(db(), { cityId: brussels, name: 'Palais de Justice', lat: 50.8367, lng: 4.3516 });
    const row = createIllumination(db(), { campaignId, buildingId: building.id, status: 'approved' });
    await expect(confirmLit(coordinator, row.id, { now: NOW })).rejects.toBeInstanceOf(LitWindowError);
    await expect(confirmLit(ghentCoordinator, row.id, { now: new Date('2030-07-30T20:00:00Z') })).rejects.toBeInstanceOf(ForbiddenError);
    const night = new Date('2030-07-30T19:50:00Z');
    const done = await confirmLit(coordinator, row.id, { now: night });
    expect(done.litAt.toISOString()).toBe(night.toISOString());
    // A second confirmation keeps the first time.
    const later = await confirmLit(organiser, row.id, { now: new Date('2030-08-02T09:00:00Z') });
    expect(later.litAt.toISOString()).toBe(night.toISOString());
    expect(auditFor('illumination', row.id).filter((a) => a.action === 'illumination.lit')).toHaveLength(2);
  });
});
