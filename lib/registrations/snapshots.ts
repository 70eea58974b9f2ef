/** What the audit log keeps of a building and of an illumination, before and after a change. */
import type { Building, Illumination } from '@/db/schema';
import { LOCALES } from '@/lib/constants';

// ---------------------------------------------------------------------------

/** A building's own details, as stored (and as the registration form edits them). */
export type BuildingDetails = Pick<Building, 'cityId' | 'name' | 'names' | 'kind' | 'address' | 'description' | 'lat' | 'lng'>;

export const buildingFacts = (b: BuildingDetails) => ({
  cityId: b.cityId,
  name: b.name,
  // In the order of the languages, so that the same names always compare (and read) the same.
  names: Object.fromEntries(LOCALES.filter((l) => b.names[l]).map((l) => [l, b.names[l]])) as Building['names'],
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
