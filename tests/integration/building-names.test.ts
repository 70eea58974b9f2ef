/**
 * A building's names in other languages through the whole of its life: the
 * form's action stores them (or refuses them, storing nothing), approval
 * freezes them for the public, an edit of them goes back to review while the
 * public keeps the approved ones, and the audit log, the exports and the open
 * data carry them. Real database; only the session, Next's cache and
 * next-intl's server helpers are stood in for.
 */
import Papa from 'papaparse';
import { and, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { createCampaign, createCity, createUser } from '@/lib/demo/builders';
import { auditLog, buildings, illuminations } from '@/db/schema';
import { auditChanges } from '@/lib/audit/changes';
import { LOCALES } from '@/lib/constants';
import { exportRegistrations } from '@/lib/exports/download';
import { listPublicLights } from '@/lib/lights/public';
import { lightsToCsv } from '@/lib/lights/open-data';
import type { Actor } from '@/lib/permissions';
import { updateRegistration } from '@/lib/registrations/write';
import { listReviewQueue } from '@/lib/review/queue';
import { reviewIlluminations } from '@/lib/review/decisions';
import { session } from '../helpers/acting-user';

vi.mock('@/app/_auth/current-actor', () => import('../helpers/acting-user'));
vi.mock('next/cache', () => import('../helpers/next-cache'));
vi.mock('next-intl/server', () => import('../helpers/organise-intl'));

const { saveRegistrationAction } = await import('@/app/[locale]/coordinate/actions');
const initial = { ok: false, message: '', fieldErrors: {} };

const YEAR = new Date().getUTCFullYear() + 3;
let campaignId: number;
let brussels: number;
let coordinator: Actor;
let organiser: NonNullable<Actor>;

function form(fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

const fields = (over: Record<string, string> = {}) => ({
  campaignId: String(campaignId),
  cityId: String(brussels),
  name: 'Brussels Town Hall',
  kind: 'town_hall',
  address: 'Grand-Place, 1000 Brussels',
  description: '',
  lat: '50,8467',
  lng: '4,3524',
  lightsOnMode: 'sunset',
  lightsOnTime: '',
  lightsOffTime: '01:00',
  duplicateChoice: 'new',
  ...over,
});

const savedId = (state: { next?: string }) => Number(new URL(state.next!, 'http://x').searchParams.get('id'));
const illuminationOf = (id: number) => getDb().select().from(illuminations).where(eq(illuminations.id, id)).get()!;
const buildingOf = (illuminationId: number) => getDb().select().from(buildings).where(eq(buildings.id, illuminationOf(illuminationId).buildingId)).get()!;

async function approve(illuminationId: number) {
  const queue = await listReviewQueue(organiser, { year: YEAR });
  const item = queue.find((q) => q.id === illuminationId)!;
  await reviewIlluminations(organiser, { items: [{ id: illuminationId, version: item.version }], decision: 'approve' });
}

beforeAll(() => {
  getDb().transaction((tx) => {
    campaignId = createCampaign(tx, { year: YEAR, published: true, showOnMap: false, registrationDeadline: new Date(`${YEAR}-07-16T22:00:00Z`) }).id;
    brussels = createCity(tx, { name: 'Brussels', names: { fr: 'Bruxelles', nl: 'Brussel' } }).id;
    coordinator = { id: createUser(tx, {}, [brussels]).id, role: 'coordinator', cityIds: [brussels] };
    organiser = { id: createUser(tx, { role: 'organiser' }).id, role: 'organiser', cityIds: [] };
  });
});

beforeEach(() => {
  session.actor = coordinator;
});

describe('a building’s names in other languages', () => {
  it('refuses a name too long on its own field, and stores nothing', async () => {
    const before = getDb().select().from(buildings).all().length;
    const state = await saveRegistrationAction(initial, form(fields({ name: 'Bourse', name_nl: 'B'.repeat(121), name_fr: 'Bourse\u0007' })));
    expect(state).toMatchObject({ ok: false, code: 'invalid' });
    expect(state.fieldErrors.name_nl).toEqual(['Use at most 120 characters.']);
    expect(state.fieldErrors.name_fr).toHaveLength(1);
    expect(state.fieldErrors.name).toBeUndefined();
    // The input is given back, for the form to show again.
    expect(state.values?.name_nl).toBe('B'.repeat(121));
    expect(getDb().select().from(buildings).all().length).toBe(before);
  });

  it('are saved from the form, approved with the rest, and shown to the public in their language', async () => {
    const state = await saveRegistrationAction(
      initial,
      form(fields({ name_en: 'Brussels Town Hall', name_fr: 'Hôtel de Ville de Bruxelles', name_nl: '  Stadhuis van Brussel ', name_de: '' })),
    );
    expect(state).toMatchObject({ ok: true });
    const id = savedId(state);
    // Empty ones, and one the same as the name, are not kept.
    expect(buildingOf(id).names).toEqual({ fr: 'Hôtel de Ville de Bruxelles', nl: 'Stadhuis van Brussel' });
    const created = getDb().select().from(auditLog).where(and(eq(auditLog.action, 'building.create'), eq(auditLog.entityId, String(buildingOf(id).id)))).get()!;
    expect(created.after).toMatchObject({ names: { fr: 'Hôtel de Ville de Bruxelles', nl: 'Stadhuis van Brussel' } });

    // The review queue shows them; approval freezes them with the rest.
    const [item] = (await listReviewQueue(organiser, { year: YEAR })).filter((q) => q.id === id);
    expect(item!.building.names).toEqual({ fr: 'Hôtel de Ville de Bruxelles', nl: 'Stadhuis van Brussel' });
    await approve(id);
    expect(illuminationOf(id).approved?.names).toEqual({ fr: 'Hôtel de Ville de Bruxelles', nl: 'Stadhuis van Brussel' });
    const [light] = (await listPublicLights(campaignId)).filter((l) => l.illuminationId === id);
    expect(light!.names).toEqual({ fr: 'Hôtel de Ville de Bruxelles', nl: 'Stadhuis van Brussel' });

    // An edit of a name goes back to review; the public keeps the approved names meanwhile.
    const edit = await saveRegistrationAction(initial, form({ ...fields({ name_fr: 'Hôtel de Ville de Bruxelles', name_nl: 'Brusselse Stadhuis' }), illuminationId: String(id) }));
    expect(edit).toMatchObject({ ok: true });
    expect(illuminationOf(id).status).toBe('submitted');
    expect(buildingOf(id).names).toEqual({ fr: 'Hôtel de Ville de Bruxelles', nl: 'Brusselse Stadhuis' });
    const [kept] = (await listPublicLights(campaignId)).filter((l) => l.illuminationId === id);
    expect(kept!.names.nl).toBe('Stadhuis van Brussel');
    // The audit log tells the change per language.
    const update = getDb().select().from(auditLog).where(and(eq(auditLog.action, 'building.update'), eq(auditLog.entityId, String(buildingOf(id).id)))).get()!;
    expect(auditChanges(update.before, update.after)).toEqual([{ field: 'names.nl', before: 'Stadhuis van Brussel', after: 'Brusselse Stadhuis' }]);

    // Saved again unchanged (approved meanwhile): nothing goes back to review.
    await approve(id);
    const again = await saveRegistrationAction(initial, form({ ...fields({ name_fr: 'Hôtel de Ville de Bruxelles', name_nl: 'Brusselse Stadhuis' }), illuminationId: String(id) }));
    expect(again.next).toContain('notice=unchanged');
    expect(illuminationOf(id).status).toBe('approved');
    // A write that does not speak of names (an older caller) keeps them.
    const b = buildingOf(id);
    await updateRegistration(coordinator, id, { cityId: b.cityId, name: b.name, kind: b.kind, address: b.address, description: 'Lit blue.', lat: b.lat, lng: b.lng, lightsOnMode: 'sunset', lightsOnTime: null, lightsOffTime: '01:00', useBuildingId: null, confirmedNew: false });
    expect(buildingOf(id).names).toEqual({ fr: 'Hôtel de Ville de Bruxelles', nl: 'Brusselse Stadhuis' });
  });

  it('are in the exports and the open data: one column per language, empty where there is none', async () => {
    const csv = await exportRegistrations(organiser, 'csv', { year: YEAR });
    const rows = Papa.parse<Record<string, string>>(String(csv.body).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const hall = rows.find((r) => r.name === 'Brussels Town Hall')!;
    for (const l of LOCALES) expect(hall).toHaveProperty(`name_${l}`);
    expect(hall).toMatchObject({ name_fr: 'Hôtel de Ville de Bruxelles', name_nl: 'Brusselse Stadhuis', name_de: '' });

    const geo = JSON.parse(String((await exportRegistrations(organiser, 'geojson', { year: YEAR })).body)) as { features: { properties: Record<string, string | null> }[] };
    expect(geo.features.find((f) => f.properties.name === 'Brussels Town Hall')!.properties.name_nl).toBe('Brusselse Stadhuis');

    const open = Papa.parse<Record<string, string>>(lightsToCsv(await listPublicLights(campaignId)), { header: true, skipEmptyLines: true }).data;
    expect(open.find((r) => r.name === 'Brussels Town Hall')).toMatchObject({ name_nl: 'Brusselse Stadhuis', name_de: '' });
  });
});
