import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { publicRevision } from '@/db/schema';

/**
 * The revision of the public data, as the database has it now (see
 * `public_revision` in db/schema.ts: triggers move it with every change to
 * campaigns, cities, buildings and illuminations, whoever makes the change).
 * One indexed read of one row: cheap enough to ask on every request, which
 * is what lets several server processes agree on what is fresh.
 */
export async function currentPublicRevision(): Promise<number> {
  const row = await getDb().select({ value: publicRevision.value }).from(publicRevision).where(eq(publicRevision.id, 1)).get();
  return row?.value ?? 0;
}
