import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../helpers/free-port';
import { startMailbox } from '../helpers/mailbox';
import { startApp, stopApp } from './app-process';
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

  // The demo set-up, with a real mail server and a public address.
  const app = await startApp({
    dataDir,
    env: {
      DEMO_DATA: 'true',
      EMAIL_SERVER: `smtp://127.0.0.1:${smtpPort}`,
      EMAIL_FROM: 'Blue Lights <no-reply@bluelights.example>',
      // Every test browser signs in from the same loopback address.
      SIGN_IN_CLIENT_LIMIT: '10000',
    },
  });
  const { baseURL } = app;

  project.provide('baseURL', baseURL);
  project.provide('dataDir', dataDir);
  project.provide('mailDir', mailDir);

  return async () => {
    await stopApp(app);
    await mailbox.close();
    if (process.env.E2E_KEEP_LOG === '1') console.log(app.output());
    fs.rmSync(work, { recursive: true, force: true });
  };
}
