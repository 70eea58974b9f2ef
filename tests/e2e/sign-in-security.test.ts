/**
 * Sign-in on the open internet: links point only at the configured address,
 * every path that sends a link answers every address alike and counts the
 * same limits, and the limits follow the real client, not a header it sends.
 * Each test starts its own server, with the settings it is about.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { actionId, callAction } from '../helpers/action-client';
import { freePort } from '../helpers/free-port';
import { mailsFor, startMailbox } from '../helpers/mailbox';
import { exitOf, startApp, stopApp, type AppProcess } from './app-process';
import { launchChromium } from './chromium';
import { isSignInMail, linkIn, waitForSignInMail } from './sign-in';
import { createTestUser } from './users';

const distDir = path.resolve(import.meta.dirname, '../..', process.env.NEXT_DIST_DIR || '.next');
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const clean of cleanups.reverse()) await clean();
});

function workDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-sign-in-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

type Site = { app: AppProcess; mailDir: string; dataDir: string; release: () => void };

/**
 * A server with its own mailbox. `holdMail` makes the mail server keep every
 * message until `release()`, as a slow SMTP server would.
 */
async function site(env: Record<string, string | undefined>, { holdMail = false } = {}): Promise<Site> {
  const work = workDir();
  const mailDir = path.join(work, 'mail');
  const dataDir = path.join(work, 'data');
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const smtpPort = await freePort();
  const mailbox = await startMailbox(mailDir, smtpPort, holdMail ? { hold: () => gate } : {});
  cleanups.push(() => mailbox.close());
  cleanups.push(() => release());
  const app = await startApp({ dataDir, env: { EMAIL_SERVER: `smtp://127.0.0.1:${smtpPort}`, ...env } });
  cleanups.push(() => stopApp(app));
  return { app, mailDir, dataDir, release };
}

/** Auth.js's own endpoint, as a script would call it: CSRF token and cookie first, then the form. */
async function postAuthJsSignIn(baseURL: string, email: string, headers: Record<string, string> = {}) {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return fetch(`${baseURL}/api/auth/signin/nodemailer`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie, ...headers },
    body: new URLSearchParams({ email, csrfToken, callbackUrl: `${baseURL}/start` }),
    redirect: 'manual',
  });
}

describe('sign-in links', () => {
  it('point at the configured address, never at a host the request names', async () => {
    // A laptop set-up: no AUTH_URL, so the address is http://localhost:PORT.
    const { app, mailDir } = await site({ DEMO_DATA: 'true', AUTH_URL: undefined });
    const expected = `http://localhost:${app.port}/api/auth/callback/nodemailer?`;

    await postAuthJsSignIn(app.baseURL, 'organiser@bluelights.example', { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' });
    const first = linkIn((await waitForSignInMail(mailDir, 'organiser@bluelights.example')).text);
    expect(first.startsWith(expected)).toBe(true);

    // The sign-in form's action, posted by a script that names another host (and a matching origin).
    const reply = await callAction({
      baseURL: app.baseURL,
      page: '/sign-in',
      actionId: actionId(distDir, 'app/[locale]/sign-in/actions.ts', 'requestSignInLink'),
      fields: { email: 'brussels@bluelights.example' },
      origin: 'https://evil.example',
      headers: { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' },
    });
    expect(reply.ok, reply.body.slice(0, 300)).toBe(true);
    const second = linkIn((await waitForSignInMail(mailDir, 'brussels@bluelights.example')).text);
    expect(second.startsWith(expected)).toBe(true);
  });

  it('land the person signed in at the configured address when they opened the site at another', async () => {
    const { app, mailDir } = await site({ DEMO_DATA: 'true', AUTH_URL: undefined });
    const browser = await launchChromium();
    cleanups.push(() => browser.close());
    const page = await (await browser.newContext()).newPage();
    await page.goto(`http://127.0.0.1:${app.port}/sign-in`);
    await page.getByLabel('E-mail address').fill('ghent@bluelights.example');
    await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    const link = linkIn((await waitForSignInMail(mailDir, 'ghent@bluelights.example')).text);
    await page.goto(link);
    await page.getByTestId('signed-in-user').waitFor();
    expect(new URL(page.url()).origin).toBe(`http://localhost:${app.port}`);
  });
});

describe('asking for a link', () => {
  it('gets the same answer for invited, unknown and deactivated addresses, before any mail is sent', async () => {
    const { app, mailDir, dataDir, release } = await site({ DEMO_DATA: 'true' }, { holdMail: true });
    const gone = createTestUser({ role: 'coordinator', dataDir, deactivated: true });
    const answers = [];
    for (const email of ['organiser@bluelights.example', `nobody-${Date.now()}@e2e.example`, gone.email]) {
      // The mail server holds every message: an answer that waited for the mail would never come.
      const res = await postAuthJsSignIn(app.baseURL, email);
      answers.push({ status: res.status, location: res.headers.get('location') });
    }
    expect(answers[0]).toEqual({ status: 303, location: `http://localhost:${app.port}/sign-in/check-email` });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    release();
    await waitForSignInMail(mailDir, 'organiser@bluelights.example');
    expect(await mailsFor(mailDir, gone.email)).toEqual([]);
  });

  it('counts the same limits on Auth.js’s endpoint as on the form', async () => {
    const { app, mailDir } = await site({ DEMO_DATA: 'true' });
    for (let i = 0; i < 8; i++) {
      const res = await postAuthJsSignIn(app.baseURL, 'brussels@bluelights.example');
      expect(res.status).toBe(303);
    }
    await waitForSignInMail(mailDir, 'brussels@bluelights.example');
    // Give any further mail time to arrive: one a minute per address is the rule.
    await new Promise((r) => setTimeout(r, 1500));
    expect((await mailsFor(mailDir, 'brussels@bluelights.example')).filter(isSignInMail)).toHaveLength(1);
  });
});

describe('rate limits', () => {
  it('follow the socket address, not an X-Forwarded-For the client writes', async () => {
    const { app } = await site({ DEMO_DATA: 'true', SIGN_IN_CLIENT_LIMIT: '3' });
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      const res = await postAuthJsSignIn(app.baseURL, `someone-${i}@e2e.example`, { 'X-Forwarded-For': `198.51.100.${i}` });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([303, 303, 303, 429, 429]);
  });

  it('cannot be used to lock someone out of their own account', async () => {
    // Behind one trusted proxy, whose X-Forwarded-For entry tells clients apart.
    const { app, mailDir } = await site({ DEMO_DATA: 'true', TRUSTED_PROXY_HOPS: '1', SIGN_IN_CLIENT_LIMIT: '5' });
    const owner = 'organiser@bluelights.example';
    // Someone else asks for the organiser's address again and again, from their own address.
    for (let i = 0; i < 5; i++) await postAuthJsSignIn(app.baseURL, owner, { 'X-Forwarded-For': '203.0.113.66' });
    await waitForSignInMail(mailDir, owner);

    // The organiser, from their own address, is answered as usual…
    const browser = await launchChromium();
    cleanups.push(() => browser.close());
    const page = await (await browser.newContext({ baseURL: app.baseURL, extraHTTPHeaders: { 'X-Forwarded-For': '192.0.2.10' } })).newPage();
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(owner);
    await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    // …and a link from the last hour in their mailbox lets them in.
    const mails = (await mailsFor(mailDir, owner)).filter(isSignInMail);
    expect(mails.length).toBeGreaterThanOrEqual(1);
    await page.goto(linkIn(mails[mails.length - 1]!.text));
    await page.getByTestId('signed-in-user').waitFor();

    // The other client, meanwhile, is at its own limit.
    const res = await postAuthJsSignIn(app.baseURL, owner, { 'X-Forwarded-For': '203.0.113.66' });
    expect(res.status).toBe(429);
  });
});

describe('a real deployment (DEMO_DATA=false)', () => {
  it('refuses to start without its public address and mail server, naming both', async () => {
    const app = await startApp({
      dataDir: path.join(workDir(), 'data'),
      env: { DEMO_DATA: 'false', AUTH_URL: undefined, EMAIL_SERVER: undefined },
      waitUntilHealthy: false,
    });
    cleanups.push(() => stopApp(app));
    expect(await exitOf(app)).not.toBe(0);
    expect(app.output()).toMatch(/AUTH_URL/);
    expect(app.output()).toMatch(/EMAIL_SERVER/);
  });

  it('keeps its data folder and database to itself, and no link in its log', async () => {
    const { app, dataDir, mailDir } = await site({ DEMO_DATA: 'false' });
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dataDir, 'blue-lights.db')).mode & 0o777).toBe(0o600);
    const user = createTestUser({ role: 'organiser', dataDir });
    await postAuthJsSignIn(app.baseURL, user.email);
    const link = linkIn((await waitForSignInMail(mailDir, user.email)).text);
    const token = new URL(link).searchParams.get('token')!;
    expect(app.output()).not.toContain(token);
    expect(app.output()).not.toContain('/api/auth/callback');
  });
});
