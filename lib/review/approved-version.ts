import type { Building, NewIllumination } from '@/db/schema';
import type { ApprovedVersion } from '../constants';

/** The public version of a building's registration, as approval freezes it. */
export function approvedVersionOf(
  building: Pick<Building, 'name' | 'kind' | 'address' | 'description' | 'lat' | 'lng'>,
  timing: Pick<NewIllumination, 'lightsOnMode' | 'lightsOnTime' | 'lightsOffTime' | 'photo'>,
): ApprovedVersion {
  return {
    name: building.name,
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
