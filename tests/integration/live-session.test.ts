import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { createCity, createUser } from '@/lib/demo/builders';
import { sessions, users } from '@/db/schema';
import { actorForSession, isLiveSession, isLiveSessionToken, sessionTokenOf } from '@/lib/users/sessions';
import { setUserActive } from '@/lib/users/users';

const HOUR = 3600_000;

describe('a session cookie', () => {
  it('is a live session only while it has not expired and its user is active', async () => {
    const db = getDb();
    const user = createUser(db, { email: 'live-session@example.org' });
    const now = new Date();
    db.insert(sessions).values({ sessionToken: 'token-live', userId: user.id, expires: new Date(now.getTime() + HOUR) }).run();
    db.insert(sessions).values({ sessionToken: 'token-expired', userId: user.id, expires: new Date(now.getTime() - HOUR) }).run();

    expect(await isLiveSession('token-live', now)).toBe(true);
    expect(await isLiveSession('token-expired', now)).toBe(false);
    expect(await isLiveSession('made-up', now)).toBe(false);
    expect(await isLiveSession('', now)).toBe(false);
    expect(await isLiveSession('x'.repeat(10_000), now)).toBe(false);

    db.update(users).set({ deactivatedAt: now }).where(eq(users.id, user.id)).run();
    expect(await isLiveSession('token-live', now)).toBe(false);
  });

  it('names the acting user with their role and cities, and nobody for an expired, unknown or deactivated one', async () => {
    const db = getDb();
    const ghent = createCity(db, { name: 'Ghent for sessions' });
    const bruges = createCity(db, { name: 'Bruges for sessions' });
    const user = createUser(db, { email: 'actor-session@example.org', role: 'coordinator' }, [ghent.id, bruges.id]);
    const now = new Date();
    db.insert(sessions).values({ sessionToken: 'actor-live', userId: user.id, expires: new Date(now.getTime() + HOUR) }).run();
    db.insert(sessions).values({ sessionToken: 'actor-expired', userId: user.id, expires: new Date(now.getTime() - 1) }).run();

    const actor = await actorForSession('actor-live', now);
    expect(actor).toMatchObject({ id: user.id, role: 'coordinator' });
    expect(actor?.cityIds.sort()).toEqual([ghent.id, bruges.id].sort());
    expect(await actorForSession('actor-expired', now)).toBeNull();
    expect(await actorForSession(undefined, now)).toBeNull();
    expect(await actorForSession('nobody', now)).toBeNull();

    db.update(users).set({ deactivatedAt: now }).where(eq(users.id, user.id)).run();
    expect(await actorForSession('actor-live', now)).toBeNull();
  });
});

describe('the cached check the public pages make of a session cookie', () => {
  it('remembers a made-up token as no session, sees a new session at once, and ends a deactivated one at once', async () => {
    const db = getDb();
    const organiser = createUser(db, { email: 'cached-organiser@example.org', role: 'organiser' });
    const user = createUser(db, { email: 'cached-session@example.org' });
    const now = new Date();

    expect(await isLiveSessionToken('made-up-cached', now)).toBe(false);
    // Remembered: even a session stored under that very token afterwards is not looked up for a while.
    db.insert(sessions).values({ sessionToken: 'made-up-cached', userId: user.id, expires: new Date(now.getTime() + HOUR) }).run();
    expect(await isLiveSessionToken('made-up-cached', now)).toBe(false);

    // A session Auth.js has just made was never asked about before: live at once.
    db.insert(sessions).values({ sessionToken: 'cached-live', userId: user.id, expires: new Date(now.getTime() + HOUR) }).run();
    expect(await isLiveSessionToken('cached-live', now)).toBe(true);
    expect(sessionTokenOf((name) => (name === 'authjs.session-token' ? 'cached-live' : undefined))).toBe('cached-live');
    expect(sessionTokenOf(() => undefined)).toBeUndefined();

    // Deactivation deletes the sessions; the very next check says so.
    await setUserActive({ id: organiser.id, role: 'organiser', cityIds: [] }, user.id, false);
    expect(await isLiveSessionToken('cached-live', now)).toBe(false);
  });
});
