/**
 * `BENCH_CPU_PROF=DIR tsx --conditions=react-server scripts/bench/profile-saves.ts`: a CPU profile of the
 * server while fifty coordinators save BENCH_SAVES (200) registrations one after
 * another, each in their own city, to see where a save's
 * time goes (read it in Chrome DevTools, or any .cpuprofile viewer).
 */
import path from 'node:path';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { prepareWriters, registration } from '@/tests/e2e/fixtures/writers';
import { sessionCookie } from '@/tests/e2e/sessions';
import { actionId, callAction } from '@/tests/helpers/action-client';
import { DIST, root, startServer } from './server';

const SAVES = Number(process.env.BENCH_SAVES || 200);
const COORDINATORS = 50;

async function main() {
  let world: ReturnType<typeof prepareWriters> | undefined;
  const cookies: string[] = [];
  const server = await startServer((dataDir) => {
    openDatabase(path.join(dataDir, DB_FILE_NAME)).sqlite.close();
    // As in the benchmark: coordinators each in a city of their own.
    world = prepareWriters(dataDir, 2093, COORDINATORS, { cityEach: true });
    for (const id of world.userIds) cookies.push(`${sessionCookie(dataDir, id)}; NEXT_LOCALE=en`);
  });
  const save = actionId(path.join(root, DIST), 'app/[locale]/coordinate/actions.ts', 'saveRegistrationAction');
  try {
    for (let i = 0; i < SAVES; i++) {
      const reply = await callAction({ baseURL: server.url, page: '/coordinate/new', actionId: save, fields: registration({ campaignId: world!.campaignId, cityId: world!.cityIds[i % COORDINATORS]! }, `P ${i}`, i), cookie: cookies[i % COORDINATORS]! });
      if (!reply.ok) throw new Error(reply.body.slice(0, 300));
    }
  } finally {
    await server.stop();
  }
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
