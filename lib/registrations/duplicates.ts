/**
 * Near-duplicate buildings: before a new building is stored, the coordinator
 * is asked "Is this the same as …?" when another building of the same city
 * has the same name, or any building lies within a few metres. Pure
 * functions, so that they can be tested without a database.
 */
import { distanceMeters, EARTH_RADIUS_M, type LatLng } from '../geo/far-from-city';

/** Two buildings closer than this are probably the same one. */
export const DUPLICATE_RADIUS_M = 50;

export { distanceMeters, type LatLng };

/**
 * A name reduced for comparison: case, accents, punctuation and spacing
 * ignored ("Hôtel de Ville" = "hotel-de-ville", "Liège" = "LIEGE").
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type DuplicateCandidate = LatLng & { id: number; cityId: number; name: string };
export type DuplicateMatch<T extends DuplicateCandidate> = {
  building: T;
  reason: 'name' | 'nearby';
  /** Rounded, in metres. */
  distance: number;
};

/**
 * The buildings that may be the same as `target`: the same name in the same
 * city, or any building within `radius` metres; the nearest first.
 */
export function findDuplicates<T extends DuplicateCandidate>(
  target: LatLng & { cityId: number; name: string },
  buildings: readonly T[],
  radius: number = DUPLICATE_RADIUS_M,
): DuplicateMatch<T>[] {
  const name = normaliseName(target.name);
  const out: DuplicateMatch<T>[] = [];
  for (const b of buildings) {
    const distance = distanceMeters(target, b);
    const sameName = name !== '' && b.cityId === target.cityId && normaliseName(b.name) === name;
    if (sameName || distance <= radius) {
      out.push({ building: b, reason: sameName ? 'name' : 'nearby', distance: Math.round(distance) });
    }
  }
  return out.sort((a, b) => a.distance - b.distance || a.building.id - b.building.id);
}

/** A bounding box around `p` that contains every point within `radius` metres (for a cheap SQL pre-filter). */
export function boundingBox(p: LatLng, radius: number = DUPLICATE_RADIUS_M) {
  const dLat = (radius / EARTH_RADIUS_M) * (180 / Math.PI);
  const cos = Math.max(Math.cos((p.lat * Math.PI) / 180), 1e-6);
  const dLng = Math.min(180, dLat / cos);
  return { minLat: p.lat - dLat, maxLat: p.lat + dLat, minLng: p.lng - dLng, maxLng: p.lng + dLng };
}
