import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { closeDb, databaseFile, dataDir, getDb, openDatabase } from '@/db';
import { backupDatabase, checkFile, restoreDatabase } from '@/db/backup';
import { createBuilding, createCity } from '@/lib/demo/builders';
import { seedDemoData } from '@/lib/demo/seed';

const countBuildings = () => getDb().get<{ n: number }>(sql`select count(*) as n from buildings`)!.n;

describe('backups', () => {
  it('takes a consistent copy while another connection keeps writing, and restores it', async () => {
    seedDemoData(getDb());
    const city = createCity(getDb());
    // A second connection, as the running server would have, writing throughout the backup.
    const writer = openDatabase(databaseFile());
    let writing = true;
    let written = 0;
    const load = (async () => {
      while (writing) {
        createBuilding(writer.db, { cityId: city.id, name: `Written during backup ${written}` });
        written++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    const destination = path.join(dataDir(), 'backups', 'copy.db');
    await backupDatabase(databaseFile(), destination);
    writing = false;
    await load;
    writer.sqlite.close();

    expect(checkFile(destination)).toBe('ok');
    const copy = openDatabase(destination);
    const copied = copy.db.get<{ n: number }>(sql`select count(*) as n from buildings`)!.n;
    copy.sqlite.close();
    const now = countBuildings();
    // The copy is a snapshot: everything written before it, and nothing half-written.
    expect(copied).toBeGreaterThanOrEqual(now - written);
    expect(copied).toBeLessThanOrEqual(now);

    // More changes, then restore: the rows are the copy's again.
    createBuilding(getDb(), { cityId: city.id, name: 'After the backup' });
    closeDb();
    const { previous } = restoreDatabase(destination, databaseFile());
    expect(previous && fs.existsSync(previous)).toBe(true);
    expect(countBuildings()).toBe(copied);
    expect(checkFile(databaseFile())).toBe('ok');
  });

  it('refuses to restore a damaged file', () => {
    const bad = path.join(dataDir(), 'not-a-database.db');
    fs.writeFileSync(bad, 'this is not SQLite');
    expect(() => restoreDatabase(bad, path.join(dataDir(), 'target.db'))).toThrow();
  });
});
