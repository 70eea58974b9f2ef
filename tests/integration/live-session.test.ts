import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { createUser } from '@/db/builders';
import { sessions, users } from '@/db/schema';
import { isLiveSession } from '@/lib/users';

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
});
