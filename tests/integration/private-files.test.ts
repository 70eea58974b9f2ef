import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFile, dataDir, getDb } from '@/db';
import { createCity } from '@/lib/demo/builders';
import { backupDatabase, restoreDatabase } from '@/db/backup';
import { ensureAuthSecret } from '@/lib/start-up/auth-secret';
import { preparePhoto, storePhoto, uploadsDir } from '@/lib/photos/photos';
import { tightenDataDir } from '@/lib/private-data.mjs';
import { pngImage } from '../helpers/images';

const mode = (file: string) => fs.statSync(file).mode & 0o777;

/**
 * The data folder holds session tokens and unpublished photos: nobody but the
 * user the server runs as may read it, whatever the process's umask.
 */
describe('private files', () => {
  it('keeps the data folder, the database and its WAL to the owner alone', () => {
    // As loose a umask as a shared machine may have: the modes must not depend on it.
    const umask = process.umask(0o022);
    try {
      fs.chmodSync(dataDir(), 0o755);
      const db = getDb();
      createCity(db, { name: `Private-${Date.now()}` });
      expect(mode(dataDir())).toBe(0o700);
      expect(mode(databaseFile())).toBe(0o600);
      expect(mode(`${databaseFile()}-wal`)).toBe(0o600);
      expect(mode(`${databaseFile()}-shm`)).toBe(0o600);
    } finally {
      process.umask(umask);
    }
  });

  it('stores photos and backups, and restores, readable by the owner alone', async () => {
    const umask = process.umask(0o022);
    try {
      getDb();
      const name = storePhoto(await preparePhoto(await pngImage()));
      expect(mode(uploadsDir())).toBe(0o700);
      expect(mode(path.join(uploadsDir(), name))).toBe(0o600);

      const backups = path.join(dataDir(), 'backups-test');
      const copy = path.join(backups, 'copy.db');
      await backupDatabase(databaseFile(), copy);
      expect(mode(backups)).toBe(0o700);
      expect(mode(copy)).toBe(0o600);

      const target = path.join(dataDir(), 'restored.db');
      fs.writeFileSync(target, '', { mode: 0o644 });
      const { previous } = restoreDatabase(copy, target);
      expect(mode(target)).toBe(0o600);
      expect(mode(previous!)).toBe(0o600);
    } finally {
      process.umask(umask);
    }
  });

  it('keeps the session secret it makes to the owner alone', () => {
    const saved = process.env.AUTH_SECRET;
    delete process.env.AUTH_SECRET;
    try {
      ensureAuthSecret();
      expect(mode(path.join(dataDir(), '.auth-secret'))).toBe(0o600);
    } finally {
      if (saved === undefined) delete process.env.AUTH_SECRET;
      else process.env.AUTH_SECRET = saved;
    }
  });

  it('tightens at start what was left readable before: the secret, photos, backups, any folder or file', () => {
    const umask = process.umask(0o022);
    const outside = fs.mkdtempSync(path.join(path.dirname(dataDir()), 'outside-'));
    try {
      // A data folder as an earlier version or a person by hand left it.
      const root = fs.mkdtempSync(path.join(dataDir(), 'old-'));
      fs.chmodSync(root, 0o755);
      const loose: Record<string, number> = {
        '.auth-secret': 0o644,
        'blue-lights.db': 0o664,
        'uploads/0123456789abcdef0123456789abcdef.webp': 0o644,
        'backups/2026-07-30/blue-lights.db': 0o666,
        'backups/notes.txt': 0o604,
      };
      for (const [name, fileMode] of Object.entries(loose)) {
        fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true, mode: 0o755 });
        fs.writeFileSync(path.join(root, name), 'x', { mode: fileMode });
        fs.chmodSync(path.join(root, name), fileMode);
      }
      fs.chmodSync(path.join(root, 'backups'), 0o777);
      // A link to something that is not ours to change.
      const elsewhere = path.join(outside, 'shared.txt');
      fs.writeFileSync(elsewhere, 'x', { mode: 0o644 });
      fs.symlinkSync(elsewhere, path.join(root, 'link.txt'));
      for (const folder of ['', 'uploads', 'backups', 'backups/2026-07-30']) expect(mode(path.join(root, folder))).not.toBe(0o700);

      expect(tightenDataDir(root)).toEqual([]);

      for (const folder of ['', 'uploads', 'backups', 'backups/2026-07-30']) expect(mode(path.join(root, folder)), folder || 'the data folder').toBe(0o700);
      for (const name of Object.keys(loose)) expect(mode(path.join(root, name)), name).toBe(0o600);
      expect(mode(elsewhere)).toBe(0o644);
      // A folder that does not exist yet is made private when first written.
      expect(tightenDataDir(path.join(root, 'not-yet'))).toEqual([]);
    } finally {
      process.umask(umask);
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
