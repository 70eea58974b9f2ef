import crypto from 'node:crypto';
import path from 'node:path';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { sessions } from '@/db/schema';

/**
 * A session for an existing user, written straight into the server's
 * database, as a cookie header: for load tests that need many signed-in users
 * (the sign-in journey itself is tested through real e-mail links).
 * `expires`: an hour from now by default; a server on a driven clock needs
 * one that is still ahead of its own time.
 */
export function sessionCookie(dataDir: string, userId: string, expires = new Date(Date.now() + 3600_000)): string {
  const token = crypto.randomBytes(32).toString('hex');
  const { db, sqlite } = openDatabase(path.join(dataDir, DB_FILE_NAME));
  try {
    db.insert(sessions).values({ sessionToken: token, userId, expires }).run();
  } finally {
    sqlite.close();
  }
  return `authjs.session-token=${token}`;
}
