import type { BuildingKind, Campaign, LightsOnMode, Locale } from '@/db/schema';

/**
 * One approved illumination as the public sees it. Plain JSON values only,
 * so that it can be cached and handed to the browser as it is.
 */
export type PublicLight = {
  id: number;
  illuminationId: number;
  name: string;
  kind: BuildingKind;
  address: string;
  description: string;
  lat: number;
  lng: number;
  city: {
    id: number;
    name: string;
    names: Partial<Record<Locale, string>>;
    province: string;
    country: string;
    timeZone: string;
  };
  lightsOn: { mode: LightsOnMode; time: string | null; at: string | null };
  lightsOff: { time: string | null; at: string | null };
  litAt: string | null;
};

export type PublicCampaign = Pick<Campaign, 'year' | 'eventDate' | 'theme'> & {
  registrationDeadline: string;
};

/** "14 buildings in 12 cities". */
export function countLights(lights: Pick<PublicLight, 'city'>[]): { buildings: number; cities: number } {
  return { buildings: lights.length, cities: new Set(lights.map((l) => l.city.id)).size };
}

export type CityGroup<T extends Pick<PublicLight, 'city'>> = { city: PublicLight['city']; lights: T[] };

/** Groups lights by city, keeping the order in which cities first appear. */
export function groupByCity<T extends Pick<PublicLight, 'city'>>(lights: T[]): CityGroup<T>[] {
  const groups = new Map<number, CityGroup<T>>();
  for (const light of lights) {
    let group = groups.get(light.city.id);
    if (!group) {
      group = { city: light.city, lights: [] };
      groups.set(light.city.id, group);
    }
    group.lights.push(light);
  }
  return [...groups.values()];
}
