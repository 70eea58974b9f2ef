import path from 'node:path';
import { inArray } from 'drizzle-orm';
import { inject } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { createUser } from '@/lib/demo/builders';
import { cities } from '@/db/schema';
import { type UserRole } from '@/lib/constants';

let n = 0;

/**
 * Invites a fresh user straight into the running server's database, so that
 * each test signs in as someone of its own (and stays clear of rate limits).
 */
export function createTestUser({
  role = 'coordinator',
  cityNames = [] as string[],
  name,
  dataDir = inject('dataDir'),
  deactivated = false,
}: { role?: UserRole; cityNames?: string[]; name?: string; dataDir?: string; deactivated?: boolean } = {}) {
  const { db, sqlite } = openDatabase(path.join(dataDir, DB_FILE_NAME));
  try {
    const ids = cityNames.length ? db.select().from(cities).where(inArray(cities.name, cityNames)).all().map((c) => c.id) : [];
    if (ids.length !== cityNames.length) throw new Error(`Unknown city among ${cityNames.join(', ')}`);
    const email = `${role}-${Date.now()}-${++n}@e2e.example`;
    const user = createUser(db, { email, name: name ?? `Test ${role} ${n}`, role, deactivatedAt: deactivated ? new Date() : null }, ids);
    return { id: user.id, email, name: user.name! };
  } finally {
    sqlite.close();
  }
}
