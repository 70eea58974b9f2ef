import { getDb, databaseFile } from '../db';
import { isEmpty, seedDemoData } from '../lib/demo/seed';

async function main() {
  const db = getDb();
  if (!(await isEmpty(db))) {
    console.log(`${databaseFile()} already holds data; the demo data was not loaded.`);
    return;
  }
  seedDemoData(db);
  console.log(`Demo data loaded into ${databaseFile()}.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
