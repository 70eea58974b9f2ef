import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFile, dataDir, getDb } from '@/db';
import { createCity } from '@/db/builders';
import { backupDatabase, restoreDatabase } from '@/db/backup';
import { ensureAuthSecret } from '@/db/auth-secret';
import { preparePhoto, storePhoto, uploadsDir } from '@/lib/photos';
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
});
