import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../helpers/free-port';

const root = path.resolve(import.meta.dirname, '../..');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');

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
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  let output = '';
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: ownDist,
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e',
      AUTH_URL: baseURL,
      AUTH_TRUST_HOST: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  const cleanUp = () => {
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(path.join(root, ownDist), { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    const failure =
      server.exitCode !== null ? 'exited early' : Date.now() > deadline ? 'did not become healthy' : null;
    if (failure) {
      server.kill('SIGKILL');
      cleanUp();
      throw new Error(`The second app server ${failure}:\n${output}`);
    }
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseURL,
    dataDir,
    stop: async () => {
      server.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      if (server.exitCode === null) server.kill('SIGKILL');
      cleanUp();
    },
  };
}
