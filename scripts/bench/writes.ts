import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { actionId, callAction } from '@/tests/helpers/action-client';
import { prepareWriters, registration } from '@/tests/e2e/fixtures/writers';
import { sessionCookie } from '@/tests/e2e/sessions';
import { DIST, root, startServer } from './server';

type Row = Record<string, string | number>;

const COORDINATORS = 50;
const EACH = 20;
const ONE_BY_ONE = 50;
/** Saves per coordinator before anything is measured. */
const WARM_UP_EACH = 20;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/** CPU time (user + system) a process has used so far, in ms: what a save costs the server, whatever else the machine runs. */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are fields 14 and 15 of /proc/PID/stat, in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * What a coordinator waits for when saving, measured over HTTP through the
 * real server action, beside what SQLite itself and the domain function can
 * do in the same run:
 *
 *   - raw better-sqlite3: the same rows (building, illumination, audit) in one transaction each;
 *   - createRegistration in-process: the domain write with its checks, no HTTP;
 *   - one coordinator saving 50 registrations one after another;
 *   - 50 coordinators × 20 registrations at once, each in their own city;
 *   - the worst case: all 50 in one city, whose workspace grows to 1,000 rows.
 */
export async function benchWrites(): Promise<Row[]> {
  const rows: Row[] = [];
  rows.push(rawSqlite(1000));
  rows.push(await inProcess(1000));
  rows.push(...(await overHttp()));
  return rows;
}

function rawSqlite(n: number): Row {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-bench-raw-'));
  const file = path.join(dir, DB_FILE_NAME);
  openDatabase(file).sqlite.close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  try {
    const campaign = db.prepare("INSERT INTO campaigns (year, event_date, theme, registration_deadline) VALUES (2097, '2097-07-30', '{\"en\":\"x\"}', ?) RETURNING id").get(Date.now()) as { id: number };
    const city = db.prepare("INSERT INTO cities (name, lat, lng) VALUES ('Raw town', 50.5, 4.5) RETURNING id").get() as { id: number };
    const building = db.prepare('INSERT INTO buildings (city_id, name, lat, lng) VALUES (?, ?, ?, ?) RETURNING id');
    const illumination = db.prepare("INSERT INTO illuminations (campaign_id, building_id, status) VALUES (?, ?, 'submitted') RETURNING id");
    const audit = db.prepare("INSERT INTO audit_log (action, entity, entity_id, after) VALUES ('illumination.create', 'illumination', ?, '{}')");
    const save = db.transaction((i: number) => {
      const b = building.get(city.id, `Raw ${i}`, 50.5 + i * 1e-4, 4.5) as { id: number };
      const ill = illumination.get(campaign.id, b.id) as { id: number };
      audit.run(String(ill.id));
    });
    const t0 = performance.now();
    for (let i = 0; i < n; i++) save(i);
    const seconds = (performance.now() - t0) / 1000;
    return { what: 'raw better-sqlite3, one transaction per save', saves: n, 'saves/s': Math.round(n / seconds) };
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function inProcess(n: number): Promise<Row> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-bench-domain-'));
  const before = process.env.DATA_DIR;
  process.env.DATA_DIR = dir;
  try {
    // The same shape as the load over HTTP: 50 coordinators, each in a city of their own.
    const world = prepareWriters(dir, 2096, COORDINATORS, { cityEach: true });
    // Imported after DATA_DIR is set: the database client opens it lazily.
    const { createRegistration } = await import('@/lib/registrations/write');
    const { closeDb } = await import('@/db');
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const c = i % COORDINATORS;
      const cityId = world.cityIds[c]!;
      const actor = { id: world.userIds[c]!, role: 'coordinator' as const, cityIds: [cityId] };
      const form = registration({ campaignId: world.campaignId, cityId }, `Domain ${i}`, i);
      await createRegistration(actor, world.campaignId, {
        cityId,
        name: form.name,
        kind: 'monument',
        address: '',
        description: '',
        lat: Number(form.lat),
        lng: Number(form.lng),
        lightsOnMode: 'sunset',
        lightsOnTime: null,
        lightsOffTime: '23:30',
        useBuildingId: null,
        confirmedNew: false,
      });
    }
    const seconds = (performance.now() - t0) / 1000;
    closeDb();
    return { what: 'createRegistration in-process (checks, duplicates, audit)', saves: n, 'saves/s': Math.round(n / seconds) };
  } finally {
    process.env.DATA_DIR = before;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function overHttp(): Promise<Row[]> {
  let own: ReturnType<typeof prepareWriters> | undefined;
  let shared: ReturnType<typeof prepareWriters> | undefined;
  const ownCookies: string[] = [];
  const sharedCookies: string[] = [];
  const server = await startServer((dataDir) => {
    openDatabase(path.join(dataDir, DB_FILE_NAME)).sqlite.close();
    own = prepareWriters(dataDir, 2094, COORDINATORS, { cityEach: true });
    shared = prepareWriters(dataDir, 2095, COORDINATORS, { cityEach: false });
    // As a browser that has opened the form sends them: the session, and the language cookie the
    // first page set (without it, language routing sets one on the action's answer, and Next.js then
    // renders the whole page into it).
    for (const id of own.userIds) ownCookies.push(`${sessionCookie(dataDir, id)}; NEXT_LOCALE=en`);
    for (const id of shared.userIds) sharedCookies.push(`${sessionCookie(dataDir, id)}; NEXT_LOCALE=en`);
  });
  try {
    const save = actionId(path.join(root, DIST), 'app/[locale]/coordinate/actions.ts', 'saveRegistrationAction');
    const call = (world: NonNullable<typeof own>, cookie: string, c: number, n: number) =>
      callAction({
        baseURL: server.url,
        page: '/coordinate/new',
        actionId: save,
        fields: registration({ campaignId: world.campaignId, cityId: world.cityIds[c % world.cityIds.length]! }, `Bench ${world.campaignId}-${n}`, n),
        cookie,
      });
    // Warm up outside the figures: a server on the day has been running for hours, its code
    // compiled by the JIT; a fresh process needs about a thousand saves before its figures settle.
    await Promise.all(ownCookies.map(async (cookie, c) => {
      for (let i = 0; i < WARM_UP_EACH; i++) await call(own!, cookie, c, 100_000 + c * WARM_UP_EACH + i);
    }));

    const rows: Row[] = [];
    // One coordinator, one save after another: what a person waits for.
    const single: number[] = [];
    let singleErrors = 0;
    const cpuBefore = cpuMs(server.process.pid!);
    for (let i = 0; i < ONE_BY_ONE; i++) {
      const t0 = performance.now();
      const reply = await call(own!, ownCookies[1]!, 1, 200_000 + i);
      single.push(performance.now() - t0);
      if (!reply.ok) singleErrors++;
    }
    const cpuPerSave = (cpuMs(server.process.pid!) - cpuBefore) / ONE_BY_ONE;
    single.sort((a, b) => a - b);
    rows.push({
      what: 'one coordinator, 50 saves one after another (HTTP)',
      saves: ONE_BY_ONE,
      'p50 (ms)': Math.round(percentile(single, 0.5)),
      'p95 (ms)': Math.round(percentile(single, 0.95)),
      'server CPU/save (ms)': cpuPerSave.toFixed(1),
      errors: singleErrors,
    });

    for (const [what, world, cookies] of [
      ['50 coordinators × 20 at once, each in their own city (HTTP)', own!, ownCookies],
      ['worst case: 50 × 20 at once, all in one city (HTTP)', shared!, sharedCookies],
    ] as const) {
      const latencies: number[] = [];
      let errors = 0;
      const cpu0 = cpuMs(server.process.pid!);
      const t0 = performance.now();
      await Promise.all(
        cookies.map(async (cookie, c) => {
          for (let i = 0; i < EACH; i++) {
            const start = performance.now();
            const reply = await call(world, cookie, c, c * EACH + i);
            latencies.push(performance.now() - start);
            if (!reply.ok) errors++;
          }
        }),
      );
      const seconds = (performance.now() - t0) / 1000;
      latencies.sort((a, b) => a - b);
      rows.push({
        what,
        saves: COORDINATORS * EACH,
        'saves/s': Math.round((COORDINATORS * EACH) / seconds),
        'p50 (ms)': Math.round(percentile(latencies, 0.5)),
        'p95 (ms)': Math.round(percentile(latencies, 0.95)),
        'server CPU/save (ms)': ((cpuMs(server.process.pid!) - cpu0) / (COORDINATORS * EACH)).toFixed(1),
        errors,
      });
    }

    // The page the worst case's coordinators then open: their city's 1,000 registrations.
    const pageTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const res = await fetch(`${server.url}/coordinate?year=2095`, { headers: { Cookie: sharedCookies[0]! } });
      await res.arrayBuffer();
      pageTimes.push(performance.now() - t0);
    }
    pageTimes.sort((a, b) => a - b);
    rows.push({ what: 'workspace of the 1,000-row city, first page (HTTP)', saves: 0, 'p50 (ms)': Math.round(percentile(pageTimes, 0.5)) });
    return rows;
  } finally {
    await server.stop();
  }
}
