import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, openDatabase } from '@/db';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-upgrade-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The migrations folder as it was up to and including `lastTag`. */
function migrationsUpTo(lastTag: string): string {
  const folder = path.join(dir, 'migrations-' + lastTag);
  fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === lastTag);
  expect(last).toBeGreaterThanOrEqual(0);
  journal.entries = journal.entries.slice(0, last + 1);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

describe('upgrading a database in use', () => {
  it('rebuilds a table other rows refer to (the outbox, after reminders were sent) and keeps every row and reference', () => {
    const file = path.join(dir, 'in-use.db');
    const old = new Database(file);
    old.pragma('foreign_keys = ON');
    migrate(drizzle(old), { migrationsFolder: migrationsUpTo('0007_take_part_help_centres') });
    old.exec(`insert into outbox (kind, recipient, locale, subject, text, html, next_attempt_at) values ('reminder.day_before', 'a@example.org', 'fr', 's', 't', 'h', 0)`);
    old.exec(`insert into sent_reminders (key, kind, outbox_id, at) values ('day-before:1', 'reminder.day_before', 1, 0)`);
    old.close();

    const { sqlite } = openDatabase(file);
    try {
      expect(sqlite.prepare('select locale from outbox').all()).toEqual([{ locale: 'fr' }]);
      expect(sqlite.prepare('select outbox_id from sent_reminders').all()).toEqual([{ outbox_id: 1 }]);
      expect(sqlite.pragma('foreign_key_check')).toEqual([]);
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      // The keys hold again once migrated.
      expect(() => sqlite.exec(`insert into sent_reminders (key, kind, outbox_id, at) values ('x', 'y', 999, 0)`)).toThrow(/FOREIGN KEY/);
    } finally {
      sqlite.close();
    }
  });
});
