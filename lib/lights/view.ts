import type { Campaign } from '@/db/schema';
import type { BuildingKind, LightsOnMode, Locale, NamesByLocale } from '@/lib/constants';
import type { ShownEvent } from '@/lib/events/public-view';

/** A building as a registration describes it: what the public map and the exports show of it. */
export type BuildingFacts = {
  name: string;
  /** Its names in other languages (only where they differ). */
  names: NamesByLocale;
  kind: BuildingKind;
  address: string;
  description: string;
  lat: number;
  lng: number;
};

/** A city as the public sees it, with its names in every language we have (chosen in the browser). */
export type PublicCity = {
  id: number;
  name: string;
  names: Partial<Record<Locale, string>>;
  province: string;
  country: string;
  timeZone: string;
};

/**
 * One approved illumination as the public sees it, its building as approved.
 * Plain JSON values only, so that it can be cached and handed to the browser as it is.
 */
export type PublicLight = BuildingFacts & {
  id: number;
  illuminationId: number;
  city: PublicCity;
  lightsOn: { mode: LightsOnMode; time: string | null; at: string | null };
  lightsOff: { time: string | null; at: string | null };
  litAt: string | null;
  /** Its photos the public may see (the registration's, the night's once agreed), with their credit lines. */
  photos: PublicPhoto[];
};

export type PublicPhoto = { url: string; role: 'registration' | 'night'; credit: string };

export type PublicCampaign = Pick<Campaign, 'year' | 'eventDate' | 'theme' | 'hashtags'> & {
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

// ---------------------------------------------------------------------------
// What the browser works with: the lights with cities listed once and
// instants as epoch ms (decoded from the map data, see map-data.ts).
// ---------------------------------------------------------------------------

export type MapCity = {
  id: number;
  /** In the page's language. */
  name: string;
  province: string;
  country: string;
  timeZone: string;
  /** Every name of the city, accent- and case-folded, for search ("gand" finds Ghent). */
  search: string;
};

export type MapLight = {
  id: number;
  /** In the page's language where it has a name in it. */
  name: string;
  /** Every name of a building that has names in other languages, folded for search (a Dutch name finds it in French). */
  otherNames?: string;
  kind: BuildingKind;
  cityId: number;
  lat: number;
  lng: number;
  on: { mode: LightsOnMode; time: string | null };
  offTime: string | null;
  onAt: number | null;
  offAt: number | null;
  litAt: number | null;
  /** The photo its popup shows (the night's if public, else the registration's), or null. */
  photo: string | null;
};

/** `events`: the partners' events in the same language and list order (the map data carries them; absent where a page has none). */
export type MapData = { cities: MapCity[]; lights: MapLight[]; events?: ShownEvent[] };

/** Buildings per page of the public list, and per "show more": never 10,000 rows at once. */
export const LIST_PAGE_SIZE = 50;

/** How many pages the list of `count` buildings has (at least one, however empty). */
export function listPageCount(count: number): number {
  return Math.max(1, Math.ceil(count / LIST_PAGE_SIZE));
}

/** A list page number from a query parameter: written the one way (`2`, not `02`), else null. */
export function parseListPage(value: string | string[] | undefined): number | null {
  if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

/** Folds case and accents, and unifies apostrophes: "Liège" and "liege", "Prince-Bishops’" and "prince-bishops'" match. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .trim();
}

export type LightFilter = { query: string; kind: BuildingKind | '' };

/** The lights matching a search (building or city name, in any language, accents ignored) and a kind. */
export function filterLights(
  lights: MapLight[],
  cities: ReadonlyMap<number, MapCity>,
  { query, kind }: LightFilter,
): MapLight[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0 && !kind) return lights;
  return lights.filter((l) => {
    if (kind && l.kind !== kind) return false;
    if (words.length === 0) return true;
    const haystack = `${l.otherNames ?? foldForSearch(l.name)} ${cities.get(l.cityId)?.search ?? ''}`;
    return words.every((w) => haystack.includes(w));
  });
}

/** Orders lights by province, then city (in the page's language), then name. */
export function sortByPlace(lights: MapLight[], cities: ReadonlyMap<number, MapCity>, locale: string): MapLight[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...lights].sort((a, b) => {
    const ca = cities.get(a.cityId);
    const cb = cities.get(b.cityId);
    return (
      collator.compare(ca?.province ?? '', cb?.province ?? '') ||
      collator.compare(ca?.name ?? '', cb?.name ?? '') ||
      collator.compare(a.name, b.name) ||
      a.id - b.id
    );
  });
}

export type ProvinceGroup = { province: string; cities: { city: MapCity; lights: MapLight[] }[] };

/** Groups already sorted lights by province and city, keeping their order. */
export function groupByProvinceAndCity(lights: MapLight[], cities: ReadonlyMap<number, MapCity>): ProvinceGroup[] {
  const groups: ProvinceGroup[] = [];
  for (const light of lights) {
    const city = cities.get(light.cityId);
    if (!city) continue;
    let province = groups.at(-1);
    if (!province || province.province !== city.province) {
      province = { province: city.province, cities: [] };
      groups.push(province);
    }
    let cityGroup = province.cities.at(-1);
    if (!cityGroup || cityGroup.city.id !== city.id) {
      cityGroup = { city, lights: [] };
      province.cities.push(cityGroup);
    }
    cityGroup.lights.push(light);
  }
  return groups;
}

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Lights nearest first from `origin`. */
export function sortByDistance<T extends { lat: number; lng: number; id: number }>(
  lights: T[],
  origin: { lat: number; lng: number },
): { light: T; km: number }[] {
  return lights
    .map((light) => ({ light, km: distanceKm(origin, light) }))
    .sort((a, b) => a.km - b.km || a.light.id - b.light.id);
}
