/**
 * npm run db:backup                     → DATA_DIR/backups/blue-lights-<time>.db
 * npm run db:backup -- --to FILE        → FILE
 * npm run db:restore -- FILE            → puts FILE in place (stop the server first)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase, checkFile, restoreDatabase } from '../db/backup';
import { databaseFile, dataDir, privateDir } from '../db';

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { to: { type: 'string' }, restore: { type: 'boolean', default: false } },
  });
  if (values.restore) {
    const file = positionals[0];
    if (!file) throw new Error('Which backup? npm run db:restore -- path/to/backup.db');
    const { previous } = restoreDatabase(path.resolve(file), databaseFile());
    console.log(`Restored ${file} to ${databaseFile()}.${previous ? ` The previous database is kept as ${previous}.` : ''}`);
    return;
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  if (!values.to) privateDir(path.join(dataDir(), 'backups'));
  const destination = path.resolve(values.to ?? path.join(dataDir(), 'backups', `blue-lights-${stamp}.db`));
  const { pages } = await backupDatabase(databaseFile(), destination);
  console.log(`Backed up ${databaseFile()} to ${destination} (${pages} pages, integrity ${checkFile(destination)}).`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
