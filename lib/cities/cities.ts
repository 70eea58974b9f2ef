import 'server-only';
import { and, asc, eq, ne } from 'drizzle-orm';
import { getDb, writeTransaction } from '@/db';
import { cities, type City } from '@/db/schema';
import { type Locale } from '@/lib/constants';
import { recordAudit } from '@/lib/audit/record';
import { UnknownCityError } from './errors';

export { UnknownCityError };
import { timeZoneAt } from '../zones';
import { authorize, canManageCities, type Actor } from '../permissions';

/** Every city, by name. */
export async function listCities(): Promise<City[]> {
  return getDb().select().from(cities).orderBy(asc(cities.name));
}

// ---------------------------------------------------------------------------
// Managing cities (organisers)
// ---------------------------------------------------------------------------

export class DuplicateCityError extends Error {}

export type CityInput = {
  name: string;
  /** Names in other languages, only where they differ from `name`. */
  names: Partial<Record<Locale, string>>;
  country: string;
  province: string;
  lat: number;
  lng: number;
  /** Null: the zone at the coordinates. */
  timeZone: string | null;
  /** The posters' languages; null (or none): the default for the place. Left as it is when absent. */
  posterLocales?: Locale[] | null;
};

const cityAudit = (c: City) => ({ name: c.name, names: c.names, country: c.country, province: c.province, lat: c.lat, lng: c.lng, timeZone: c.timeZone, posterLocales: c.posterLocales });

function values(input: CityInput) {
  const names: Partial<Record<Locale, string>> = {};
  for (const [l, n] of Object.entries(input.names)) if (n && n !== input.name) names[l as Locale] = n;
  return {
    name: input.name,
    names,
    country: input.country,
    province: input.province,
    lat: input.lat,
    lng: input.lng,
    timeZone: input.timeZone || timeZoneAt(input.lat, input.lng),
    ...(input.posterLocales === undefined ? {} : { posterLocales: input.posterLocales?.length ? input.posterLocales : null }),
  };
}

/** Adds a city; its name is unique within its country. */
export async function createCity(actor: Actor, input: CityInput): Promise<City> {
  authorize(actor, canManageCities(actor));
  return writeTransaction((tx) => {
    const v = values(input);
    if (tx.select({ id: cities.id }).from(cities).where(and(eq(cities.name, v.name), eq(cities.country, v.country))).get()) throw new DuplicateCityError();
    const row = tx.insert(cities).values(v).returning().get();
    recordAudit(tx, { actorId: actor.id, action: 'city.create', entity: 'city', entityId: row.id, after: cityAudit(row) });
    return row;
  });
}

export async function updateCity(actor: Actor, id: number, input: CityInput): Promise<City> {
  authorize(actor, canManageCities(actor));
  return writeTransaction((tx) => {
    const before = tx.select().from(cities).where(eq(cities.id, id)).get();
    if (!before) throw new UnknownCityError();
    const v = values(input);
    const clash = tx.select({ id: cities.id }).from(cities).where(and(eq(cities.name, v.name), eq(cities.country, v.country), ne(cities.id, id))).get();
    if (clash) throw new DuplicateCityError();
    const after = tx.update(cities).set(v).where(eq(cities.id, id)).returning().get();
    recordAudit(tx, { actorId: actor.id, action: 'city.update', entity: 'city', entityId: id, before: cityAudit(before), after: cityAudit(after) });
    return after;
  });
}
