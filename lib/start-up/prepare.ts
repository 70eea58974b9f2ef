import 'server-only';
import { assertServable, env } from '@/lib/env';
import { ensureAuthSecret } from './auth-secret';
import { databaseFile, getDb } from '@/db';
import { isEmpty, seedDemoData } from '@/lib/demo/seed';

/**
 * Checks the settings, opens (and so migrates) the database, and loads the
 * demo data into an empty one if asked. Throws, naming what is missing, when
 * a real deployment lacks a setting it cannot run safely without.
 */
export async function prepareDatabase(): Promise<void> {
  // Before the settings are read, so that they include the secret made on a first start.
  ensureAuthSecret();
  assertServable();
  const settings = env();
  // Auth.js builds its links from AUTH_URL when it is set, and from the
  // request's Host header otherwise: it is always set, to the one address.
  process.env.AUTH_URL = settings.siteUrl.origin;
  const db = getDb();
  if (settings.DEMO_DATA && (await isEmpty(db))) {
    seedDemoData(db);
    console.log(`[blue-lights] demo data loaded into ${databaseFile()}`);
  }
}
