/**
 * One caching model for public data: values are kept per revision of the
 * public data, and the revision lives in SQLite, moved by the database itself
 * on every change. So a write through another connection (another server
 * process, a command-line tool, a restore) is seen at once, with nobody
 * telling this process.
 */
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { closeDb, databaseFile, dataDir, getDb, openDatabase } from '@/db';
import { backupDatabase, restoreDatabase } from '@/db/backup';
import { createBuilding, createCampaign, createCity, createIllumination } from '@/lib/demo/builders';
import { campaigns, illuminations, users } from '@/db/schema';
import { currentPublicRevision } from '@/lib/public-data/revision';
import { memoised } from '@/lib/public-data/memo';

describe('the public revision', () => {
  it('moves with every change to campaigns, cities, buildings and illuminations, and with nothing else', async () => {
    const db = getDb();
    const start = await currentPublicRevision();
    const city = createCity(db);
    const campaign = createCampaign(db, { year: 2071 });
    const building = createBuilding(db, { cityId: city.id });
    const row = createIllumination(db, { campaignId: campaign.id, buildingId: building.id, status: 'submitted' });
    const afterInserts = await currentPublicRevision();
    expect(afterInserts).toBeGreaterThanOrEqual(start + 4);
    db.update(illuminations).set({ litAt: new Date() }).where(eq(illuminations.id, row.id)).run();
    expect(await currentPublicRevision()).toBe(afterInserts + 1);
    // Users, sessions and the like are not public data.
    db.insert(users).values({ email: `nobody-${Date.now()}@example.org` }).run();
    expect(await currentPublicRevision()).toBe(afterInserts + 1);
  });

  it('makes a cached value go stale when another connection writes', async () => {
    const campaign = createCampaign(getDb(), { year: 2072, published: true });
    let computed = 0;
    const published = () =>
      memoised('test:published-2072', async () => {
        computed++;
        return getDb().select().from(campaigns).where(eq(campaigns.id, campaign.id)).get()!.published;
      });
    expect(await published()).toBe(true);
    expect(await published()).toBe(true);
    expect(computed).toBe(1);

    // Another process (here: another connection to the same file) unpublishes it.
    const other = openDatabase(databaseFile());
    other.db.update(campaigns).set({ published: false }).where(eq(campaigns.id, campaign.id)).run();
    other.sqlite.close();

    expect(await published()).toBe(false);
    expect(computed).toBe(2);
  });

  it('moves past every revision the replaced database reached when a backup is restored', async () => {
    const copy = path.join(dataDir(), 'backups', 'revision.db');
    await backupDatabase(databaseFile(), copy);
    const atBackup = await currentPublicRevision();
    // The live database goes on changing after the backup.
    for (let i = 0; i < 5; i++) createCity(getDb());
    const beforeRestore = await currentPublicRevision();
    expect(beforeRestore).toBeGreaterThan(atBackup);

    closeDb();
    restoreDatabase(copy, databaseFile());
    expect(await currentPublicRevision()).toBe(beforeRestore + 1);
  });
});
