/**
 * The public map's data as the browser downloads it: one compact JSON
 * document per campaign year, the same in every language (city names travel
 * in all of them and are chosen in the browser), so that one versioned URL
 * can be cached for a year by the browser, nginx or a CDN.
 *
 * Columns rather than one object per building: 10,000 buildings must stay
 * small on a phone's connection, and columns of similar values compress far
 * better. Safe for the browser: plain functions, no server imports.
 */
import { BUILDING_KINDS, LIGHTS_ON_MODES, type Locale } from '@/lib/constants';
import { mapEventsFor, toMapEvents, type MapDataEvents, type MapEventSource } from '@/lib/events/map-data';
import { foldForSearch, type MapCity, type MapData, type MapLight, type PublicCity, type PublicLight } from './view';

/** Bumped when the shape below changes, so an old page never reads a new document. */
export const MAP_DATA_FORMAT = 4;

export type MapDataCity = PublicCity;

/**
 * Instants are whole minutes from the event date's midnight UTC (the lights
 * are minutes apart; a badge that turns a few seconds late is fine), and
 * positions are millionths of a degree, as integers.
 */
export type MapDataDocument = {
  format: typeof MAP_DATA_FORMAT;
  year: number;
  eventDate: string;
  cities: MapDataCity[];
  lights: {
    id: number[];
    name: string[];
    /**
     * The names in other languages of the few buildings that have them, by
     * index into these columns: every reader gets the same document and picks
     * the name in their own language.
     */
    names: Record<number, Partial<Record<Locale, string>>>;
    /** Index into BUILDING_KINDS. */
    kind: number[];
    /** Index into `cities`. */
    city: number[];
    lat: number[];
    lng: number[];
    /** Index into LIGHTS_ON_MODES. */
    mode: number[];
    on: (string | null)[];
    off: (string | null)[];
    onAt: (number | null)[];
    offAt: (number | null)[];
    litAt: (number | null)[];
    /** The popup's photo (see MapLight.photo), its address without `/uploads/`. */
    photo: (string | null)[];
  };
  /** The partners' approved events of the campaign (lib/events/map-data.ts). */
  events: MapDataEvents;
};

const MINUTE = 60_000;
/** Where every public photo's address starts (app/uploads). */
const PHOTO_PREFIX = '/uploads/';
const MICRO = 1e6;

function dayBase(eventDate: string): number {
  return Date.parse(`${eventDate}T00:00:00Z`);
}

/** The document for a year's approved lights and events (in any order: they are sorted here). */
export function toMapDocument(year: number, eventDate: string, lights: PublicLight[], events: readonly MapEventSource[] = []): MapDataDocument {
  const base = dayBase(eventDate);
  const minutes = (iso: string | null) => (iso === null ? null : Math.round((Date.parse(iso) - base) / MINUTE));
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  // By province, city and name: each city's buildings lie together, in name
  // order, so a language only has to order the cities (see mapDataFor).
  const sorted = [...lights].sort(
    (a, b) =>
      collator.compare(a.city.province, b.city.province) ||
      collator.compare(a.city.name, b.city.name) ||
      a.city.id - b.city.id ||
      collator.compare(a.name, b.name) ||
      a.id - b.id,
  );
  const cityIndex = new Map<number, number>();
  const cities: MapDataCity[] = [];
  const doc: MapDataDocument = {
    format: MAP_DATA_FORMAT,
    year,
    eventDate,
    cities,
    lights: { id: [], name: [], names: {}, kind: [], city: [], lat: [], lng: [], mode: [], on: [], off: [], onAt: [], offAt: [], litAt: [], photo: [] },
    events: toMapEvents(events, base),
  };
  const c = doc.lights;
  for (const l of sorted) {
    let index = cityIndex.get(l.city.id);
    if (index === undefined) {
      index = cities.length;
      cityIndex.set(l.city.id, index);
      const { id, name, names, province, country, timeZone } = l.city;
      cities.push({ id, name, names, province, country, timeZone });
    }
    c.id.push(l.id);
    if (Object.values(l.names).some(Boolean)) c.names[c.name.length] = l.names;
    c.name.push(l.name);
    c.kind.push(BUILDING_KINDS.indexOf(l.kind));
    c.city.push(index);
    c.lat.push(Math.round(l.lat * MICRO));
    c.lng.push(Math.round(l.lng * MICRO));
    c.mode.push(LIGHTS_ON_MODES.indexOf(l.lightsOn.mode));
    c.on.push(l.lightsOn.time);
    c.off.push(l.lightsOff.time);
    c.onAt.push(minutes(l.lightsOn.at));
    c.offAt.push(minutes(l.lightsOff.at));
    c.litAt.push(minutes(l.litAt));
    const shown = l.photos.find((p) => p.role === 'night') ?? l.photos[0];
    c.photo.push(shown ? shown.url.slice(PHOTO_PREFIX.length) : null);
  }
  return doc;
}

/**
 * The map data in one language: city names in `locale`, buildings in list
 * order (province, city as the reader spells it, name), and the events in
 * theirs (day, city, start). Linear in the number of buildings: only the
 * cities are sorted.
 */
export function mapDataFor(doc: MapDataDocument, locale: string): MapData {
  const base = dayBase(doc.eventDate);
  const instant = (m: number | null | undefined) => (m === null || m === undefined ? null : base + m * MINUTE);
  const cities: MapCity[] = doc.cities.map((city) => ({
    id: city.id,
    name: city.names[locale as Locale] || city.name,
    province: city.province,
    country: city.country,
    timeZone: city.timeZone,
    search: foldForSearch([city.name, ...Object.values(city.names)].join(' ')),
  }));
  const c = doc.lights;
  const byCity: MapLight[][] = cities.map(() => []);
  for (let i = 0; i < c.id.length; i++) {
    const city = c.city[i]!;
    const names = c.names[i];
    byCity[city]?.push({
      id: c.id[i]!,
      name: names?.[locale as Locale] || c.name[i]!,
      ...(names ? { otherNames: foldForSearch([c.name[i]!, ...Object.values(names)].join(' ')) } : {}),
      kind: BUILDING_KINDS[c.kind[i]!] ?? 'other',
      cityId: cities[city]!.id,
      lat: c.lat[i]! / MICRO,
      lng: c.lng[i]! / MICRO,
      on: { mode: LIGHTS_ON_MODES[c.mode[i]!] ?? 'sunset', time: c.on[i] ?? null },
      offTime: c.off[i] ?? null,
      onAt: instant(c.onAt[i]),
      offAt: instant(c.offAt[i]),
      litAt: instant(c.litAt[i]),
      photo: c.photo[i] ? PHOTO_PREFIX + c.photo[i] : null,
    });
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  // A city whose buildings have names in other languages is ordered again, by the names this reader sees.
  for (const list of byCity) if (list.some((l) => l.otherNames)) list.sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id);
  const order = cities
    .map((city, index) => ({ city, index }))
    .sort(
      (a, b) =>
        collator.compare(a.city.province, b.city.province) || collator.compare(a.city.name, b.city.name) || a.city.id - b.city.id,
    );
  return { cities: order.map((o) => o.city), lights: order.flatMap((o) => byCity[o.index]!), events: mapEventsFor(doc.events, base, locale) };
}

/** Whether a parsed JSON value is a map document this code can read. */
export function isMapDocument(value: unknown): value is MapDataDocument {
  const doc = value as Partial<MapDataDocument> | null;
  return typeof doc === 'object' && doc !== null && doc.format === MAP_DATA_FORMAT && Array.isArray(doc.cities) && Array.isArray(doc.lights?.id) && Array.isArray(doc.events?.id);
}

/** The map data's URL for a year at a version (a hash of its bytes): a new version, a new URL. */
export function mapDataPath(year: number, version: string): string {
  return `/api/lights/${year}/map/${version}.json`;
}
