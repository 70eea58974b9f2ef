import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';

export async function checkHealth(): Promise<{ ok: boolean; database: 'ok' | 'error' }> {
  try {
    await getDb().get(sql`select 1`);
    return { ok: true, database: 'ok' };
  } catch {
    return { ok: false, database: 'error' };
  }
}
