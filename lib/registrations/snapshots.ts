/** What the audit log keeps of a building and of an illumination, before and after a change. */
import type { Building, Illumination } from '@/db/schema';

// ---------------------------------------------------------------------------

export const buildingFacts = (b: Pick<Building, 'cityId' | 'name' | 'kind' | 'address' | 'description' | 'lat' | 'lng'>) => ({
  cityId: b.cityId,
  name: b.name,
  kind: b.kind,
  address: b.address,
  description: b.description,
  lat: b.lat,
  lng: b.lng,
});

export const illuminationFacts = (i: Illumination) => ({
  campaignId: i.campaignId,
  buildingId: i.buildingId,
  status: i.status,
  lightsOnMode: i.lightsOnMode,
  lightsOnTime: i.lightsOnTime,
  lightsOffTime: i.lightsOffTime,
  photo: i.photo,
  litAt: i.litAt?.toISOString() ?? null,
  litPhoto: i.litPhoto,
  reviewReason: i.reviewReason,
  approved: i.approved,
});
