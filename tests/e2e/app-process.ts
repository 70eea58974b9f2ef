import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../helpers/free-port';

export const root = path.resolve(import.meta.dirname, '../..');
const server = path.join(root, 'server.mjs');

/** The secret every test server signs sessions with, so tests can write sessions themselves. */
export const TEST_AUTH_SECRET = 'e2e-secret-e2e-secret-e2e-secret-e2e';

export type AppProcess = { baseURL: string; port: number; child: ChildProcess; output: () => string };

export type AppOptions = {
  dataDir: string;
  port?: number;
  /** Variables on top of the defaults below; `undefined` removes one. */
  env?: Record<string, string | undefined>;
  /** How the test reaches it (`localhost` by default: Next.js builds absolute redirects with it). */
  host?: string;
  /** Wait until /api/health answers (false: the caller watches the process, e.g. for a refusal). */
  waitUntilHealthy?: boolean;
};

/**
 * Starts the production build with `server.mjs` (as `npm run serve` does) on
 * a free port over a data folder. A real deployment's settings by default:
 * no demo data, a public address, a mail server (set `EMAIL_SERVER` to a
 * real mailbox to read what it sends).
 */
export async function startApp(dataDirOrOptions: string | AppOptions, port?: number): Promise<AppProcess> {
  const options: AppOptions = typeof dataDirOrOptions === 'string' ? { dataDir: dataDirOrOptions, port } : dataDirOrOptions;
  const p = options.port ?? (await freePort());
  const baseURL = `http://${options.host ?? 'localhost'}:${p}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(p),
    DATA_DIR: options.dataDir,
    DEMO_DATA: 'false',
    AUTH_SECRET: TEST_AUTH_SECRET,
    AUTH_URL: `http://localhost:${p}`,
    // Port 9 (discard): nothing listens, so a mail that is sent fails loudly in the log.
    EMAIL_SERVER: 'smtp://127.0.0.1:9',
    ...options.env,
  };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  let out = '';
  const child = spawn(process.execPath, [server], { cwd: root, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const app = { baseURL, port: p, child, output: () => out };
  if (options.waitUntilHealthy === false) return app;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The app did not start:\n${out}`);
    }
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return app;
}

export async function stopApp(app: AppProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (app.child.exitCode !== null || app.child.signalCode !== null) return;
  const exited = new Promise((r) => app.child.once('exit', r));
  app.child.kill(signal);
  const timer = setTimeout(() => app.child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Resolves with the exit code once the process has ended (for servers that must refuse to start). */
export function exitOf(app: AppProcess, timeoutMs = 60_000): Promise<number | null> {
  if (app.child.exitCode !== null) return Promise.resolve(app.child.exitCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Still running after ${timeoutMs} ms:\n${app.output()}`)), timeoutMs);
    app.child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}
