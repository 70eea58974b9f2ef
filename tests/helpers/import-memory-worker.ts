/**
 * Reads one file with the import's reader, in a process of its own, and
 * prints how much its memory's high-water mark grew while reading, with the
 * refusal's code (or the number of rows read), as JSON: FILE is the path.
 */
import fs from 'node:fs';
import { ImportFileError } from '@/lib/imports/errors';
import { readSpreadsheet } from '@/lib/imports/read';

async function main() {
  const bytes = fs.readFileSync(process.env.FILE!);
  // Warm the reader up on a tiny file, so that loading code is not counted.
  await readSpreadsheet(Buffer.from('city;name\nGent;Belfort\n'));
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.resourceUsage().maxRSS;
  const started = Date.now();
  let outcome: { code?: string; params?: unknown; rows?: number };
  try {
    outcome = { rows: (await readSpreadsheet(bytes)).rows.length };
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    outcome = { code: error.code, params: error.params };
  }
  const growthMb = (process.resourceUsage().maxRSS - before) / 1024;
  process.stdout.write(JSON.stringify({ ...outcome, growthMb, ms: Date.now() - started }));
}

void main();
