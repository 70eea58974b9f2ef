import { env } from '@/lib/env';
import { ensureAuthSecret } from './auth-secret';
import { databaseFile, getDb } from './index';
import { isEmpty, seedDemoData } from './seed';

/** Opens (and so migrates) the database; loads the demo data into an empty one if asked. */
export async function prepareDatabase(): Promise<void> {
  ensureAuthSecret();
  const { DEMO_DATA } = env();
  const db = getDb();
  if (DEMO_DATA && (await isEmpty(db))) {
    seedDemoData(db);
    console.log(`[blue-lights] demo data loaded into ${databaseFile()}`);
  }
}
