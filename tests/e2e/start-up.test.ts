/**
 * What `npm run serve` checks before it answers anyone: settings it does not
 * understand stop it, naming them (instead of a server that listens and
 * answers 500), and whatever an earlier version or a person left readable in
 * the data folder is made private.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitOf, startApp, stopApp } from './app-process';

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const clean of cleanups.reverse()) await clean();
});

function dataDir(): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-start-'));
  cleanups.push(() => fs.rmSync(work, { recursive: true, force: true }));
  return path.join(work, 'data');
}

const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe('settings at start', () => {
  it.each([
    ['DEMO_DATA', 'maybe'],
    ['DEMO_DATA', 'ture'],
    ['SCHEDULER', 'sometimes'],
  ])('stop the server on %s=%s, naming the setting and what it accepts', async (name, value) => {
    const app = await startApp({ dataDir: dataDir(), env: { [name]: value }, waitUntilHealthy: false });
    cleanups.push(() => stopApp(app));
    expect(await exitOf(app)).not.toBe(0);
    expect(app.output()).toContain(`${name}: "${value}" is not understood`);
    expect(app.output()).toContain('true, 1, yes, on, false, 0, no, off');
    expect(app.output()).not.toContain('listening');
  });

  it.each([
    ['AUTH_URL', 'ftp://bluelights.example', 'must be an http:// or https:// address'],
    ['MAIL_RETRY_SECONDS', 'soon', 'MAIL_RETRY_SECONDS'],
    ['SIGN_IN_CLIENT_LIMIT', '0', 'SIGN_IN_CLIENT_LIMIT'],
  ])('stop the server on any other setting the app refuses (%s=%s), naming it, before it listens', async (name, value, message) => {
    const app = await startApp({ dataDir: dataDir(), env: { [name]: value }, waitUntilHealthy: false });
    cleanups.push(() => stopApp(app));
    expect(await exitOf(app)).not.toBe(0);
    expect(app.output()).toContain(`${name}: `);
    expect(app.output()).toContain(message);
    expect(app.output()).not.toContain('listening');
  });

  it('take DEMO_DATA=FALSE for the real deployment it is: without its address and mail server it does not start', async () => {
    const app = await startApp({ dataDir: dataDir(), env: { DEMO_DATA: 'FALSE', AUTH_URL: undefined, EMAIL_SERVER: undefined }, waitUntilHealthy: false });
    cleanups.push(() => stopApp(app));
    expect(await exitOf(app)).not.toBe(0);
    expect(app.output()).toMatch(/AUTH_URL[\s\S]*EMAIL_SERVER/);
  });
});

describe('the data folder at start', () => {
  it('is made private, with everything in it an earlier version left readable', async () => {
    const dir = dataDir();
    const loose = {
      '.auth-secret': 'x'.repeat(43),
      'uploads/0123456789abcdef0123456789abcdef.webp': 'photo',
      'backups/blue-lights-2026-07-30.db': 'backup',
    };
    for (const [name, content] of Object.entries(loose)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true, mode: 0o755 });
      fs.writeFileSync(path.join(dir, name), content, { mode: 0o644 });
    }
    for (const folder of ['', 'uploads', 'backups']) fs.chmodSync(path.join(dir, folder), 0o755);
    for (const name of Object.keys(loose)) fs.chmodSync(path.join(dir, name), 0o644);

    const app = await startApp({ dataDir: dir });
    cleanups.push(() => stopApp(app));
    for (const folder of ['', 'uploads', 'backups']) expect(mode(path.join(dir, folder)), folder || 'the data folder').toBe(0o700);
    for (const name of [...Object.keys(loose), 'blue-lights.db']) expect(mode(path.join(dir, name)), name).toBe(0o600);
  });
});
