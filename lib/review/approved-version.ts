import type { Building, NewIllumination } from '@/db/schema';
import { LOCALES, type ApprovedVersion } from '../constants';

/** The public version of a building's registration, as approval freezes it. */
export function approvedVersionOf(
  building: Pick<Building, 'name' | 'names' | 'kind' | 'address' | 'description' | 'lat' | 'lng'>,
  timing: Pick<NewIllumination, 'lightsOnMode' | 'lightsOnTime' | 'lightsOffTime' | 'photo'>,
): ApprovedVersion {
  return {
    name: building.name,
    names: Object.fromEntries(LOCALES.filter((l) => building.names[l]).map((l) => [l, building.names[l]])),
    kind: building.kind,
    address: building.address,
    description: building.description,
    lat: building.lat,
    lng: building.lng,
    lightsOnMode: timing.lightsOnMode ?? 'sunset',
    lightsOnTime: timing.lightsOnTime ?? null,
    lightsOffTime: timing.lightsOffTime ?? null,
    photo: timing.photo ?? null,
  };
}
