/**
 * Where a building stands compared with its city: pure functions, free of
 * Node, so that the registration form warns as the marker moves and the
 * review queue says the same.
 *
 * Two signs that a position is probably wrong (a click beside the map's
 * centre, latitude and longitude swapped, the wrong city chosen):
 * - it lies more than 15 km from the city's centre;
 * - it lies across a border from the city. There are no country outlines
 *   here; the offline time-zone map (tz-lookup, already used for the sunset
 *   suggestion) follows national borders in Europe (Europe/Brussels,
 *   Europe/Paris, Europe/Amsterdam, Europe/Luxembourg…), so a position whose
 *   zone differs from that of its city's centre is across a border, or at
 *   least on another clock than its city.
 * Both are warnings, never refusals: an embassy's residence may well stand
 * outside the capital.
 */
import { timeZoneAt } from '../zones';

export type LatLng = { lat: number; lng: number };

/** Further than this from its city's centre, a position is pointed out. */
export const FAR_FROM_CITY_KM = 15;

/** The mean radius of the Earth, in metres. */
export const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres (haversine). */
export function distanceMeters(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type FarFromCity = {
  /** `distance`: more than 15 km away; `border`: nearer, but across a border (another time zone). */
  reason: 'distance' | 'border';
  /** Distance from the city's centre, in whole kilometres. */
  km: number;
};

/** Whether `position` is suspiciously far from its city's centre (see above), or null when it looks right. */
export function farFromCity(position: LatLng, centre: LatLng): FarFromCity | null {
  const metres = distanceMeters(position, centre);
  const km = Math.round(metres / 1000);
  if (metres > FAR_FROM_CITY_KM * 1000) return { reason: 'distance', km };
  const zone = timeZoneAt(position.lat, position.lng, '');
  const cityZone = timeZoneAt(centre.lat, centre.lng, '');
  if (zone && cityZone && zone !== cityZone) return { reason: 'border', km };
  return null;
}
