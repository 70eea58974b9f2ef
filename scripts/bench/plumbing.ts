/**
 * `npm run bench -- plumbing`: what each piece of performance plumbing buys
 * a person, measured in one run with and without it (BENCH_PLUMBING_OFF, read
 * by lib/http/plumbing-switches.mjs). For the demo data and 10,000 buildings,
 * served by `node server.mjs` alone and by two of them behind the shipped
 * nginx configuration, each configuration gets fresh processes (and a fresh
 * nginx cache) and is measured by:
 *
 *   - first markers on the throttled phone, beside the floor page (./phone.ts, ./floor.ts);
 *   - p50/p95 of the public pages (`/`, `/fr`, a building page, a past year) and of the map
 *     data under the evening's mix at a steady rate from 20 client addresses (as the evening
 *     soak's public load, shorter: BENCH_SECONDS, 15 by default);
 *   - the app processes' CPU per 1,000 of those requests.
 *
 * The first configuration (everything on) is measured again last: the
 * difference between the two is the run's noise.
 */
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { eq } from 'drizzle-orm';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { campaigns, illuminations } from '@/db/schema';
import { seedManyLights } from '@/tests/e2e/fixtures/many-lights';
import { startNginx } from '@/tests/e2e/nginx';
import { cpuSeconds } from './evening/processes';
import { hostFrom, installSourceAddresses, loopbackAddress } from './evening/source-address';
import { floorPage, floorParts, floorRatio, ratioText } from './floor';
import { benchPhone, startTileServer } from './phone';
import { DIST, root, startServer, type Server } from './server';

const YEAR = 2090;
const SECONDS = Number(process.env.BENCH_SECONDS || 15);
const RATE = Number(process.env.BENCH_PUBLIC_RATE || 200);
const PHONE_RUNS = Number(process.env.BENCH_PHONE_RUNS || 3);
/** Ports of this run: one server alone, or two behind nginx (BENCH_PORT_BASE, 3200 by default). */
const PORT_BASE = Number(process.env.BENCH_PORT_BASE || 3200);

export type Configuration = { name: string; off: string[] };

/** Everything on, each piece off in turn, everything on again (the noise). */
export const CONFIGURATIONS: Configuration[] = [
  { name: 'all on', off: [] },
  { name: 'no fast lane', off: ['fast-lane'] },
  { name: 'no page cache (so no scripts after map)', off: ['page-cache'] },
  { name: 'no scripts after map', off: ['scripts-after-map'] },
  { name: 'no route compression', off: ['route-compression'] },
  { name: 'all on, again (noise)', off: [] },
];

type Kind = 'page' | 'map data';
/** The evening's mix, requests a second per part of RATE: what a visitor asks for. */
type Stream = { kind: Kind; share: number; path: (paths: Paths) => string };
type Paths = { mapData: string; buildingIds: number[]; year: string };

const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
const STREAMS: Stream[] = [
  { kind: 'page', share: 0.3, path: () => '/' },
  { kind: 'page', share: 0.15, path: () => '/fr' },
  { kind: 'page', share: 0.15, path: (p) => `${pick(['', '/fr'])}/buildings/${pick(p.buildingIds)}` },
  { kind: 'page', share: 0.1, path: (p) => `/years/${p.year}` },
  { kind: 'map data', share: 0.3, path: (p) => p.mapData },
];
/** Client addresses per stream: 4 × 5 streams = 20 visitors, each well under nginx's 20 pages a second. */
const ADDRESSES_PER_STREAM = 4;

type Latencies = Record<Kind, number[]> & { errors: number; requests: number };

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!);
};

/** The evening's mix at RATE requests a second for SECONDS, from 20 addresses of their own. */
async function loadMix(baseUrl: string, paths: Paths): Promise<Latencies> {
  installSourceAddresses();
  const port = Number(new URL(baseUrl).port);
  const result: Latencies = { page: [], 'map data': [], errors: 0, requests: 0 };
  let n = 0;
  const runs = STREAMS.flatMap((stream) =>
    Array.from({ length: ADDRESSES_PER_STREAM }, () => {
      const address = loopbackAddress(1, n++);
      return new Promise<void>((resolve) => {
        const instance = autocannon(
          {
            url: `http://${hostFrom(address)}:${port}`,
            connections: 5,
            overallRate: Math.max(1, Math.round((RATE * stream.share) / ADDRESSES_PER_STREAM)),
            duration: SECONDS,
            timeout: 10,
            requests: [
              {
                setupRequest: (req) => ({
                  ...req,
                  method: 'GET',
                  path: stream.path(paths),
                  headers: { host: `127.0.0.1:${port}`, 'accept-encoding': 'gzip, deflate, br', 'accept-language': 'en-GB,en;q=0.8' },
                }),
              },
            ],
          },
          () => resolve(),
        );
        instance.on('response', (_client, status, _bytes, ms) => {
          result.requests++;
          if (status >= 400) result.errors++;
          else result[stream.kind].push(ms);
        });
        instance.on('reqError', () => {
          result.requests++;
          result.errors++;
        });
      });
    }),
  );
  await Promise.all(runs);
  return result;
}

/** The served site of one configuration: one process alone, or two behind nginx. */
type Site = { url: string; pids: () => (number | undefined)[]; stop: () => Promise<void> };

async function startSite(dataDir: string, behindNginx: boolean, env: Record<string, string>): Promise<Site> {
  // Rendered pages are measured, not refused: the app's own limit per address is off here.
  const common = { ...env, PAGE_RENDERS_PER_MINUTE: '0' };
  if (!behindNginx) {
    const server = await startServer(() => undefined, { dataDir, keepData: true, env: common, port: PORT_BASE + 1 });
    return { url: server.url, pids: () => [server.process.pid], stop: () => server.stop() };
  }
  const nginxPort = PORT_BASE + 4;
  const siteUrl = `http://127.0.0.1:${nginxPort}`;
  const apps: Server[] = [];
  try {
    for (const port of [PORT_BASE + 2, PORT_BASE + 3]) {
      apps.push(await startServer(() => undefined, { dataDir, keepData: true, port, env: { ...common, TRUSTED_PROXY_HOPS: '1', AUTH_URL: siteUrl } }));
    }
    process.env.NEXT_DIST_DIR = DIST;
    const nginx = await startNginx([PORT_BASE + 2, PORT_BASE + 3], nginxPort);
    return {
      url: siteUrl,
      pids: () => apps.map((a) => a.process.pid),
      stop: async () => {
        await nginx.stop();
        for (const app of apps) await app.stop();
      },
    };
  } catch (error) {
    for (const app of apps) await app.stop();
    throw error;
  }
}

/** The data set of a run, in a folder of its own, and the paths the load asks for. */
async function prepareData(count: number | 'demo', env: Record<string, string>): Promise<{ dataDir: string; paths: Paths; html: string }> {
  const first = await startServer(
    (dataDir) => {
      if (count === 'demo') return;
      seedManyLights(dataDir, YEAR, count);
      const { db, sqlite } = openDatabase(path.join(dataDir, DB_FILE_NAME));
      db.update(campaigns).set({ showOnMap: true }).where(eq(campaigns.year, YEAR)).run();
      sqlite.close();
    },
    { keepData: true, env, port: PORT_BASE + 1 },
  );
  try {
    const html = await (await fetch(`${first.url}/`)).text();
    const mapData = html.match(/\/api\/lights\/\d{4}\/map\/[A-Za-z0-9_-]+\.json/)?.[0];
    if (!mapData) throw new Error('The map page names no map data');
    const { db, sqlite } = openDatabase(path.join(first.dataDir, DB_FILE_NAME));
    const rows = db.select({ id: illuminations.buildingId }).from(illuminations).where(eq(illuminations.status, 'approved')).limit(200).all();
    sqlite.close();
    // A past year on the demo data; the generated data has one year, the one on the map.
    const year = count === 'demo' ? '2023' : String(YEAR);
    return { dataDir: first.dataDir, paths: { mapData, buildingIds: [...new Set(rows.map((r) => r.id))], year }, html };
  } finally {
    await first.stop();
  }
}

/**
 * Every page of the mix asked for a few times (as the load and the phone ask:
 * two Accept-Language headers), so that stored pages and caches are filled in
 * each process, as after the evening's first visitors.
 */
async function warm(url: string, paths: Paths): Promise<Record<string, number>> {
  const statuses: Record<string, number> = {};
  const targets = ['/', '/fr', `/years/${paths.year}`, paths.mapData, ...paths.buildingIds.slice(0, 20).flatMap((id) => [`/buildings/${id}`, `/fr/buildings/${id}`])];
  for (let round = 0; round < 3; round++) {
    for (const target of targets) {
      for (const language of ['en-GB,en;q=0.8', 'en-GB']) {
        const response = await fetch(`${url}${target}`, { headers: { 'accept-encoding': 'gzip', 'accept-language': language }, redirect: 'manual' });
        await response.arrayBuffer();
        statuses[target.startsWith('/api/') ? 'map data' : target.replace(/\d+$/, 'N')] = response.status;
      }
    }
    // The page cache renders in the background.
    await new Promise((r) => setTimeout(r, 1500));
  }
  return statuses;
}

export type PlumbingRow = Record<string, string | number>;

/** The whole comparison: one row per data set, way of serving and configuration. */
export async function benchPlumbing(): Promise<PlumbingRow[]> {
  const only = process.env.BENCH_ONLY;
  const ways = (process.env.BENCH_PLUMBING_SERVED || 'alone,nginx').split(',');
  const names = process.env.BENCH_PLUMBING_CONFIGS?.split(',');
  const configurations = names ? CONFIGURATIONS.filter((_, i) => names.includes(String(i))) : CONFIGURATIONS;
  const tiles = await startTileServer();
  const rows: PlumbingRow[] = [];
  try {
    for (const count of ['demo', 10_000] as const) {
      if (only && only !== String(count)) continue;
      const label = count === 'demo' ? 'demo' : count.toLocaleString('en');
      const env = { TILE_URL: tiles.url, ...(count === 'demo' ? { DEMO_DATA: 'true' } : {}) };
      const { dataDir, paths, html } = await prepareData(count, env);
      const leafletCss = fs.readFileSync(path.join(root, 'node_modules/leaflet/dist/leaflet.css'), 'utf8');
      const floorFile = `bench-${process.pid}-plumbing-floor.html`;
      fs.writeFileSync(path.join(root, 'public', floorFile), floorPage(floorParts(html), leafletCss));
      try {
        for (const way of ways) {
          for (const configuration of configurations) {
            const site = await startSite(dataDir, way === 'nginx', { ...env, BENCH_PLUMBING_OFF: configuration.off.join(',') });
            try {
              const statuses = await warm(site.url, paths);
              const cpuBefore = site.pids().reduce<number>((s, pid) => s + cpuSeconds(pid), 0);
              const load = await loadMix(site.url, paths);
              const cpu = site.pids().reduce<number>((s, pid) => s + cpuSeconds(pid), 0) - cpuBefore;
              // A visit that never shows its markers (a machine overloaded for two minutes) is a row without them, not the end of the run.
              const phone = await benchPhone(`${site.url}/`, `${site.url}/${floorFile}`, PHONE_RUNS, ['phone']).catch((error: unknown) => {
                console.error(`[plumbing] ${label}, ${way}, ${configuration.name}: the phone visits failed (${error instanceof Error ? error.message.split('\n')[0] : error})`);
                const none = { firstMarkersMs: 0, lcpMs: 0, longTasksMs: 0, jsBytes: 0, htmlBytes: 0, dataBytes: 0, runs: [] };
                return { app: { phone: none, desktop: none }, floor: { phone: none, desktop: none } };
              });
              const row: PlumbingRow = {
                buildings: label,
                served: way === 'nginx' ? 'nginx + 2' : 'alone',
                configuration: configuration.name,
                'phone first markers (ms)': phone.app.phone.firstMarkersMs,
                'phone runs': phone.app.phone.runs.join(' / '),
                'floor (ms)': phone.floor.phone.firstMarkersMs,
                'app / floor': ratioText(floorRatio(phone.app.phone.firstMarkersMs, phone.floor.phone.firstMarkersMs)),
                'HTML (kB)': Math.round(phone.app.phone.htmlBytes / 102.4) / 10,
                'map data (kB)': Math.round(phone.app.phone.dataBytes / 102.4) / 10,
                'pages p50 (ms)': percentile(load.page, 50),
                'pages p95 (ms)': percentile(load.page, 95),
                'map data p95 (ms)': percentile(load['map data'], 95),
                'requests (errors)': `${load.requests} (${load.errors})`,
                'app CPU s / 1000 req': load.requests > 0 ? Math.round((cpu / load.requests) * 1000 * 100) / 100 : '–',
              };
              const odd = Object.entries(statuses).filter(([, s]) => s !== 200);
              if (odd.length > 0) row.note = odd.map(([t, s]) => `${t}: ${s}`).join(', ');
              rows.push(row);
              console.log(JSON.stringify(row));
            } finally {
              await site.stop();
            }
          }
        }
      } finally {
        fs.rmSync(path.join(root, 'public', floorFile), { force: true });
        fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
      }
    }
  } finally {
    await tiles.close();
  }
  return rows;
}
