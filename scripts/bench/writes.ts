import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { actionId, callAction } from '@/tests/helpers/action-client';
import { prepareWriters, registration } from '@/tests/e2e/fixtures/writers';
import { sessionCookie } from '@/tests/e2e/sessions';
import { DIST, root, startServer } from './server';

const COORDINATORS = 50;
const EACH = 20;

/** 50 signed-in coordinators each submitting 20 registrations through the real server action, all at once. */
export async function benchWrites(): Promise<Record<string, string | number>[]> {
  let world: ReturnType<typeof prepareWriters> | undefined;
  const cookies: string[] = [];
  const server = await startServer((dataDir) => {
    openDatabase(path.join(dataDir, DB_FILE_NAME)).sqlite.close();
    world = prepareWriters(dataDir, 2094, COORDINATORS);
    for (const id of world.userIds) cookies.push(sessionCookie(dataDir, id));
  });
  try {
    const save = actionId(path.join(root, DIST), 'app/[locale]/coordinate/actions.ts', 'saveRegistrationAction');
    const latencies: number[] = [];
    let errors = 0;
    const t0 = performance.now();
    await Promise.all(
      cookies.map(async (cookie, c) => {
        for (let i = 0; i < EACH; i++) {
          const n = c * EACH + i;
          const start = performance.now();
          const reply = await callAction({ baseURL: server.url, page: '/coordinate/new', actionId: save, fields: registration(world!, `Bench ${n}`, n), cookie });
          latencies.push(performance.now() - start);
          if (!reply.ok) errors++;
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);
    return [
      {
        writes: COORDINATORS * EACH,
        'concurrent coordinators': COORDINATORS,
        'writes/s': Math.round((COORDINATORS * EACH) / seconds),
        'p50 (ms)': Math.round(latencies[Math.floor(latencies.length * 0.5)]!),
        'p95 (ms)': Math.round(latencies[Math.floor(latencies.length * 0.95)]!),
        errors,
      },
    ];
  } finally {
    await server.stop();
  }
}
