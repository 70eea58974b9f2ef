import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
/** The benchmarks' own build folder, apart from a developer's `.next`. */
export const DIST = '.next-bench';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

export function build(): void {
  const tsconfig = path.join(root, 'tsconfig.json');
  const before = fs.readFileSync(tsconfig, 'utf8');
  const r = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: DIST },
  });
  fs.writeFileSync(tsconfig, before);
  if (r.status !== 0) throw new Error('next build failed');
}

export type Server = { url: string; dataDir: string; process: ChildProcess; stop: () => Promise<void> };

/** A production server on a free port with its own data folder, filled by `prepare` before it starts. */
export async function startServer(
  prepare: (dataDir: string) => void | Promise<void>,
  { keepData = false, dataDir: given, env = {}, port: chosen }: { keepData?: boolean; dataDir?: string; env?: Record<string, string>; port?: number } = {},
): Promise<Server> {
  const work = given ? path.dirname(given) : fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-bench-'));
  const dataDir = given ?? path.join(work, 'data');
  fs.mkdirSync(dataDir, { recursive: true });
  await prepare(dataDir);
  const port = chosen ?? (await freePort());
  const url = `http://localhost:${port}`;
  // BENCH_CPU_PROF=DIR writes a CPU profile of the server there (node --cpu-prof), to see where a request's time goes.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, path.join(root, 'server.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      NEXT_DIST_DIR: DIST,
      // Nothing is mailed during a benchmark; a real deployment must name a server.
      EMAIL_SERVER: 'smtp://127.0.0.1:9',
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      AUTH_SECRET: 'bench-secret-bench-secret-bench-secret',
      AUTH_URL: url,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('The bench server did not start');
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    dataDir,
    process: child,
    stop: async () => {
      // A graceful stop, so that a CPU profile is written out.
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
      if (!keepData) fs.rmSync(work, { recursive: true, force: true });
    },
  };
}
