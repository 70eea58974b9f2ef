import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { approvedVersionOf, createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/db/builders';
import type { Actor } from '@/lib/permissions';
import { preparePhoto, setPhotoRights, storePhoto } from '@/lib/photos';
import { pngImage } from '../helpers/images';

const session = vi.hoisted(() => ({ actor: null as Actor }));
vi.mock('@/app/_auth/current-actor', () => ({ currentActor: async () => session.actor }));

const { GET } = await import('@/app/uploads/[name]/route');
const get = (name: string) => GET(new Request(`http://x/uploads/${name}`), { params: Promise.resolve({ name }) });

let publicName: string;
let pendingName: string;
let cityId: number;
let otherCityId: number;

beforeAll(async () => {
  publicName = storePhoto(await preparePhoto(await pngImage()));
  pendingName = storePhoto(await preparePhoto(await pngImage({ width: 50, height: 50 })));
  const db = getDb();
  const campaign = createCampaign(db, { year: 2031 });
  cityId = createCity(db, { name: 'Photo City' }).id;
  otherCityId = createCity(db, { name: 'Other City' }).id;
  const a = createBuilding(db, { cityId, name: 'Public one' });
  createIllumination(db, { campaignId: campaign.id, buildingId: a.id, status: 'approved', photo: publicName });
  const b = createBuilding(db, { cityId, name: 'Pending one' });
  // Approved with the public photo, then edited: the new photo awaits review.
  createIllumination(db, { campaignId: campaign.id, buildingId: b.id, status: 'submitted', photo: pendingName, approved: approvedVersionOf(b, { photo: null }) });
});

describe('GET /uploads/[name]', () => {
  it('serves a public photo to anyone, as WebP, nosniff and immutable', async () => {
    session.actor = null;
    const res = await get(publicName);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(new Uint8Array(await res.arrayBuffer()).subarray(8, 12)).toEqual(new TextEncoder().encode('WEBP'));
  });

  it('serves a pending photo only to the city’s coordinators and organisers', async () => {
    session.actor = null;
    expect((await get(pendingName)).status).toBe(401);
    session.actor = { id: 'x', role: 'coordinator', cityIds: [otherCityId] };
    expect((await get(pendingName)).status).toBe(403);
    session.actor = { id: 'y', role: 'coordinator', cityIds: [cityId] };
    const res = await get(pendingName);
    expect(res.status).toBe(200);
    // No cache keeps it, the browser's included: who may see it can change at any time.
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    session.actor = { id: 'z', role: 'organiser', cityIds: [] };
    const organiserView = await get(pendingName);
    expect(organiserView.status).toBe(200);
    expect(organiserView.headers.get('cache-control')).toBe('private, no-store');
  });

  it('keeps a night photo private until its coordinator agrees to publish it', async () => {
    const db = getDb();
    const campaign = createCampaign(db, { year: 2032 });
    const building = createBuilding(db, { cityId, name: 'Lit one' });
    const night = storePhoto(await preparePhoto(await pngImage({ width: 20, height: 20 })));
    const row = createIllumination(db, { campaignId: campaign.id, buildingId: building.id, status: 'approved', litPhoto: night, litAt: new Date('2032-07-30T20:00:00Z') });
    session.actor = null;
    expect((await get(night)).status).toBe(401);
    session.actor = { id: 'y', role: 'coordinator', cityIds: [cityId] };
    expect((await get(night)).headers.get('cache-control')).toBe('private, no-store');
    const user = createUser(db, {}, [cityId]);
    await setPhotoRights({ id: user.id, role: 'coordinator', cityIds: [cityId] }, row.id, { night: { credit: '', publish: true } });
    session.actor = null;
    const res = await get(night);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers 404 to names it never gave out', async () => {
    session.actor = { id: 'z', role: 'organiser', cityIds: [] };
    for (const name of ['../blue-lights.db', 'x.webp', `${'a'.repeat(32)}.webp`, `${'a'.repeat(32)}.svg`]) {
      expect((await get(name)).status, name).toBe(404);
    }
  });
});
