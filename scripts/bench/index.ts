/**
 * `npm run bench`: figures anyone can reproduce on their machine, printed as
 * tables, each beside its reference measured in the same run. Not part of
 * `npm test`: timings belong here, not in tests.
 *
 *   1. the public map on a throttled phone and on a desktop, demo data and 10,000 buildings,
 *      beside a floor page with only the map's script and data (./floor.ts)
 *   2. the size of the page, its JavaScript and the map data
 *   3. every public response, compressed, under load, against a static file of the same bytes
 *   4. 50 coordinators writing at once through the real server action
 *   5. exports of 10,000 rows
 *   6. `evening` (only when named): a soak test of the evening, behind nginx (./evening)
 *   7. `plumbing` (only when named): each piece of performance plumbing on and off (./plumbing.ts)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { eq } from 'drizzle-orm';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { campaigns } from '@/db/schema';
import { seedManyLights } from '@/tests/e2e/fixtures/many-lights';
import { rawGet } from '@/tests/e2e/raw-get';
import { seedBenchEvents } from './events';

/** Partners' events added to the generated buildings. */
const BENCH_EVENTS = 200;
import { printEvening } from './evening/print';
import { benchExports } from './exports';
import { floorPage, floorParts, floorRatio, FLOOR_RATIO_GOAL, ratioText } from './floor';
import { benchPhone, startTileServer } from './phone';
import { benchWrites } from './writes';
import { build, DIST, root, startServer } from './server';

const YEAR = 2090;
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_SECONDS || 10);
/** What browsers send; Next.js's own compression of static files speaks gzip only, so the comparison is gzip to gzip. */
const ACCEPT = 'gzip, deflate';

type Row = Record<string, string | number>;
const kB = (bytes: number) => Math.round(bytes / 102.4) / 10;

async function load(url: string, headers: Record<string, string> = {}): Promise<{ rps: number; p99: number; errors: number }> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers: { 'accept-encoding': ACCEPT, ...headers } });
  return { rps: Math.round(r.requests.average), p99: r.latency.p99, errors: r.errors + r.non2xx };
}

type Target = { what: string; route: string; ext: string; headers?: Record<string, string> };

/** The data set of one run: the demo campaign, or `count` generated buildings. */
function prepare(count: number | 'demo') {
  return (dataDir: string) => {
    if (count === 'demo') return;
    seedManyLights(dataDir, YEAR, count);
    // A busy year's partners' events beside the buildings: they travel in the map data with them, and the page lists them.
    seedBenchEvents(dataDir, YEAR, BENCH_EVENTS);
    const { db, sqlite } = openDatabase(path.join(dataDir, DB_FILE_NAME));
    db.update(campaigns).set({ showOnMap: true }).where(eq(campaigns.year, YEAR)).run();
    sqlite.close();
  };
}

async function benchDataSet(count: number | 'demo', tileUrl: string) {
  const label = count === 'demo' ? 'demo' : count.toLocaleString('en');
  const env = { TILE_URL: tileUrl, ...(count === 'demo' ? { DEMO_DATA: 'true' } : {}) };
  // A first server fills the database and gives the bodies; the static files
  // of the same bytes must exist before the measured server starts.
  const first = await startServer(prepare(count), { keepData: true, env });
  const html = (await rawGet(`${first.url}/`)).body.toString('utf8');
  const dataPath = html.match(/\/api\/lights\/(\d{4})\/map\/[A-Za-z0-9_-]+\.json/);
  if (!dataPath) throw new Error('The map page names no map data');
  const year = dataPath[1];
  const targets: Target[] = [
    { what: 'map data (JSON)', route: dataPath[0], ext: 'json' },
    { what: 'feed (GeoJSON)', route: `/api/lights/${year}`, ext: 'json' },
    { what: 'feed (CSV)', route: `/api/lights/${year}?format=csv`, ext: 'csv' },
    { what: 'map page (HTML, page cache)', route: '/', ext: 'html' },
    // A client inventing a session cookie gets the stored page too: beside the line above, not the one below.
    { what: 'map page (HTML, made-up session cookie)', route: '/', ext: 'html', headers: { cookie: 'authjs.session-token=made-up' } },
    // Any other query string is rendered for its request: the page without the cache.
    { what: 'map page (HTML, rendered)', route: '/?uncached=1', ext: 'html' },
  ];
  const files = new Map<Target, { file: string; raw: number; gzip: number }>();
  for (const t of targets) {
    const identity = await rawGet(`${first.url}${t.route}`, t.headers);
    const gzip = await rawGet(`${first.url}${t.route}`, { 'accept-encoding': ACCEPT, ...t.headers });
    if (gzip.headers['content-encoding'] !== 'gzip') throw new Error(`${t.route} is not compressed`);
    const file = `bench-${process.pid}-${label}-${files.size}.${t.ext}`;
    fs.writeFileSync(path.join(root, 'public', file), identity.body);
    files.set(t, { file, raw: identity.body.length, gzip: gzip.body.length });
  }
  await first.stop();
  // The floor: the same map script and data, nothing else, from the same server (./floor.ts).
  const leafletCss = fs.readFileSync(path.join(root, 'node_modules/leaflet/dist/leaflet.css'), 'utf8');
  const floorFile = `bench-${process.pid}-${label}-floor.html`;
  fs.writeFileSync(path.join(root, 'public', floorFile), floorPage(floorParts(html), leafletCss));

  const server = await startServer(() => undefined, { dataDir: first.dataDir, env });
  const loads: Row[] = [];
  try {
    for (const t of targets) {
      const { file, raw, gzip } = files.get(t)!;
      // One request first: the figures are for a warm cache, as on the day.
      await rawGet(`${server.url}${t.route}`, { 'accept-encoding': ACCEPT, ...t.headers });
      await rawGet(`${server.url}${t.route}`, { 'accept-encoding': ACCEPT, ...t.headers });
      const dynamic = await load(`${server.url}${t.route}`, t.headers);
      const fixed = await load(`${server.url}/${file}`);
      loads.push({
        buildings: label,
        what: t.what,
        'raw (kB)': kB(raw),
        'gzip (kB)': kB(gzip),
        'req/s': dynamic.rps,
        'p99 (ms)': dynamic.p99,
        'static file req/s': fixed.rps,
        'static p99 (ms)': fixed.p99,
        ratio: (dynamic.rps / fixed.rps).toFixed(2),
        errors: dynamic.errors + fixed.errors,
      });
    }
    const browser = await benchPhone(`${server.url}/`, `${server.url}/${floorFile}`);
    const visits: Row[] = (['phone', 'desktop'] as const).map((profile) => {
      const v = browser.app[profile];
      const floor = browser.floor[profile];
      return {
        buildings: label,
        browser: profile,
        'first markers (ms)': v.firstMarkersMs,
        runs: v.runs.join(' / '),
        'floor (ms)': floor.firstMarkersMs,
        'floor runs': floor.runs.join(' / '),
        [`app / floor (goal ≤ ${FLOOR_RATIO_GOAL})`]: ratioText(floorRatio(v.firstMarkersMs, floor.firstMarkersMs)),
        'LCP (ms)': v.lcpMs,
        'long tasks until markers (ms)': v.longTasksMs,
        'JS (kB, compressed)': kB(v.jsBytes),
        'HTML (kB, compressed)': kB(v.htmlBytes),
        'map data (kB, compressed)': kB(v.dataBytes),
      };
    });
    const page = files.get(targets[3]!)!;
    return { loads, visits, page: { buildings: label, 'HTML of / raw (kB)': kB(page.raw), 'HTML of / gzip (kB)': kB(page.gzip) } };
  } finally {
    await server.stop();
    fs.rmSync(path.dirname(first.dataDir), { recursive: true, force: true });
    for (const { file } of files.values()) fs.rmSync(path.join(root, 'public', file), { force: true });
    fs.rmSync(path.join(root, 'public', floorFile), { force: true });
  }
}

async function main() {
  console.log(`Blue Lights benchmarks — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  // `npm run bench -- writes exports` runs only those sections; `evening` runs only when named.
  const only = process.argv.slice(2);
  const namedOnly = ['evening', 'plumbing'];
  const wanted = (section: string) => (only.length === 0 && !namedOnly.includes(section)) || only.includes(section);
  // The evening or the plumbing alone builds only when there is no build yet (it takes minutes on a shared machine).
  const eveningOnly = only.length === 1 && namedOnly.includes(only[0]!);
  const built = fs.existsSync(path.join(root, DIST, 'BUILD_ID'));
  if (process.env.BENCH_SKIP_BUILD !== '1' && !(eveningOnly && built)) build();
  if (!eveningOnly) {
    console.log(`Load: autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per target, Accept-Encoding: ${ACCEPT}.`);
    console.log('Phone: Chromium, CPU 4× slower, 1.6 Mbit/s down, 150 ms round trip, 390×844, empty cache; medians of 3.\n');
  }

  if (wanted('public')) {
    const tiles = await startTileServer();
    const loads: Row[] = [];
    const visits: Row[] = [];
    const pages: Row[] = [];
    try {
      const sizes = process.env.BENCH_ONLY;
      for (const count of ['demo', 10_000] as const) {
        if (sizes && sizes !== String(count)) continue;
        const result = await benchDataSet(count, tiles.url);
        loads.push(...result.loads);
        visits.push(...result.visits);
        pages.push(result.page);
      }
    } finally {
      await tiles.close();
    }
    console.log(
      `The public map in Chromium: first markers ≤ ${FLOOR_RATIO_GOAL}× the floor's (a page with only the map's script and data, same server, same run); ` +
        'for information, 2,000 ms on the phone (demo), 3,500 ms (10,000) on the README\'s machine; JS ≤ 200 kB',
    );
    console.table(visits);
    console.log('The page: HTML of / ≤ 30 kB compressed at any size');
    console.table(pages);
    console.log('Public responses, compressed, against a static file of the same bytes from the same server (ratio ≥ 0.8)');
    console.table(loads);
  }
  if (wanted('writes')) {
    console.log('Saves: what a coordinator waits for, beside SQLite and the domain function in the same run');
    console.table(await benchWrites());
  }
  if (wanted('exports')) {
    console.log('Exports of 10,000 rows');
    console.table(await benchExports(10_000));
  }
  if (wanted('plumbing')) {
    const { benchPlumbing } = await import('./plumbing');
    const rows = await benchPlumbing();
    console.log(
      `Performance plumbing on and off: phone first markers (medians of ${process.env.BENCH_PHONE_RUNS || 3}), and the evening's mix ` +
        `(${process.env.BENCH_PUBLIC_RATE || 200} requests/s from 20 addresses for ${process.env.BENCH_SECONDS || 15} s: / 30 %, /fr 15 %, building pages 15 %, a year 10 %, map data 30 %)`,
    );
    console.table(rows);
  }
  if (wanted('evening')) {
    const { benchEvening } = await import('./evening');
    const found = printEvening(await benchEvening({ root, dist: DIST }));
    if (found.length > 0) throw new Error(`The evening failed:\n- ${found.join('\n- ')}`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
