/**
 * Credits and consent of photos: what the gallery shows, what the photo's own
 * address serves to the public, and who may change them, on real SQLite.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import { auditLog, illuminations, photoRights } from '@/db/schema';
import { ForbiddenError, type Actor } from '@/lib/permissions';
import { isPublicPhoto, listGalleryPhotos, photoRightsOf, setPhotoRights } from '@/lib/photos/rights';
import { mayViewPhoto, preparePhoto, storePhoto } from '@/lib/photos/photos';
import { currentPublicRevision } from '@/lib/public-data/revision';
import { confirmLit } from '@/lib/registrations/night';
import { updateRegistration } from '@/lib/registrations/write';
import { pngImage } from '../helpers/images';

const db = () => getDb();
let cityId: number;
let organiser: NonNullable<Actor>;
let coordinator: NonNullable<Actor>;
let otherCoordinator: NonNullable<Actor>;
const photo = async () => storePhoto(await preparePhoto(await pngImage({ width: 60, height: 40 })));

beforeAll(() => {
  cityId = createCity(db(), { name: 'Rights City' }).id;
  const otherCityId = createCity(db(), { name: 'Rights Other City' }).id;
  organiser = { id: createUser(db(), { role: 'organiser' }).id, role: 'organiser', cityIds: [] };
  coordinator = { id: createUser(db(), {}, [cityId]).id, role: 'coordinator', cityIds: [cityId] };
  otherCoordinator = { id: createUser(db(), {}, [otherCityId]).id, role: 'coordinator', cityIds: [otherCityId] };
});

/** An approved registration with a photo and a night photo, in a campaign of its own. */
async function registration(year: number, { published = true, deadline = new Date(`${year}-07-16T00:00:00Z`) } = {}) {
  const campaign = createCampaign(db(), { year, published, registrationDeadline: deadline });
  const building = createBuilding(db(), { cityId, name: `Hall ${year}` });
  const [own, night] = [await photo(), await photo()];
  const row = createIllumination(db(), { campaignId: campaign.id, buildingId: building.id, status: 'approved', photo: own, litPhoto: night, litAt: new Date(`${year}-07-30T20:00:00Z`) });
  return { campaign, building, row, own, night };
}

describe('photo consent', () => {
  it('publishes an approved registration’s photo by default, and the night photo only once its coordinator says yes', async () => {
    const { campaign, row, own, night } = await registration(2061);
    expect((await listGalleryPhotos(campaign.id)).map((p) => [p.name, p.role])).toEqual([[own, 'registration']]);
    expect(await isPublicPhoto(own)).toBe(true);
    expect(await isPublicPhoto(night)).toBe(false);
    // Not public, yet the city's coordinators and the organisers still see it; others do not.
    expect(await mayViewPhoto(coordinator, night)).toBe(true);
    expect(await mayViewPhoto(organiser, night)).toBe(true);
    expect(await mayViewPhoto(otherCoordinator, night)).toBe(false);
    expect(await mayViewPhoto(null, night)).toBe(false);

    const before = await currentPublicRevision();
    await setPhotoRights(coordinator, row.id, { night: { credit: 'Stad / Jan Peeters', publish: true } });
    expect(await currentPublicRevision()).toBeGreaterThan(before);
    const gallery = await listGalleryPhotos(campaign.id);
    expect(gallery.map((p) => [p.role, p.credit])).toEqual([
      ['registration', ''],
      ['night', 'Stad / Jan Peeters'],
    ]);
    expect(await isPublicPhoto(night)).toBe(true);
    expect(await mayViewPhoto(null, night)).toBe(true);
  });

  it('withdraws a registration photo from the public when its coordinator refuses, after the deadline too', async () => {
    const { campaign, row, own } = await registration(2062, { deadline: new Date('2000-01-01T00:00:00Z') });
    await setPhotoRights(coordinator, row.id, { registration: { credit: '', publish: false } });
    expect(await listGalleryPhotos(campaign.id)).toEqual([]);
    expect(await isPublicPhoto(own)).toBe(false);
    expect(await mayViewPhoto(null, own)).toBe(false);
    expect(await mayViewPhoto(coordinator, own)).toBe(true);
    const audit = db().select().from(auditLog).where(eq(auditLog.entityId, own)).all();
    expect(audit.map((a) => a.action)).toEqual(['photo.rights']);
    expect(audit[0]).toMatchObject({ actorId: coordinator.id, before: { credit: '', publish: true }, after: { role: 'registration', credit: '', publish: false } });
  });

  it('shows nothing of an unpublished campaign, consent or not', async () => {
    const { campaign, row, own, night } = await registration(2063, { published: false });
    await setPhotoRights(organiser, row.id, { night: { credit: '', publish: true } });
    expect(await listGalleryPhotos(campaign.id)).toEqual([]);
    expect(await isPublicPhoto(own)).toBe(false);
    expect(await isPublicPhoto(night)).toBe(false);
  });

  it('shows nothing of a registration that is not approved', async () => {
    const campaign = createCampaign(db(), { year: 2064 });
    const building = createBuilding(db(), { cityId });
    const own = await photo();
    createIllumination(db(), { campaignId: campaign.id, buildingId: building.id, status: 'submitted', photo: own });
    expect(await listGalleryPhotos(campaign.id)).toEqual([]);
    expect(await isPublicPhoto(own)).toBe(false);
  });

  it('is changed only by the city’s coordinators and the organisers', async () => {
    const { row, night } = await registration(2065);
    await expect(setPhotoRights(otherCoordinator, row.id, { night: { credit: 'x', publish: true } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setPhotoRights(null, row.id, { night: { credit: 'x', publish: true } })).rejects.toThrow();
    expect(db().select().from(photoRights).where(eq(photoRights.name, night)).get()).toBeUndefined();
    expect(await setPhotoRights(organiser, row.id, { night: { credit: 'x', publish: true } })).toMatchObject({ changed: true });
    expect(await setPhotoRights(organiser, row.id, { night: { credit: 'x', publish: true } })).toMatchObject({ changed: false });
  });

  it('saved with the registration form does not send an approved registration back to review', async () => {
    const { building, row, own } = await registration(2066, { deadline: new Date('2999-01-01T00:00:00Z') });
    const fields = {
      cityId,
      name: building.name,
      kind: building.kind,
      address: building.address,
      description: building.description,
      lat: building.lat,
      lng: building.lng,
      lightsOnMode: row.lightsOnMode,
      lightsOnTime: row.lightsOnTime,
      lightsOffTime: row.lightsOffTime,
      useBuildingId: null,
      confirmedNew: false,
    };
    const saved = await updateRegistration(coordinator, row.id, fields, { photoRights: { credit: 'Ville', publish: true } });
    expect(saved).toMatchObject({ changed: false, rightsChanged: true });
    expect(db().select().from(illuminations).where(eq(illuminations.id, row.id)).get()!.status).toBe('approved');
    expect((await photoRightsOf([{ name: own, role: 'registration' }])).get(own)).toEqual({ credit: 'Ville', publish: true, explicit: true });
  });

  it('is asked with "lights are on": the night photo sent is published only with a yes', async () => {
    const campaign = createCampaign(db(), { year: 2067 });
    const building = createBuilding(db(), { cityId });
    const row = createIllumination(db(), { campaignId: campaign.id, buildingId: building.id, status: 'approved' });
    const prepared = await preparePhoto(await pngImage({ width: 30, height: 30 }));
    await confirmLit(organiser, row.id, { photo: prepared, photoRights: { credit: 'Night credit', publish: false } });
    const night = db().select().from(illuminations).where(eq(illuminations.id, row.id)).get()!.litPhoto!;
    expect(await isPublicPhoto(night)).toBe(false);
    await confirmLit(organiser, row.id, { photoRights: { credit: 'Night credit', publish: true } });
    expect((await listGalleryPhotos(campaign.id)).map((p) => [p.role, p.credit])).toEqual([['night', 'Night credit']]);
  });
});
