import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export const DB_FILE_NAME = 'blue-lights.db';
export const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations');

/** How long a writer waits for another to finish before SQLite gives up. */
const BUSY_TIMEOUT_MS = 5_000;

type Handle = { db: Db; sqlite: Database.Database; file: string };

// One connection per process. Kept on globalThis so that dev-server reloads
// do not open a new connection on every edit.
const globalForDb = globalThis as unknown as { blueLightsDb?: Handle };

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || './data');
}

export function databaseFile(): string {
  return path.join(dataDir(), DB_FILE_NAME);
}

/**
 * Makes a folder that only this user may enter (the database holds session
 * tokens; photos of pending registrations are not public either), and
 * tightens an existing one.
 */
export function privateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
}

/** Makes a file, or an existing one, readable and writable by this user only. */
export function privateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  fs.chmodSync(file, 0o600);
}

/** Opens a SQLite file with the pragmas every connection needs, and migrates it. */
export function openDatabase(file: string): Handle {
  privateDir(path.dirname(file));
  // SQLite gives its -wal and -shm files the database file's own permissions.
  privateFile(file);
  for (const suffix of ['-wal', '-shm']) if (fs.existsSync(file + suffix)) fs.chmodSync(file + suffix, 0o600);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // With WAL, NORMAL keeps every committed transaction across a process crash;
  // only a power loss may roll back the very last ones.
  sqlite.pragma('synchronous = NORMAL');
  reuseStatements(sqlite);
  const db = drizzle(sqlite, { schema });
  // A migration that rebuilds a table (SQLite cannot drop a CHECK in place) must run
  // with foreign keys off, as SQLite's own procedure says: the pragma is ignored inside
  // the migrator's transaction, and a table another one refers to could not be dropped.
  // The keys are checked once it is done, and on for everything after. (better-sqlite3
  // turns them on by default.)
  sqlite.pragma('foreign_keys = OFF');
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  const broken = sqlite.pragma('foreign_key_check') as unknown[];
  if (broken.length > 0) throw new Error(`The database has ${broken.length} rows whose references point nowhere after migrating.`);
  sqlite.pragma('foreign_keys = ON');
  return { db, sqlite, file };
}

/** Distinct SQL texts kept compiled; the app runs a few hundred. */
const STATEMENT_CACHE_SIZE = 1_000;

/**
 * Gives the same SQL text the statement SQLite already compiled. drizzle asks
 * for a new one every time a query runs, and compiling them was a tenth of a
 * save's server time. A statement is reused only once the previous use has
 * finished (every query here runs to completion synchronously).
 */
function reuseStatements(sqlite: Database.Database): void {
  const statements = new LRUCache<string, Database.Statement>({ max: STATEMENT_CACHE_SIZE });
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const known = statements.get(source);
    if (!known) {
      const statement = prepare(source);
      statements.set(source, statement);
      return statement;
    }
    // drizzle switches a statement to rows as arrays when it maps columns itself; each use says again.
    if (known.reader) known.raw(false);
    return known;
  }) as typeof sqlite.prepare;
}

function handle(): Handle {
  const file = databaseFile();
  const current = globalForDb.blueLightsDb;
  if (current && current.file === file && current.sqlite.open) return current;
  const opened = openDatabase(file);
  globalForDb.blueLightsDb = opened;
  return opened;
}

/** What a transaction's callback is given. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Every transaction that writes goes through here. It takes SQLite's write
 * lock as it begins (BEGIN IMMEDIATE), waiting up to BUSY_TIMEOUT_MS for
 * another writer to finish. A deferred transaction reads first and asks for
 * the lock at its first write; if another server process committed in
 * between, SQLite refuses at once ("database is locked"), and the save is
 * lost. Transactions are short and synchronous, so the wait is too.
 */
export function writeTransaction<T>(run: (tx: Tx) => T, db: Db = getDb()): T {
  return db.transaction(run, { behavior: 'immediate' });
}

/**
 * The one database client. Opened lazily, so that importing a module (as
 * `next build` does) never creates a database file.
 */
export function getDb(): Db {
  return handle().db;
}

/** Runs a read-only integrity check, for health checks and tests. */
export function integrityCheck(): string {
  const row = handle().sqlite.pragma('integrity_check', { simple: true });
  return String(row);
}

/** The connection settings that durability depends on. */
export function databaseSettings(): { journalMode: string; foreignKeys: boolean; busyTimeoutMs: number } {
  const { sqlite } = handle();
  return {
    journalMode: String(sqlite.pragma('journal_mode', { simple: true })),
    foreignKeys: sqlite.pragma('foreign_keys', { simple: true }) === 1,
    busyTimeoutMs: Number(sqlite.pragma('busy_timeout', { simple: true })),
  };
}

export function closeDb(): void {
  const current = globalForDb.blueLightsDb;
  if (current?.sqlite.open) current.sqlite.close();
  globalForDb.blueLightsDb = undefined;
}

export { schema };
