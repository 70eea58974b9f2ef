/**
 * The workspace's server actions on a real database. Only the session
 * (currentActor), Next's cache and redirect, and next-intl's server helpers
 * are replaced; the database and lib/ are the real ones.
 */
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import { auditLog, buildings, illuminations } from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import { uploadsDir } from '@/lib/photos/photos';
import messages from '@/messages/en.json';
import { fileOf, jpegWithGps } from '../helpers/images';
import { session } from '../helpers/acting-user';

vi.mock('@/app/_auth/current-actor', () => import('../helpers/acting-user'));
vi.mock('next/cache', () => import('../helpers/next-cache'));
vi.mock('next-intl/server', () => import('../helpers/organise-intl'));

const { saveRegistrationAction, withdrawRegistrationAction, reregisterAction, confirmLitAction } = await import('@/app/[locale]/coordinate/actions');
const initial = { ok: false, message: '', fieldErrors: {} };

let openCampaign: number;
let closedCampaign: number;
let brussels: number;
let ghent: number;
let coordinator: Actor;
let ghentCoordinator: Actor;
let organiser: Actor;

function form(fields: Record<string, string | File>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

const fields = (over: Record<string, string | File> = {}) => ({
  cityId: String(brussels),
  name: 'Flagey',
  kind: 'other',
  address: 'Place Sainte-Croix, 1050 Ixelles',
  description: '<script>alert(1)</script>',
  lat: '50,8275',
  lng: '4,3722',
  lightsOnMode: 'sunset',
  lightsOnTime: '',
  lightsOffTime: '00:30',
  ...over,
});

beforeAll(() => {
  const year = new Date().getUTCFullYear();
  getDb().transaction((tx) => {
    closedCampaign = createCampaign(tx, { year: year - 1, registrationDeadline: new Date(Date.now() - 86_400_000) }).id;
    openCampaign = createCampaign(tx, { year: year + 1, registrationDeadline: new Date(Date.now() + 30 * 86_400_000) }).id;
    brussels = createCity(tx, { name: 'Brussels' }).id;
    ghent = createCity(tx, { name: 'Ghent', lat: 51.05, lng: 3.72 }).id;
    coordinator = { id: createUser(tx, {}, [brussels]).id, role: 'coordinator', cityIds: [brussels] };
    ghentCoordinator = { id: createUser(tx, {}, [ghent]).id, role: 'coordinator', cityIds: [ghent] };
    organiser = { id: createUser(tx, { role: 'organiser' }).id, role: 'organiser', cityIds: [] };
  });
});

beforeEach(() => {
  session.actor = coordinator;
});

const illuminationOf = (id: number) => getDb().select().from(illuminations).where(eq(illuminations.id, id)).get()!;
/** The registration a save leads to: the workspace page it names, with a notice about that registration. */
const savedId = (state: { next?: string }) => Number(new URL(state.next!, 'http://x').searchParams.get('id'));

describe('coordinate actions', () => {
  it('refuse anonymous users', async () => {
    session.actor = null;
    const state = await saveRegistrationAction(initial, form({ ...fields(), campaignId: String(openCampaign) }));
    expect(state).toMatchObject({ ok: false, code: 'unauthenticated', message: 'Please sign in first.' });
    expect((await withdrawRegistrationAction(initial, form({ illuminationId: '1' }))).code).toBe('unauthenticated');
  });

  it('register a building, then edit and withdraw it', async () => {
    const created = await saveRegistrationAction(initial, form({ ...fields(), campaignId: String(openCampaign) }));
    expect(created.ok).toBe(true);
    expect(created.next).toMatch(/^\/coordinate\?year=\d+&notice=created&id=\d+$/);
    const id = savedId(created);
    const row = illuminationOf(id);
    expect(row).toMatchObject({ status: 'submitted', lightsOffTime: '00:30' });
    const building = getDb().select().from(buildings).where(eq(buildings.id, row.buildingId)).get()!;
    expect(building).toMatchObject({ lat: 50.8275, lng: 4.3722, description: '<script>alert(1)</script>' });

    const edited = await saveRegistrationAction(initial, form({ ...fields({ name: 'Flagey building', lightsOnMode: 'time', lightsOnTime: '22:00' }), illuminationId: String(id) }));
    expect(edited.ok).toBe(true);
    expect(edited.next).toBe(`/coordinate?year=${new Date().getUTCFullYear() + 1}&notice=updated&id=${id}`);
    expect(illuminationOf(id)).toMatchObject({ status: 'submitted', lightsOnMode: 'time', lightsOnTime: '22:00' });

    const withdrawn = await withdrawRegistrationAction(initial, form({ illuminationId: String(id) }));
    expect(withdrawn.next).toBe(`/coordinate?year=${new Date().getUTCFullYear() + 1}&notice=withdrawn&id=${id}`);
    expect(illuminationOf(id).status).toBe('withdrawn');
    const actions = getDb().select().from(auditLog).where(and(eq(auditLog.entity, 'illumination'), eq(auditLog.entityId, String(id)))).all().map((a) => a.action);
    expect(actions).toEqual(['illumination.create', 'illumination.update', 'illumination.withdraw']);
  });

  it('return every field error at once, translated, with the input kept', async () => {
    const state = await saveRegistrationAction(
      initial,
      form({
        ...fields({ name: 'x'.repeat(10_000), lat: '91', lng: 'abc', lightsOnMode: 'time', lightsOnTime: '', photo: fileOf('not an image', 'photo.jpg', 'image/jpeg') }),
        campaignId: String(openCampaign),
      }),
    );
    expect(state.code).toBe('invalid');
    expect(state.message).toBe('Please correct the fields marked below.');
    expect(state.fieldErrors).toEqual({
      name: ['Use at most 120 characters.'],
      lat: ['A latitude lies between -90 and 90.'],
      lng: ['Enter a number, e.g. 50,8467 or 50.8467.'],
      lightsOnTime: ['This field is required.'],
      photo: [messages.Photos.photoType],
    });
    expect(state.values).toMatchObject({ lat: '91', lng: 'abc', address: 'Place Sainte-Croix, 1050 Ixelles' });
    expect(state.values).not.toHaveProperty('photo');
    expect(getDb().select().from(buildings).where(eq(buildings.lat, 91)).all()).toEqual([]);
  });

  it('refuse another city’s building, and a closed campaign for a coordinator but not for an organiser', async () => {
    const b = createBuilding(getDb(), { cityId: brussels, name: 'Halle Gate', lat: 50.8333, lng: 4.3456 });
    const closed = createIllumination(getDb(), { campaignId: closedCampaign, buildingId: b.id, status: 'approved' });
    const open = createIllumination(getDb(), { campaignId: openCampaign, buildingId: b.id, status: 'submitted' });

    session.actor = ghentCoordinator;
    const other = await saveRegistrationAction(initial, form({ ...fields({ name: 'Halle Gate', lat: '50.8333', lng: '4.3456' }), illuminationId: String(open.id) }));
    expect(other).toMatchObject({ ok: false, code: 'forbidden', message: 'You are not allowed to do this.' });
    expect((await withdrawRegistrationAction(initial, form({ illuminationId: String(open.id) }))).code).toBe('forbidden');
    const intoBrussels = await saveRegistrationAction(initial, form({ ...fields({ name: 'Sneaky', confirmedNew: 'true' }), campaignId: String(openCampaign) }));
    expect(intoBrussels.code).toBe('forbidden');

    session.actor = coordinator;
    const late = await saveRegistrationAction(initial, form({ ...fields({ name: 'Halle Gate', lat: '50.8333', lng: '4.3456' }), illuminationId: String(closed.id) }));
    expect(late.code).toBe('forbidden');
    expect(late.message).toMatch(/Registrations were open until \w+day \d+ \w+ \d{4}, \d\d:\d\d \(Central European Time\): only the organisers/);
    expect(late.values?.name).toBe('Halle Gate');
    expect(illuminationOf(closed.id).status).toBe('approved');

    session.actor = organiser;
    const byOrganiser = await withdrawRegistrationAction(initial, form({ illuminationId: String(closed.id) }));
    expect(byOrganiser.ok).toBe(true);
    expect(illuminationOf(closed.id)).toMatchObject({ status: 'withdrawn', approved: null });
  });

  it('keep the approved version when an approved registration is edited', async () => {
    const b = createBuilding(getDb(), { cityId: brussels, name: 'Sablon Church', lat: 50.8401, lng: 4.3559 });
    const row = createIllumination(getDb(), { campaignId: openCampaign, buildingId: b.id, status: 'approved' });
    const state = await saveRegistrationAction(initial, form({ ...fields({ name: 'Notre-Dame du Sablon', lat: '50.8401', lng: '4.3559' }), illuminationId: String(row.id) }));
    expect(state.ok).toBe(true);
    const after = illuminationOf(row.id);
    expect(after.status).toBe('submitted');
    expect(after.approved).toEqual(row.approved);
    expect(after.approved?.name).toBe('Sablon Church');
  });

  it('show near-duplicates before saving, and re-use the chosen building', async () => {
    const known = createBuilding(getDb(), { cityId: brussels, name: 'Hôtel de Ville', lat: 50.81, lng: 4.33 });
    const count = getDb().select().from(buildings).all().length;
    const state = await saveRegistrationAction(initial, form({ ...fields({ name: 'hotel de ville', lat: '50.70', lng: '4.30' }), campaignId: String(openCampaign) }));
    expect(state.code).toBe('conflict');
    expect('duplicates' in state && state.duplicates?.map((d) => d.id)).toEqual([known.id]);
    expect(state.values?.name).toBe('hotel de ville');
    const chosen = await saveRegistrationAction(initial, form({ ...fields({ name: 'hotel de ville', lat: '50.70', lng: '4.30', duplicateChoice: String(known.id) }), campaignId: String(openCampaign) }));
    expect(chosen.ok).toBe(true);
    expect(illuminationOf(savedId(chosen)).buildingId).toBe(known.id);
    expect(getDb().select().from(buildings).all().length).toBe(count);
  });

  it('store an uploaded photo without its EXIF and GPS data', async () => {
    const state = await saveRegistrationAction(
      initial,
      form({ ...fields({ name: 'Ixelles Ponds', lat: '50.8222', lng: '4.3755', photo: fileOf(await jpegWithGps(), 'IMG_0001.JPG', 'image/jpeg') }), campaignId: String(openCampaign) }),
    );
    expect(state.ok).toBe(true);
    const { photo } = illuminationOf(savedId(state));
    const bytes = fs.readFileSync(path.join(uploadsDir(), photo!));
    const meta = await sharp(bytes).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.exif).toBeUndefined();
    expect(bytes.toString('latin1')).not.toMatch(/AcmePhone|Secret Camera|Jane Doe/);
  });

  it('re-register last year’s buildings in one go', async () => {
    const b = createBuilding(getDb(), { cityId: brussels, name: 'Old Market Hall', lat: 50.8481, lng: 4.3467 });
    createIllumination(getDb(), { campaignId: closedCampaign, buildingId: b.id, status: 'approved', lightsOffTime: '23:00' });
    expect((await reregisterAction(initial, form({ campaignId: String(openCampaign) }))).code).toBe('invalid');
    const state = await reregisterAction(initial, form({ campaignId: String(openCampaign), buildingIds: String(b.id) }));
    expect(state).toMatchObject({ ok: true, message: '1 building is registered again and awaits review.' });
    const row = getDb().select().from(illuminations).where(and(eq(illuminations.campaignId, openCampaign), eq(illuminations.buildingId, b.id))).get();
    expect(row).toMatchObject({ status: 'submitted', lightsOffTime: '23:00' });
  });

  it('let an organiser confirm "lights are on" with a photo; refuse another city', async () => {
    const b = createBuilding(getDb(), { cityId: brussels, name: 'Royal Galleries', lat: 50.8476, lng: 4.3547 });
    const row = createIllumination(getDb(), { campaignId: openCampaign, buildingId: b.id, status: 'approved' });
    session.actor = ghentCoordinator;
    expect((await confirmLitAction(initial, form({ illuminationId: String(row.id) }))).code).toBe('forbidden');
    session.actor = organiser;
    const state = await confirmLitAction(initial, form({ illuminationId: String(row.id), litPhoto: fileOf(await jpegWithGps({ width: 300, height: 200 }), 'night.jpg', 'image/jpeg') }));
    expect(state.ok).toBe(true);
    const after = illuminationOf(row.id);
    expect(after.litAt).not.toBeNull();
    expect(after.litPhoto).toMatch(/\.webp$/);
  });

  it('says the time of "lights are on" on the building’s own clock', async () => {
    const db = getDb();
    const tokyo = createCity(db, { name: 'Tokyo (lit clock)', country: 'JP', timeZone: 'Asia/Tokyo', lat: 35.68, lng: 139.76 });
    const b = createBuilding(db, { cityId: tokyo.id, name: 'Embassy', lat: 35.6843, lng: 139.7365 });
    const row = createIllumination(db, { campaignId: openCampaign, buildingId: b.id, status: 'approved' });
    session.actor = organiser;
    const state = await confirmLitAction(initial, form({ illuminationId: String(row.id) }));
    const litAt = illuminationOf(row.id).litAt!;
    const tokyoTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(litAt);
    expect(state.message).toBe(`Thank you! Lights on, confirmed at ${tokyoTime}.`);
  });
});
