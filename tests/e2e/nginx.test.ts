/**
 * The deployment the README describes, for real: Debian's nginx with the
 * shipped deploy/nginx.conf in front of two app processes that share one
 * data folder. A visitor, a coordinator and an organiser use it as they
 * would on the day.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { createBuilding, createIllumination } from '@/lib/demo/builders';
import { currentDemoYear, demoPublicCounts } from '@/lib/demo/demo-data';
import { campaigns, cities } from '@/db/schema';
import { freePort } from '../helpers/free-port';
import { mailsFor, startMailbox, waitForMail } from '../helpers/mailbox';
import { startApp, stopApp, type AppProcess } from './app-process';
import { launchChromium } from './chromium';
import { buildingsOnMap, waitForMap } from './map-helpers';
import { startNginx, type Nginx } from './nginx';
import { rawGet } from './raw-get';
import { approveInReview } from './review';
import { sessionCookie } from './sessions';
import { linkIn } from './sign-in';
import { createTestUser } from './users';

const { buildings: approvedCount } = demoPublicCounts();
const year = currentDemoYear();

let work: string;
let dataDir: string;
let mailDir: string;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let one: AppProcess;
let two: AppProcess;
let proxy: Nginx;
let browser: Browser;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-e2e-nginx-'));
  dataDir = path.join(work, 'data');
  mailDir = path.join(work, 'mail');
  const smtpPort = await freePort();
  mailbox = await startMailbox(mailDir, smtpPort);
  const nginxPort = await freePort();
  const env = {
    DEMO_DATA: 'true',
    // nginx is the one proxy in front: the app believes its X-Forwarded-For entry, no other.
    TRUSTED_PROXY_HOPS: '1',
    AUTH_URL: `http://127.0.0.1:${nginxPort}`,
    EMAIL_SERVER: `smtp://127.0.0.1:${smtpPort}`,
  };
  // The first process creates and fills the database; the second opens it as it is.
  one = await startApp({ dataDir, env, host: '127.0.0.1' });
  two = await startApp({ dataDir, env, host: '127.0.0.1' });
  proxy = await startNginx([one.port, two.port], nginxPort);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await proxy?.stop();
  await Promise.all([one && stopApp(one), two && stopApp(two)]);
  await mailbox?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** A request from a loopback address of its own (127.0.0.2…): another client, as nginx sees it. */
function requestFrom(localAddress: string, url: string, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, localAddress, headers: method === 'POST' ? { 'content-length': '0' } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Sends `route` from one client in waves of `wave` at once until nginx refuses one; the statuses seen. */
async function burst(localAddress: string, route: string, method: string, wave: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < 20 && !statuses.includes(429); i++) {
    const answers = await Promise.all(Array.from({ length: wave }, () => requestFrom(localAddress, `${proxy.baseURL}${route}`, method)));
    statuses.push(...answers.map((a) => a.status));
  }
  return statuses;
}

async function mapDataPath(baseURL: string): Promise<string> {
  const html = await (await fetch(`${baseURL}/`)).text();
  const found = html.match(/\/api\/lights\/\d{4}\/map\/[A-Za-z0-9_-]+\.json/);
  if (!found) throw new Error('The map page names no map data');
  return found[0];
}

async function newPage(baseURL: string, cookie?: string) {
  const context = await browser.newContext({ baseURL, locale: 'en-GB' });
  if (cookie) {
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: baseURL }]);
  }
  return context.newPage();
}

describe('behind nginx, with two app processes', () => {
  it('shows the public map, its markers and its list', async () => {
    const page = await newPage(proxy.baseURL);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await waitForMap(page);
    await expect.poll(() => buildingsOnMap(page)).toBe(approvedCount);
    await expect(page.getByRole('link', { name: 'Ghent City Hall', exact: true }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('serves the map data compressed from its own cache, as long as its Cache-Control says', async () => {
    const route = await mapDataPath(proxy.baseURL);
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
      ['gzip, deflate', 'gzip', gunzipSync],
    ] as const) {
      const first = await rawGet(`${proxy.baseURL}${route}`, { 'accept-encoding': accept });
      expect(first.status, accept).toBe(200);
      const second = await rawGet(`${proxy.baseURL}${route}`, { 'accept-encoding': accept });
      expect(second.headers['x-cache-status'], accept).toBe('HIT');
      expect(second.headers['content-encoding'], accept).toBe(encoding);
      expect(second.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(second.headers.vary).toMatch(/Accept-Encoding/);
      const data = JSON.parse(decode(second.body).toString('utf8'));
      expect(data.year).toBe(year);
      expect(data.lights.id).toHaveLength(approvedCount);
    }
    // The open-data feed too, compressed, one copy per encoding.
    await rawGet(`${proxy.baseURL}/api/lights/${year}?format=csv`, { 'accept-encoding': 'gzip' });
    const feed = await rawGet(`${proxy.baseURL}/api/lights/${year}?format=csv`, { 'accept-encoding': 'gzip' });
    expect(feed.headers['x-cache-status']).toBe('HIT');
    expect(feed.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(feed.body).toString('utf8')).toContain('Ghent City Hall');
  });

  it('signs a coordinator in with the link from the mail, at the configured address', async () => {
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Ghent'], dataDir });
    const page = await newPage(proxy.baseURL);
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(coordinator.email);
    await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    const link = linkIn((await waitForMail(mailDir, coordinator.email, 0)).text);
    expect(link.startsWith(`${proxy.baseURL}/api/auth/callback/`)).toBe(true);
    await page.goto(link);
    await page.getByTestId('signed-in-user').waitFor();
    await page.goto('/coordinate');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('My buildings');
    expect(await mailsFor(mailDir, coordinator.email)).toHaveLength(1);
    await page.context().close();
  });

  it('shows an approval made through one process at once through the other, and through nginx', async () => {
    const name = `Arlon Water Tower ${Date.now()}`;
    const { db, sqlite } = openDatabase(path.join(dataDir, DB_FILE_NAME));
    try {
      const campaign = db.select().from(campaigns).where(eq(campaigns.year, year)).get()!;
      const arlon = db.select().from(cities).where(eq(cities.name, 'Arlon')).get()!;
      const building = createBuilding(db, { cityId: arlon.id, name, kind: 'tower', lat: 49.686, lng: 5.812 });
      createIllumination(db, { campaignId: campaign.id, buildingId: building.id, status: 'submitted', lightsOffTime: '23:30' });
    } finally {
      sqlite.close();
    }
    // The second process has the page in its cache before the change.
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${two.baseURL}/`);
      const html = await res.text();
      expect(html).not.toContain(name);
      if (res.headers.get('x-page-cache') === 'hit') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const before = await mapDataPath(proxy.baseURL);

    const organiser = createTestUser({ role: 'organiser', dataDir });
    const page = await newPage(one.baseURL, sessionCookie(dataDir, organiser.id));
    await approveInReview(page, year, name);
    await page.context().close();

    const after = await fetch(`${two.baseURL}/`);
    expect(await after.text()).toContain(name);
    const throughNginx = await newPage(proxy.baseURL);
    await throughNginx.goto('/');
    await waitForMap(throughNginx);
    await expect.poll(() => buildingsOnMap(throughNginx)).toBe(approvedCount + 1);
    await expect(throughNginx.getByRole('link', { name, exact: true }).isVisible()).resolves.toBe(true);
    await throughNginx.context().close();

    // A new version of the map data, at a new address, with the new building.
    const current = await mapDataPath(proxy.baseURL);
    expect(current).not.toBe(before);
    expect((await (await fetch(`${proxy.baseURL}${current}`)).json()).lights.name).toContain(name);
    // The old address names the old bytes for ever: nginx, which kept them, still serves them;
    // the app itself, which no longer has them, leads to the current version.
    const kept = await rawGet(`${proxy.baseURL}${before}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(kept.headers['x-cache-status']).toBe('HIT');
    const old = await fetch(`${two.baseURL}${before}`, { redirect: 'manual' });
    expect(old.status).toBe(307);
    expect(old.headers.get('location')).toBe(current);
    expect(old.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a burst of pages or forms from one client with 429, while another client is still served', async () => {
    const pages = await burst('127.0.0.2', '/', 'GET', 60);
    expect(pages).toContain(429);
    expect(pages.filter((s) => s === 200).length).toBeGreaterThanOrEqual(100);
    expect(pages.every((s) => s === 200 || s === 429)).toBe(true);
    const other = await requestFrom('127.0.0.3', `${proxy.baseURL}/`);
    expect(other.status).toBe(200);
    expect(other.body).toContain('Ghent City Hall');

    // Forms (every POST) have a zone of their own, tighter.
    const forms = await burst('127.0.0.4', '/api/health', 'POST', 30);
    expect(forms).toContain(429);
    expect(forms.filter((s) => s !== 429).length).toBeLessThan(60);
    expect((await requestFrom('127.0.0.5', `${proxy.baseURL}/api/health`, 'POST')).status).not.toBe(429);
    // The map data, answered from nginx's cache, is not limited for the client that was.
    const route = await mapDataPath(proxy.baseURL);
    expect((await requestFrom('127.0.0.2', `${proxy.baseURL}${route}`)).status).toBe(200);
  });

  it('serves the build\'s files itself, cached for a year, even with both app processes down', async () => {
    const html = await (await fetch(`${proxy.baseURL}/`)).text();
    const script = html.match(/\/_next\/static\/[^"]+\.js/)?.[0];
    const island = html.match(/\/map-client\/island-[^"]+\.js/)?.[0];
    const data = html.match(/\/api\/lights\/\d{4}\/map\/[A-Za-z0-9_-]+\.json/)?.[0];
    expect(script).toBeTruthy();
    expect(island).toBeTruthy();
    expect((await rawGet(`${proxy.baseURL}${data}`, { 'accept-encoding': 'gzip' })).status).toBe(200);
    await Promise.all([stopApp(one), stopApp(two)]);
    for (const file of [script!, island!]) {
      const res = await rawGet(`${proxy.baseURL}${file}`, { 'accept-encoding': 'gzip' });
      expect(res.status, file).toBe(200);
      expect(res.headers['cache-control'], file).toBe('public, max-age=31536000, immutable');
      expect(res.headers['content-encoding'], file).toBe('gzip');
    }
    // The map data already fetched is still answered, from nginx's cache.
    const cached = await rawGet(`${proxy.baseURL}${data}`, { 'accept-encoding': 'gzip' });
    expect(cached.status).toBe(200);
    expect(cached.headers['x-cache-status']).toBe('HIT');
  });
});
