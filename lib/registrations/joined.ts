import 'server-only';
import { eq } from 'drizzle-orm';
import type { SelectedFields, SQLiteSelectBase } from 'drizzle-orm/sqlite-core';
import type { RunResult } from 'better-sqlite3';
import { getDb, type Db } from '@/db';
import { buildings, campaigns, cities, illuminations } from '@/db/schema';

/** The database or a transaction: anything that can read. */
type Reader = Pick<Db, 'select'>;

/** None of the four is ever missing (required foreign keys): every selected field is as the table declares it. */
type Nullability = Record<'illuminations' | 'campaigns' | 'buildings' | 'cities', 'not-null'>;

/** The select builder with the joins made, as drizzle types it for a concrete `TFields`. */
export type RegistrationSelect<TFields extends SelectedFields> = SQLiteSelectBase<'illuminations', 'sync', RunResult, TFields, 'partial', Nullability>;

/**
 * Registrations (illuminations) with their campaign, building and building's
 * city: the one way to join them. Every illumination has exactly one of each
 * (required foreign keys), so the joins never drop a row. Callers pick the
 * `fields` from any of the four tables and add their own `.where`, `.orderBy`,
 * `.limit` or further joins; inside a transaction, pass it as `db`.
 *
 *     selectRegistrations({ id: illuminations.id, city: cities.name }).where(eq(campaigns.year, 2027))
 */
export function selectRegistrations<TFields extends SelectedFields>(fields: TFields, db: Reader = getDb()): RegistrationSelect<TFields> {
  // Drizzle cannot follow a join on a selection that is still generic: the chain is typed for
  // plain fields and its type stated for the caller's, which is what it is at run time.
  const plain: SelectedFields = fields;
  const joined = db
    .select(plain)
    .from(illuminations)
    .innerJoin(campaigns, eq(campaigns.id, illuminations.campaignId))
    .innerJoin(buildings, eq(buildings.id, illuminations.buildingId))
    .innerJoin(cities, eq(cities.id, buildings.cityId));
  return joined as unknown as RegistrationSelect<TFields>;
}
