/**
 * `npm run bench`: figures anyone can reproduce on their machine, printed as
 * tables. Not part of `npm test`: timings belong here, not in tests.
 *
 *   1. public feed and map page under load, against a static file of the same size
 *   2. exports of 10,000 rows
 *   3. the public map in Chromium with 10,000 buildings
 *   4. 50 coordinators writing at once through the real server action
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { eq } from 'drizzle-orm';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { campaigns } from '@/db/schema';
import { seedManyLights } from '@/tests/e2e/fixtures/many-lights';
import { benchExports } from './exports';
import { benchMapInChromium } from './map';
import { benchWrites } from './writes';
import { build, root, startServer } from './server';

const YEAR = 2090;
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_SECONDS || 10);

type Row = Record<string, string | number>;

async function load(url: string): Promise<{ rps: number; p99: number; errors: number; bytes: number }> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
  return {
    rps: Math.round(r.requests.average),
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
    bytes: Math.round(r.throughput.average),
  };
}

async function readBench(count: number): Promise<Row[]> {
  // A first server fills the database and gives the bodies; the static files
  // of the same sizes must exist before the measured server starts.
  const targets = [
    { what: 'feed (GeoJSON)', route: `/api/lights/${YEAR}`, file: `bench-${process.pid}-${count}-feed.txt` },
    { what: 'map page (HTML)', route: '/', file: `bench-${process.pid}-${count}-page.txt` },
  ];
  const first = await startServer(
    (dataDir) => {
      seedManyLights(dataDir, YEAR, count);
      const { db, sqlite } = openDatabase(path.join(dataDir, DB_FILE_NAME));
      db.update(campaigns).set({ showOnMap: true }).where(eq(campaigns.year, YEAR)).run();
      sqlite.close();
    },
    { keepData: true },
  );
  const sizes = new Map<string, number>();
  for (const t of targets) {
    const body = Buffer.from(await (await fetch(`${first.url}${t.route}`)).arrayBuffer());
    fs.writeFileSync(path.join(root, 'public', t.file), body);
    sizes.set(t.file, body.length);
  }
  await first.stop();

  const server = await startServer(() => undefined, { dataDir: first.dataDir });
  const rows: Row[] = [];
  try {
    for (const t of targets) {
      // One request first: the measured figures are for a warm cache, as on the day.
      await (await fetch(`${server.url}${t.route}`)).arrayBuffer();
      const dynamic = await load(`${server.url}${t.route}`);
      const fixed = await load(`${server.url}/${t.file}`);
      rows.push({
        buildings: count,
        what: t.what,
        'size (kB)': Math.round(sizes.get(t.file)! / 1024),
        'req/s': dynamic.rps,
        'p99 (ms)': dynamic.p99,
        'static req/s': fixed.rps,
        'static p99 (ms)': fixed.p99,
        ratio: (dynamic.rps / fixed.rps).toFixed(2),
        errors: dynamic.errors + fixed.errors,
      });
    }
    if (count === 10_000) rows.push(...(await benchMapInChromium(server.url)).map((r) => ({ buildings: count, ...r })));
  } finally {
    await server.stop();
    for (const t of targets) fs.rmSync(path.join(root, 'public', t.file), { force: true });
  }
  return rows;
}

async function main() {
  console.log(`Blue Lights benchmarks — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  console.log(`Load: autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per target.\n`);
  if (process.env.BENCH_SKIP_BUILD !== '1') build();
  // `npm run bench -- writes exports` runs only those sections.
  const only = process.argv.slice(2);
  const wanted = (section: string) => only.length === 0 || only.includes(section);

  if (wanted('public')) {
    const reads: Row[] = [];
    const browser: Row[] = [];
    for (const count of [1_000, 10_000]) {
      for (const row of await readBench(count)) ('req/s' in row ? reads : browser).push(row);
    }
    console.log('Public feed and page against a static file of the same size');
    console.table(reads);
    console.log('The public map in Chromium');
    console.table(browser);
  }
  if (wanted('writes')) {
    console.log('Saves: what a coordinator waits for, beside SQLite and the domain function in the same run');
    console.table(await benchWrites());
  }
  if (wanted('exports')) {
    console.log('Exports of 10,000 rows');
    console.table(await benchExports(10_000));
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
