/**
 * A server process's share of a busy evening, for the tests of several
 * processes on one database file: registers COUNT buildings in CITY_ID as
 * USER_ID, one save after another, once GO exists (so that processes started
 * together race), and prints how many saves failed and why.
 */
import fs from 'node:fs';
import { closeDb } from '@/db';
import { createRegistration } from '@/lib/registrations/write';

async function main() {
  const cityId = Number(process.env.CITY_ID);
  const campaignId = Number(process.env.CAMPAIGN_ID);
  const actor = { id: process.env.USER_ID!, role: 'coordinator' as const, cityIds: [cityId] };
  while (!fs.existsSync(process.env.GO!)) await new Promise((r) => setTimeout(r, 5));
  const failures: string[] = [];
  for (let i = 0; i < Number(process.env.COUNT); i++) {
    try {
      await createRegistration(actor, campaignId, {
        cityId,
        name: `Writer ${cityId} ${i}`,
        kind: 'monument',
        address: '',
        description: '',
        // Well apart, so that no save asks about a near duplicate.
        lat: 50 + i * 0.01,
        lng: 4 + cityId * 0.01,
        lightsOnMode: 'sunset',
        lightsOnTime: null,
        lightsOffTime: '23:30',
        useBuildingId: null,
        confirmedNew: false,
      });
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  }
  process.stdout.write(JSON.stringify({ failures }));
  closeDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
