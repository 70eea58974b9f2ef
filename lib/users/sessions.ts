/**
 * Who a session cookie belongs to. Auth.js writes sessions (database
 * strategy: the cookie holds the session's token as it is stored); reading
 * one back is a single indexed lookup, done here rather than through Auth.js,
 * whose full request handling cost more than the save a coordinator waits
 * for. A session counts while it has not expired and its user is active.
 */
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { cityCoordinators, sessions, users } from '@/db/schema';
import type { Actor } from '../permissions';

/** Auth.js's session cookie: the `__Secure-` one when the site is served over https. */
export const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'] as const;

/** Longer than any token Auth.js makes: anything else is not looked up. */
const MAX_TOKEN_LENGTH = 512;

// Prepared once per connection: these run on every signed-in request.
const prepared = new WeakMap<object, ReturnType<typeof prepare>>();

function prepare(db: ReturnType<typeof getDb>) {
  return {
    sessionUser: db
      .select({ id: users.id, role: users.role })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.sessionToken, sql.placeholder('token')), gt(sessions.expires, sql.placeholder('now')), isNull(users.deactivatedAt)))
      .prepare(),
    cityIds: db.select({ cityId: cityCoordinators.cityId }).from(cityCoordinators).where(eq(cityCoordinators.userId, sql.placeholder('userId'))).prepare(),
  };
}

function statements() {
  const db = getDb();
  let s = prepared.get(db);
  if (!s) {
    s = prepare(db);
    prepared.set(db, s);
  }
  return s;
}

function usable(token: string | null | undefined): token is string {
  return typeof token === 'string' && token.length > 0 && token.length <= MAX_TOKEN_LENGTH;
}

/** The acting user behind a session token, with the cities they act for; null for anything else. */
export async function actorForSession(token: string | null | undefined, now: Date = new Date()): Promise<Actor> {
  if (!usable(token)) return null;
  const s = statements();
  const user = await s.sessionUser.get({ token, now: now.getTime() });
  if (!user) return null;
  const rows = await s.cityIds.all({ userId: user.id });
  return { id: user.id, role: user.role, cityIds: rows.map((r) => r.cityId) };
}

/**
 * Whether a session cookie's token is a live session of an active user: what
 * a cookie must be before the proxy lets a large body through (anyone can
 * send a cookie with that name).
 */
export async function isLiveSession(token: string, now: Date = new Date()): Promise<boolean> {
  if (!usable(token)) return false;
  return Boolean(await statements().sessionUser.get({ token, now: now.getTime() }));
}
