import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Copies a live database with SQLite's online backup API: a consistent
 * snapshot, taken page by page while the server goes on reading and writing.
 */
export async function backupDatabase(source: string, destination: string): Promise<{ pages: number }> {
  // A new folder is private; an existing one (`--to /safe/place.db`) is the operator's to set.
  fs.mkdirSync(path.dirname(destination), { recursive: true, mode: 0o700 });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const result = await db.backup(destination);
    // A backup holds what the database does, session tokens included.
    fs.chmodSync(destination, 0o600);
    return { pages: result.totalPages };
  } finally {
    db.close();
  }
}

/** `PRAGMA integrity_check` of a database file: 'ok' when sound. */
export function checkFile(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

/**
 * Puts a backup in place of the database. The server must be stopped: the
 * backup is checked first, the current file is kept beside it, and the WAL
 * files of the old database are removed so they cannot be replayed onto it.
 */
export function restoreDatabase(backup: string, target: string): { previous: string | null } {
  const check = checkFile(backup);
  if (check !== 'ok') throw new Error(`The backup is damaged: ${check}`);
  const replacedRevision = fs.existsSync(target) ? publicRevisionOf(target) : 0;
  let previous: string | null = null;
  if (fs.existsSync(target)) {
    previous = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.copyFileSync(target, previous);
    fs.chmodSync(previous, 0o600);
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.copyFileSync(backup, target);
  fs.chmodSync(target, 0o600);
  // Past any revision the replaced database reached: a server process (or a
  // cache) that saw one of those must not take the restored data for it.
  const db = new Database(target);
  try {
    db.prepare('UPDATE public_revision SET value = max(value, ?) + 1 WHERE id = 1').run(replacedRevision);
  } finally {
    db.close();
  }
  return { previous };
}

/** The public revision a database file has reached (0 before that table existed). */
function publicRevisionOf(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'public_revision'").get();
    if (!table) return 0;
    const row = db.prepare('SELECT value FROM public_revision WHERE id = 1').get() as { value: number } | undefined;
    return row?.value ?? 0;
  } finally {
    db.close();
  }
}
