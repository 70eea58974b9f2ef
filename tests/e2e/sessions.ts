import crypto from 'node:crypto';
import path from 'node:path';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { sessions } from '@/db/schema';

/**
 * A session for an existing user, written straight into the server's
 * database, as a cookie header: for load tests that need many signed-in users
 * (the sign-in journey itself is tested through real e-mail links).
 */
export function sessionCookie(dataDir: string, userId: string): string {
  const token = crypto.randomBytes(32).toString('hex');
  const { db, sqlite } = openDatabase(path.join(dataDir, DB_FILE_NAME));
  try {
    db.insert(sessions).values({ sessionToken: token, userId, expires: new Date(Date.now() + 3600_000) }).run();
  } finally {
    sqlite.close();
  }
  return `authjs.session-token=${token}`;
}
