import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir, privateDir } from '@/db';

/**
 * Sessions are signed with AUTH_SECRET. When it is not set (a first start on a
 * laptop), one is made once and kept beside the database, so that sessions
 * survive restarts and `npm start` works without any configuration.
 */
export function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(dataDir(), '.auth-secret');
  let secret = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '';
  if (secret.length < 32) {
    secret = crypto.randomBytes(32).toString('base64url');
    privateDir(path.dirname(file));
    fs.writeFileSync(file, secret, { mode: 0o600 });
  }
  process.env.AUTH_SECRET = secret;
}
