import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { seedManyLights } from '@/tests/e2e/fixtures/many-lights';

const YEAR = 2091;

/** Times CSV, XLSX and GeoJSON exports of `count` rows, read from a real database. */
export async function benchExports(count: number): Promise<Record<string, string | number>[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-bench-exports-'));
  process.env.DATA_DIR = dir;
  seedManyLights(dir, YEAR, count);
  // Imported after DATA_DIR is set: the database client opens it lazily.
  const { listExportRows } = await import('@/lib/exports/registrations');
  const { registrationsCsv, registrationsGeoJson, registrationsXlsx } = await import('@/lib/exports/formats');
  const organiser = { id: 'bench', role: 'organiser' as const, cityIds: [] };
  const rows: Record<string, string | number>[] = [];
  try {
    const time = async (what: string, run: () => Promise<number> | number) => {
      const samples: number[] = [];
      let size = 0;
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        size = await run();
        samples.push(performance.now() - t0);
      }
      samples.sort((a, b) => a - b);
      rows.push({ export: what, rows: count, 'median (ms)': Math.round(samples[2]!), 'size (kB)': Math.round(size / 1024) });
    };
    const filter = { year: YEAR } as Parameters<typeof listExportRows>[1];
    await time('query (filter → rows)', async () => (await listExportRows(organiser, filter)).length * 0);
    const data = await listExportRows(organiser, filter);
    if (data.length !== count) throw new Error(`expected ${count} rows, got ${data.length}`);
    await time('CSV', () => Buffer.byteLength(registrationsCsv(data)));
    await time('XLSX', async () => (await registrationsXlsx(data)).length);
    await time('GeoJSON', () => Buffer.byteLength(JSON.stringify(registrationsGeoJson(data))));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
