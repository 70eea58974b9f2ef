/**
 * A city named by a person (a request to take part, a partner's event): a
 * known city of that name (in any of its languages) in that country, or else
 * the gazetteer's place, which is then added to the cities.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db';
import { cities, type City } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { timeZoneAt } from '@/lib/zones';
import { fold, searchPlaces, type Place } from './gazetteer';

/** A known city called `name` in `country`. */
export function knownCityNamed(tx: Pick<Tx | Db, 'select'>, name: string, country: string): City | undefined {
  const wanted = fold(name);
  return tx
    .select()
    .from(cities)
    .where(eq(cities.country, country))
    .all()
    .find((c) => fold(c.name) === wanted || Object.values(c.names).some((n) => n && fold(n) === wanted));
}

/** The gazetteer's place of exactly that name in that country (the largest, if several). */
export function gazetteerPlaceNamed(name: string, country: string): Place | undefined {
  const wanted = fold(name);
  return searchPlaces(name, { limit: 20, preferCountries: [country] }).find((p) => p.country === country && fold(p.name) === wanted);
}

/** Inside the write transaction: the gazetteer's `place` added as a new city; `audit` adds to what the audit log tells. */
export function createCityFromPlace(tx: Tx, actorId: string, place: Place, audit: Record<string, unknown> = {}): City {
  const city = tx
    .insert(cities)
    .values({ name: place.name, country: place.country, province: place.province, lat: place.lat, lng: place.lng, timeZone: place.timeZone || timeZoneAt(place.lat, place.lng) })
    .returning()
    .get();
  recordAudit(tx, {
    actorId,
    action: 'city.create',
    entity: 'city',
    entityId: city.id,
    after: { name: city.name, names: city.names, country: city.country, province: city.province, lat: city.lat, lng: city.lng, timeZone: city.timeZone, ...audit },
  });
  return city;
}
