/**
 * The city an event is in, from what the partner typed: a known city of that
 * name (in any of its languages) in that country, or else the gazetteer's
 * place, which is then added to the cities, as when a request to take part
 * is accepted. At home or abroad alike.
 */
import 'server-only';
import type { Tx } from '@/db';
import type { City } from '@/db/schema';
import { createCityFromPlace, knownCityNamed } from '@/lib/cities/from-gazetteer';
import type { Place } from '@/lib/cities/gazetteer';
import { UnknownEventPlaceError } from './errors';

/**
 * Inside the write transaction: the known city, or the gazetteer's `place`
 * (looked up before the transaction: a large file) added as a new city.
 */
export function findOrCreateCity(tx: Tx, actorId: string, name: string, country: string, place: Place | undefined): City {
  const known = knownCityNamed(tx, name, country);
  if (known) return known;
  if (!place) throw new UnknownEventPlaceError();
  return createCityFromPlace(tx, actorId, place);
}
