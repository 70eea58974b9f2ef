import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../helpers/free-port';
import { startMailbox } from '../helpers/mailbox';
import { assertChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    dataDir: string;
    mailDir: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');

async function waitUntilHealthy(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The app server exited early:\n${log()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The app server did not become healthy:\n${log()}`);
}

/**
 * Builds the app for production, then starts it on a free port with its own
 * temporary data folder (demo data loaded) and a real local SMTP server.
 */
export default async function setup(project: TestProject) {
  assertChromium();

  if (process.env.E2E_SKIP_BUILD !== '1') {
    // `next build` adds its output folder to tsconfig.json; a build for tests leaves it as it was.
    const tsconfig = path.join(root, 'tsconfig.json');
    const before = fs.readFileSync(tsconfig, 'utf8');
    const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    fs.writeFileSync(tsconfig, before);
    if (build.status !== 0) throw new Error('next build failed');
  }

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-e2e-'));
  const dataDir = path.join(work, 'data');
  const mailDir = path.join(work, 'mail');
  const smtpPort = await freePort();
  const mailbox = await startMailbox(mailDir, smtpPort);

  const port = await freePort();
  // `localhost`, not 127.0.0.1: Next.js builds absolute redirects with it, and cookies are per host.
  const baseURL = `http://localhost:${port}`;
  let output = '';
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      DEMO_DATA: 'true',
      AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e',
      AUTH_URL: baseURL,
      AUTH_TRUST_HOST: 'true',
      EMAIL_SERVER: `smtp://127.0.0.1:${smtpPort}`,
      EMAIL_FROM: 'Blue Lights <no-reply@bluelights.example>',
      // Every test browser signs in from the same loopback address.
      SIGN_IN_CLIENT_LIMIT: '10000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  await waitUntilHealthy(baseURL, server, () => output);

  project.provide('baseURL', baseURL);
  project.provide('dataDir', dataDir);
  project.provide('mailDir', mailDir);

  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    if (server.exitCode === null) server.kill('SIGKILL');
    await mailbox.close();
    if (process.env.E2E_KEEP_LOG === '1') console.log(output);
    fs.rmSync(work, { recursive: true, force: true });
  };
}
