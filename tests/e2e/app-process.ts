import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../helpers/free-port';

const root = path.resolve(import.meta.dirname, '../..');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');

export type AppProcess = { baseURL: string; child: ChildProcess; output: () => string };

/**
 * Starts the production build on a free port over a given data folder, for
 * tests that kill a server and start another on the same database.
 */
export async function startApp(dataDir: string, port?: number): Promise<AppProcess> {
  const p = port ?? (await freePort());
  const baseURL = `http://localhost:${p}`;
  let out = '';
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(p)], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e',
      AUTH_URL: baseURL,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`The app did not start:\n${out}`);
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { baseURL, child, output: () => out };
}

export async function stopApp(app: AppProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (app.child.exitCode !== null) return;
  const exited = new Promise((r) => app.child.once('exit', r));
  app.child.kill(signal);
  await exited;
}
