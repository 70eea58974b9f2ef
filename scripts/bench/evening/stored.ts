/** What SQLite holds at the end: the saves' credit lines and the outbox. */
import path from 'node:path';
import { like } from 'drizzle-orm';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { outbox, photoRights } from '@/db/schema';
import type { OutboxRow } from './summary';

export function readStored(dataDir: string): { credits: Set<string>; outbox: OutboxRow[] } {
  const { db, sqlite } = openDatabase(path.join(dataDir, DB_FILE_NAME));
  try {
    const credits = db.select({ credit: photoRights.credit }).from(photoRights).where(like(photoRights.credit, 'soak-%')).all();
    const rows = db.select({ id: outbox.id, kind: outbox.kind, status: outbox.status, attempts: outbox.attempts }).from(outbox).all();
    return { credits: new Set(credits.map((c) => c.credit)), outbox: rows };
  } finally {
    sqlite.close();
  }
}
