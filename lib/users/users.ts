import 'server-only';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { getDb, writeTransaction } from '@/db';
import { cities, cityCoordinators, partnerMembers, partners, sessions, users } from '@/db/schema';
import { type Locale, type UserRole } from '@/lib/constants';
import { recordAudit } from '@/lib/audit/record';
import { UnknownCityError } from '@/lib/cities/errors';

export { UnknownCityError };
import { authorize, canEditOwnAccount, canManageCoordinators, type Actor } from '../permissions';

/** The user behind a session as the domain sees them, or null if unknown or deactivated. */
export async function loadActor(userId: string): Promise<Actor> {
  const db = getDb();
  const [user] = await db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deactivatedAt)));
  if (!user) return null;
  if (user.role === 'partner') {
    const members = await db.select({ partnerId: partnerMembers.partnerId }).from(partnerMembers).where(eq(partnerMembers.userId, userId));
    return { id: user.id, role: user.role, cityIds: [], partnerIds: members.map((m) => m.partnerId) };
  }
  const rows = await db
    .select({ cityId: cityCoordinators.cityId })
    .from(cityCoordinators)
    .where(eq(cityCoordinators.userId, userId));
  return { id: user.id, role: user.role, cityIds: rows.map((r) => r.cityId) };
}

/** Whether an address may receive a sign-in link: an invited, active user. */
export async function isInvited(email: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email.toLowerCase()), isNull(users.deactivatedAt)));
  return Boolean(row);
}

export type Profile = {
  id: string;
  name: string | null;
  email: string;
  role: UserRole;
  locale: Locale;
  cities: { id: number; name: string }[];
  /** The organisations a partner acts for (names per language, like a city's). */
  organisations: { id: number; name: string; names: Partial<Record<Locale, string>> }[];
};

/** What the header and the workspace show of the signed-in user. */
export async function getProfile(userId: string): Promise<Profile | undefined> {
  const db = getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) return undefined;
  const rows = await db
    .select({ id: cities.id, name: cities.name })
    .from(cityCoordinators)
    .innerJoin(cities, eq(cities.id, cityCoordinators.cityId))
    .where(eq(cityCoordinators.userId, userId))
    .orderBy(asc(cities.name));
  const organisations =
    user.role === 'partner'
      ? await db
          .select({ id: partners.id, name: partners.name, names: partners.names })
          .from(partnerMembers)
          .innerJoin(partners, eq(partners.id, partnerMembers.partnerId))
          .where(eq(partnerMembers.userId, userId))
          .orderBy(asc(partners.position), asc(partners.id))
      : [];
  return { id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale, cities: rows, organisations };
}

export type CoordinatorRow = {
  id: string;
  name: string | null;
  email: string;
  role: UserRole;
  locale: Locale;
  active: boolean;
  signedIn: boolean;
  cityIds: number[];
};

/** Every organiser and coordinator, for the organisers' page (partners' people are on the partners' page). */
export async function listUsers(actor: Actor): Promise<CoordinatorRow[]> {
  authorize(actor, canManageCoordinators(actor));
  const db = getDb();
  const all = (await db.select().from(users).orderBy(asc(users.role), asc(users.email))).filter((u) => u.role !== 'partner');
  const links = await db.select().from(cityCoordinators);
  return all.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    locale: u.locale,
    active: u.deactivatedAt === null,
    /** Auth.js marks the address verified at the first sign-in by e-mail link. */
    signedIn: u.emailVerified !== null,
    cityIds: links.filter((l) => l.userId === u.id).map((l) => l.cityId),
  }));
}

export class DuplicateEmailError extends Error {}

export function assertCitiesExist(tx: Pick<ReturnType<typeof getDb>, 'select'>, cityIds: number[]) {
  if (cityIds.length === 0) return;
  const found = tx.select({ id: cities.id }).from(cities).where(inArray(cities.id, cityIds)).all();
  if (found.length !== new Set(cityIds).size) throw new UnknownCityError();
}

/** The name a confirmation gives a person: their name, or their address when they have none. */
export type PersonNamed = { name: string };

/** Replaces the cities a coordinator may act for. */
export async function setUserCities(actor: Actor, userId: string, cityIds: number[]): Promise<PersonNamed> {
  authorize(actor, canManageCoordinators(actor));
  return writeTransaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user) throw new UnknownUserError();
    assertCitiesExist(tx, cityIds);
    const before = tx.select().from(cityCoordinators).where(eq(cityCoordinators.userId, userId)).all().map((r) => r.cityId);
    const unique = [...new Set(cityIds)];
    tx.delete(cityCoordinators).where(eq(cityCoordinators.userId, userId)).run();
    if (unique.length) tx.insert(cityCoordinators).values(unique.map((cityId) => ({ userId, cityId }))).run();
    recordAudit(tx, { actorId: actor.id, action: 'user.cities', entity: 'user', entityId: userId, before: { cityIds: before }, after: { cityIds: unique } });
    return { name: user.name || user.email };
  });
}

export class UnknownUserError extends Error {}

/**
 * Deactivates (or reactivates) a user. Deactivation ends their sessions at
 * once; their history stays.
 */
export async function setUserActive(actor: Actor, userId: string, active: boolean): Promise<PersonNamed> {
  authorize(actor, canManageCoordinators(actor));
  if (!active && userId === actor.id) throw new ForbiddenSelfError();
  return writeTransaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user) throw new UnknownUserError();
    const deactivatedAt = active ? null : new Date();
    tx.update(users).set({ deactivatedAt }).where(eq(users.id, userId)).run();
    if (!active) tx.delete(sessions).where(eq(sessions.userId, userId)).run();
    recordAudit(tx, {
      actorId: actor.id,
      action: active ? 'user.reactivate' : 'user.deactivate',
      entity: 'user',
      entityId: userId,
      before: { active: user.deactivatedAt === null },
      after: { active },
    });
    return { name: user.name || user.email };
  });
}

/** Organisers may not lock themselves out. */
export class ForbiddenSelfError extends Error {}

/** A person changes the language of their own mails (at /account). */
export async function setOwnLocale(actor: Actor, locale: Locale): Promise<{ changed: boolean }> {
  authorize(actor, canEditOwnAccount(actor));
  return { changed: changeLocale(actor.id, locale, actor.id, 'user.locale') };
}

/**
 * A person signed in from a page in `locale`: their mails follow the
 * language they use the site in (auth.ts, when the sign-in link is used).
 */
export function setLocaleOnSignIn(userId: string, locale: Locale): boolean {
  return changeLocale(userId, locale, userId, 'user.locale.sign_in');
}

function changeLocale(userId: string, locale: Locale, actorId: string, action: string): boolean {
  return writeTransaction((tx) => {
    const user = tx.select({ locale: users.locale }).from(users).where(eq(users.id, userId)).get();
    if (!user) throw new UnknownUserError();
    if (user.locale === locale) return false;
    tx.update(users).set({ locale }).where(eq(users.id, userId)).run();
    recordAudit(tx, { actorId, action, entity: 'user', entityId: userId, before: { locale: user.locale }, after: { locale } });
    return true;
  });
}
