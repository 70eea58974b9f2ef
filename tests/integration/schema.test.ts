import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseSettings, getDb } from '@/db';
import { createBuilding, createCampaign, createCity, createIllumination } from '@/lib/demo/builders';
import { illuminations, participationRequests } from '@/db/schema';

describe('the schema', () => {
  let campaignId: number;
  let buildingId: number;

  beforeAll(() => {
    const db = getDb();
    campaignId = createCampaign(db, { year: 2030 }).id;
    const city = createCity(db);
    buildingId = createBuilding(db, { cityId: city.id }).id;
  });

  it('refuses a second illumination of one building in one campaign', () => {
    const db = getDb();
    createIllumination(db, { campaignId, buildingId });
    expect(() => createIllumination(db, { campaignId, buildingId, status: 'submitted' })).toThrow(/UNIQUE/);
    expect(db.select().from(illuminations).where(eq(illuminations.buildingId, buildingId)).all()).toHaveLength(1);
  });

  it('refuses an illumination of an unknown building', () => {
    expect(() => createIllumination(getDb(), { campaignId, buildingId: 987_654 })).toThrow(/FOREIGN KEY/);
  });

  it('refuses an unknown status and coordinates off the globe', () => {
    const db = getDb();
    const other = createBuilding(db, { cityId: createCity(db).id });
    expect(() =>
      createIllumination(db, { campaignId, buildingId: other.id, status: 'maybe' as 'approved' }),
    ).toThrow(/CHECK/);
    expect(() => createBuilding(db, { cityId: createCity(db).id, lat: 91 })).toThrow(/CHECK/);
  });

  // Languages are checked by the domain's schemas, so that adding one needs no migration.
  it('refuses a request to take part with an unknown status', () => {
    const request = { name: 'A', role: 'B', organisation: 'C', email: 'a@example.org', country: 'BE', locale: 'fr' as const };
    expect(() => getDb().insert(participationRequests).values({ ...request, status: 'maybe' as 'open' }).run()).toThrow(/CHECK/);
    expect(getDb().insert(participationRequests).values(request).returning().get()).toMatchObject({ status: 'open', reply: null });
  });

  it('runs with WAL, foreign keys and a busy timeout', () => {
    expect(databaseSettings()).toEqual({ journalMode: 'wal', foreignKeys: true, busyTimeoutMs: 5000 });
  });
});
