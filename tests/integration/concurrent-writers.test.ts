/**
 * Several server processes on one database file (see deploy/): a save in one
 * must never fail because another saved at the same moment.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { createCampaign, createCity, createUser } from '@/lib/demo/builders';
import { illuminations } from '@/db/schema';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const SAVES_EACH = 150;

describe('several server processes', () => {
  it('two processes saving registrations at once lose none', async () => {
    const db = getDb();
    const campaign = createCampaign(db, { year: 2091, published: false, registrationDeadline: new Date('2091-07-16T22:00:00Z') });
    const writers = ['Ath', 'Binche'].map((name) => {
      const city = createCity(db, { name, lat: 50.5, lng: 4.5 });
      return { cityId: city.id, userId: createUser(db, { role: 'coordinator', email: `${name.toLowerCase()}@example.org` }, [city.id]).id };
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-writers-'));
    const go = path.join(dir, 'go');
    const writer = ({ cityId, userId }: (typeof writers)[number]) =>
      run(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/helpers/registration-writer.ts'], {
        cwd: root,
        env: { ...process.env, CITY_ID: String(cityId), USER_ID: userId, CAMPAIGN_ID: String(campaign.id), COUNT: String(SAVES_EACH), GO: go },
      });
    const both = Promise.all(writers.map(writer));
    // Both are started (tsx takes a while) before either may save.
    await new Promise((r) => setTimeout(r, 1500));
    fs.writeFileSync(go, '');
    const outputs = await both;
    fs.rmSync(dir, { recursive: true, force: true });

    const failures = outputs.flatMap(({ stdout }) => (JSON.parse(stdout) as { failures: string[] }).failures);
    expect(failures).toEqual([]);
    const saved = db.select({ id: illuminations.id }).from(illuminations).where(eq(illuminations.campaignId, campaign.id)).all();
    expect(saved).toHaveLength(2 * SAVES_EACH);
  }, 60_000);
});
