import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root, startApp, stopApp } from './app-process';

export type OwnServer = { baseURL: string; dataDir: string; stop: () => Promise<void> };

/**
 * A second production server on the build the global setup made, with its own
 * data folder, for a test file whose data would disturb the others' counts.
 * `prepare` fills the database before the server starts (and caches anything);
 * `env` overrides its settings (another AUTH_URL, say).
 *
 * The build is copied without its cache: Next.js keeps `unstable_cache`
 * entries on disk in the build folder, so two servers sharing one folder would
 * serve each other's public data.
 */
export async function startOwnServer(
  prepare: (dataDir: string) => void | Promise<void>,
  { env = {} }: { env?: Record<string, string> } = {},
): Promise<OwnServer> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-e2e-own-'));
  const dataDir = path.join(work, 'data');
  fs.mkdirSync(dataDir, { recursive: true });
  await prepare(dataDir);
  const sharedDist = process.env.NEXT_DIST_DIR || '.next';
  const ownDist = `${sharedDist}-own-${process.pid}`;
  fs.cpSync(path.join(root, sharedDist), path.join(root, ownDist), {
    recursive: true,
    filter: (source) => !source.startsWith(path.join(root, sharedDist, 'cache')),
  });
  const cleanUp = () => {
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(path.join(root, ownDist), { recursive: true, force: true });
  };
  try {
    const app = await startApp({ dataDir, env: { NEXT_DIST_DIR: ownDist, ...env } });
    return {
      baseURL: app.baseURL,
      dataDir,
      stop: async () => {
        await stopApp(app);
        cleanUp();
      },
    };
  } catch (error) {
    cleanUp();
    throw error;
  }
}
