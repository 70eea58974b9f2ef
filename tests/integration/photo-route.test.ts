import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { approvedVersionOf, createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import type { Actor } from '@/lib/permissions';
import { preparePhoto, storePhoto } from '@/lib/photos/photos';
import { setPhotoRights } from '@/lib/photos/rights';
import { pngImage } from '../helpers/images';
import { session } from '../helpers/acting-user';

vi.mock('@/app/_auth/current-actor', () => import('../helpers/acting-user'));

const { GET } = await import('@/app/uploads/[name]/route');
const get = (name: string, headers: Record<string, string> = {}) => GET(new Request(`http://x/uploads/${name}`, { headers }), { params: Promise.resolve({ name }) });
/** Kept by any cache for five minutes at most, then asked again: a public photo may stop being public. */
const PUBLIC_PHOTO = 'public, max-age=300, s-maxage=300, must-revalidate';

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
  it('serves a public photo to anyone, as WebP, nosniff, for a short while', async () => {
    session.actor = null;
    const res = await get(publicName);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe(PUBLIC_PHOTO);
    expect(res.headers.get('etag')).toBe(`"${publicName.replace('.webp', '')}"`);
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
    expect(res.headers.get('cache-control')).toBe(PUBLIC_PHOTO);
  });

  it('lets a cache keep a public photo only while it stays public: 304 while it is, refused once consent is withdrawn', async () => {
    const db = getDb();
    const campaign = createCampaign(db, { year: 2033 });
    const building = createBuilding(db, { cityId, name: 'Withdrawn one' });
    const night = storePhoto(await preparePhoto(await pngImage({ width: 24, height: 24 })));
    const row = createIllumination(db, { campaignId: campaign.id, buildingId: building.id, status: 'approved', litPhoto: night, litAt: new Date('2033-07-30T20:00:00Z') });
    const coordinator: NonNullable<Actor> = { id: createUser(db, {}, [cityId]).id, role: 'coordinator', cityIds: [cityId] };
    await setPhotoRights(coordinator, row.id, { night: { credit: '', publish: true } });

    session.actor = null;
    const first = await get(night);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    // A browser or CDN asking again after five minutes: unchanged, nothing to send.
    const again = await get(night, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe(PUBLIC_PHOTO);
    expect(again.headers.get('etag')).toBe(etag);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    expect((await get(night, { 'If-None-Match': '"someone-else"' })).status).toBe(200);

    // The coordinator withdraws consent: the next revalidation gets no photo, and nothing to keep.
    await setPhotoRights(coordinator, row.id, { night: { credit: '', publish: false } });
    const withdrawn = await get(night, { 'If-None-Match': etag });
    expect(withdrawn.status).toBe(401);
    expect(withdrawn.headers.get('cache-control')).toBe('no-store');
    expect(withdrawn.headers.get('etag')).toBeNull();
  });

  it('answers 404 to names it never gave out', async () => {
    session.actor = { id: 'z', role: 'organiser', cityIds: [] };
    for (const name of ['../blue-lights.db', 'x.webp', `${'a'.repeat(32)}.webp`, `${'a'.repeat(32)}.svg`]) {
      expect((await get(name)).status, name).toBe(404);
    }
  });
});
