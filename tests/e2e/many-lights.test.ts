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

  it('keeps the page compact: the HTML stays within a few megabytes', async () => {
    const res = await fetch(`${server.baseURL}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    // About 10,000 × 200 bytes of data for the map, not the full public records.
    expect(html.length).toBeLessThan(4_000_000);
    expect(html).toContain('Building 10000');
    expect(html).not.toContain('illuminationId');
  });
});
