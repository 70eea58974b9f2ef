import 'server-only';
import { asc, eq, isNotNull, and } from 'drizzle-orm';
import { getDb, writeTransaction } from '@/db';
import { cities, helpCentres, type City, type HelpCentre } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { UnknownCityError } from '@/lib/cities/errors';
import { authorize, canManageHelpCentres, type Actor } from '@/lib/permissions';

export class UnknownHelpCentreError extends Error {}

export type HelpCentreInput = {
  name: string;
  cityId: number;
  address: string;
  phone: string;
  website: string;
  /** Both or neither: a centre without a position is listed, not mapped. */
  lat: number | null;
  lng: number | null;
};

export type HelpCentreRow = HelpCentre & { city: Pick<City, 'id' | 'name' | 'names' | 'country'> };

/** Every help centre with its city, by city then name. Public: the centres are there to be found. */
export async function listHelpCentres(): Promise<HelpCentreRow[]> {
  const rows = await getDb()
    .select({ centre: helpCentres, city: { id: cities.id, name: cities.name, names: cities.names, country: cities.country } })
    .from(helpCentres)
    .innerJoin(cities, eq(cities.id, helpCentres.cityId))
    .orderBy(asc(cities.name), asc(helpCentres.name));
  return rows.map((r) => ({ ...r.centre, city: r.city }));
}

/** The centres with a position, for a map. */
export async function mappedHelpCentres(): Promise<HelpCentreRow[]> {
  const rows = await getDb()
    .select({ centre: helpCentres, city: { id: cities.id, name: cities.name, names: cities.names, country: cities.country } })
    .from(helpCentres)
    .innerJoin(cities, eq(cities.id, helpCentres.cityId))
    .where(and(isNotNull(helpCentres.lat), isNotNull(helpCentres.lng)))
    .orderBy(asc(cities.name), asc(helpCentres.name));
  return rows.map((r) => ({ ...r.centre, city: r.city }));
}

const audited = (c: HelpCentre) => ({ name: c.name, cityId: c.cityId, address: c.address, phone: c.phone, website: c.website, lat: c.lat, lng: c.lng });

function assertCity(tx: Pick<ReturnType<typeof getDb>, 'select'>, cityId: number) {
  if (!tx.select({ id: cities.id }).from(cities).where(eq(cities.id, cityId)).get()) throw new UnknownCityError();
}

export async function createHelpCentre(actor: Actor, input: HelpCentreInput): Promise<HelpCentre> {
  authorize(actor, canManageHelpCentres(actor));
  return writeTransaction((tx) => {
    assertCity(tx, input.cityId);
    const row = tx.insert(helpCentres).values(input).returning().get();
    recordAudit(tx, { actorId: actor.id, action: 'help_centre.create', entity: 'help_centre', entityId: row.id, after: audited(row) });
    return row;
  });
}

export async function updateHelpCentre(actor: Actor, id: number, input: HelpCentreInput, now: Date = new Date()): Promise<HelpCentre> {
  authorize(actor, canManageHelpCentres(actor));
  return writeTransaction((tx) => {
    const before = tx.select().from(helpCentres).where(eq(helpCentres.id, id)).get();
    if (!before) throw new UnknownHelpCentreError();
    assertCity(tx, input.cityId);
    const after = tx.update(helpCentres).set({ ...input, updatedAt: now }).where(eq(helpCentres.id, id)).returning().get();
    recordAudit(tx, { actorId: actor.id, action: 'help_centre.update', entity: 'help_centre', entityId: id, before: audited(before), after: audited(after) });
    return after;
  });
}
