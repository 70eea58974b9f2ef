/**
 * Who gets a mail, with the language it is written in. Synchronous and given
 * the transaction, so that a mail is addressed from the same snapshot as the
 * change that causes it.
 */
import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db';
import { cityCoordinators, users } from '@/db/schema';
import type { Locale } from '@/lib/constants';

type Reader = Pick<Db, 'select'>;

export type Recipient = { id: string; email: string; name: string | null; locale: Locale };

/** Active coordinators of the given cities, each with the cities (among those) they act for. */
export function coordinatorsOfCities(tx: Reader, cityIds: number[]): (Recipient & { cityIds: number[] })[] {
  if (cityIds.length === 0) return [];
  const rows = tx
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, cityId: cityCoordinators.cityId })
    .from(cityCoordinators)
    .innerJoin(users, eq(users.id, cityCoordinators.userId))
    .where(and(inArray(cityCoordinators.cityId, [...new Set(cityIds)]), isNull(users.deactivatedAt), eq(users.role, 'coordinator')))
    .orderBy(users.email, cityCoordinators.cityId)
    .all();
  const byId = new Map<string, Recipient & { cityIds: number[] }>();
  for (const r of rows) {
    const entry = byId.get(r.id) ?? { id: r.id, email: r.email, name: r.name, locale: r.locale, cityIds: [] };
    entry.cityIds.push(r.cityId);
    byId.set(r.id, entry);
  }
  return [...byId.values()];
}

/** Every active organiser. */
export function activeOrganisers(tx: Reader): Recipient[] {
  return tx
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(eq(users.role, 'organiser'), isNull(users.deactivatedAt)))
    .orderBy(users.email)
    .all();
}
