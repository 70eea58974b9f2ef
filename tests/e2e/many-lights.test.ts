import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { seedManyLights } from './fixtures/many-lights';
import { buildingsOnMap, waitForMap } from './map-helpers';
import { startOwnServer, type OwnServer } from './own-server';
import type { Browser } from 'playwright-core';

const COUNT = 10_000;
const PAGE_SIZE = 50;
const year = new Date().getUTCFullYear();

// A server of its own: 10,000 buildings would change every other test's counts.
let server: OwnServer;
let browser: Browser;
let cities = 0;

beforeAll(async () => {
  server = await startOwnServer((dataDir) => {
    cities = seedManyLights(dataDir, year, COUNT).cities;
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('with 10,000 approved buildings', () => {
  it('loads, clusters the markers and pages the list', async () => {
    const context = await browser.newContext({ baseURL: server.baseURL, locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await waitForMap(page);
    await expect(page.getByTestId('counts').textContent()).resolves.toBe(`10,000 buildings in ${cities} cities`);

    // Every building is on the map, mostly inside clusters: far fewer marker elements than buildings.
    await expect.poll(() => buildingsOnMap(page), { timeout: 30_000 }).toBe(COUNT);
    const markerElements = await page.locator('.leaflet-marker-pane .leaflet-marker-icon').count();
    expect(markerElements).toBeGreaterThan(0);
    expect(markerElements).toBeLessThan(500);
    expect(await page.locator('.lights-cluster').count()).toBeGreaterThan(0);

    // The list shows one page at a time.
    await expect(page.locator('.light-item').count()).resolves.toBe(PAGE_SIZE);
    await page.getByRole('button', { name: `Show ${PAGE_SIZE} more` }).click();
    await expect.poll(() => page.locator('.light-item').count()).toBe(2 * PAGE_SIZE);

    // Search still narrows list and map together.
    await page.getByLabel('Search a building or city').fill('Building 09999');
    await expect.poll(() => page.locator('.light-item__name').allTextContents()).toEqual(['Building 09999']);
    await expect.poll(() => buildingsOnMap(page)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the page small: one page of the list in the HTML, the map data at its own address', async () => {
    const res = await fetch(`${server.baseURL}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    // The first screen: about 50 rows, never the 10,000.
    expect(html.match(/class="light-item[ "]/g)).toHaveLength(PAGE_SIZE);
    expect(gzipSync(html).length).toBeLessThan(30 * 1024);
    const data = html.match(/\/api\/lights\/\d{4}\/map\/[A-Za-z0-9_-]+\.json/)![0];
    const all = await (await fetch(`${server.baseURL}${data}`)).json();
    expect(all.lights.id).toHaveLength(COUNT);
    expect(all.lights.name).toContain('Building 10000');
  });

  it('keeps the whole list reachable without JavaScript, a page at a time', async () => {
    const context = await browser.newContext({ baseURL: server.baseURL, locale: 'en-GB', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    const first = await page.locator('.light-item__name').allTextContents();
    expect(first).toHaveLength(PAGE_SIZE);
    await page.getByRole('link', { name: `Show ${PAGE_SIZE} more` }).click();
    await page.waitForURL(/\?page=2$/);
    const second = await page.locator('.light-item__name').allTextContents();
    expect(second).toHaveLength(PAGE_SIZE);
    expect(second.filter((name) => first.includes(name))).toEqual([]);
    await page.getByRole('link', { name: 'Previous page' }).click();
    await page.waitForURL(/\/$/);
    await expect(page.locator('.light-item__name').allTextContents()).resolves.toEqual(first);
    // The last page is the 200th; there is none after it.
    expect((await fetch(`${server.baseURL}/?page=${COUNT / PAGE_SIZE}`)).status).toBe(200);
    expect((await fetch(`${server.baseURL}/?page=${COUNT / PAGE_SIZE + 1}`)).status).toBe(404);
    await context.close();
  });
});
