import { asc } from 'drizzle-orm';
import { getDb } from '@/db';
import { cities, type City } from '@/db/schema';

/** Every city, by name. */
export async function listCities(): Promise<City[]> {
  return getDb().select().from(cities).orderBy(asc(cities.name));
}
