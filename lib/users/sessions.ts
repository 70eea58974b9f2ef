/**
 * Who a session cookie belongs to. Auth.js writes sessions (database
 * strategy: the cookie holds the session's token as it is stored); reading
 * one back is a single indexed lookup, done here rather than through Auth.js,
 * whose full request handling cost more than the save a coordinator waits
 * for. A session counts while it has not expired and its user is active.
 */
import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { getDb } from '@/db';
import { cityCoordinators, partnerMembers, sessions, users } from '@/db/schema';
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
    partnerIds: db.select({ partnerId: partnerMembers.partnerId }).from(partnerMembers).where(eq(partnerMembers.userId, sql.placeholder('userId'))).prepare(),
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
  if (user.role === 'partner') {
    // A partner acts for organisations only, never for a city.
    const rows = await s.partnerIds.all({ userId: user.id });
    return { id: user.id, role: user.role, cityIds: [], partnerIds: rows.map((r) => r.partnerId) };
  }
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

/**
 * How long a token that is no live session is remembered as such. A made-up
 * cookie (`authjs.session-token=x`) must not buy a rendered page, so the
 * public page cache asks whether a cookie is a live session; a client that
 * repeats one made-up token costs one lookup per this while. Only "not live"
 * is remembered: deactivating a user or signing out deletes the sessions,
 * and that must end them at once, so "live" is asked every time (it is one
 * indexed lookup, which a signed-in page makes anyway). A token Auth.js has
 * just made was never asked before it existed (it is random, and the browser
 * only has it once it is stored), so a new session is seen at once too.
 */
export const NOT_LIVE_SESSION_MEMORY_MS = 5_000;
/** Tokens remembered as not live, at most: a client sending a new made-up token each time costs one lookup each, in bounded memory. */
export const NOT_LIVE_SESSION_MEMORY_ENTRIES = 10_000;

const notLive = new LRUCache<string, true>({ max: NOT_LIVE_SESSION_MEMORY_ENTRIES, ttl: NOT_LIVE_SESSION_MEMORY_MS });

/**
 * Whether a session cookie's token is a live session, for the hot path that
 * decides between the stored public page and a rendered one: like
 * isLiveSession, but a "not live" answer is remembered for
 * NOT_LIVE_SESSION_MEMORY_MS.
 */
export async function isLiveSessionToken(token: string, now: Date = new Date()): Promise<boolean> {
  if (!usable(token) || notLive.has(token)) return false;
  if (await isLiveSession(token, now)) return true;
  notLive.set(token, true);
  return false;
}

/** The session token a request's cookies carry, if any (`cookie` reads one cookie by name). */
export function sessionTokenOf(cookie: (name: string) => string | undefined): string | undefined {
  return SESSION_COOKIES.map((name) => cookie(name)).find(Boolean);
}
