import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { closeDb } from '@/db';

// A real SQLite file per test file, migrated when first opened; removed afterwards.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-test-'));
process.env.DATA_DIR = dir;

afterAll(() => {
  closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});
