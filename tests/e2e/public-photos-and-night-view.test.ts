/**
 * The public map by night and the buildings' photos in public, in Chromium,
 * on a server of its own with dark tiles configured (TILE_URL_DARK): the
 * map follows the system's colour scheme, the visitor may switch and is
 * remembered; a building's public photos show on its page and in its popup,
 * a photo its coordinator has not agreed to publish does not.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import { seedAfterDay, type AfterDayWorld } from './fixtures/after-day';
import { buildingsOnMap, waitForMap } from './map-helpers';
import { startOwnServer, type OwnServer } from './own-server';
import { THEME_COLOURS } from '@/components/map/map-theme';

const DARK_TILES = 'https://night-tiles.example/dark/{z}/{x}/{y}.png';
/** A transparent 1 × 1 PNG. */
const BLANK_TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

let server: OwnServer;
let browser: Browser;
let world: AfterDayWorld;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startOwnServer(
    async (dataDir) => {
      world = await seedAfterDay(dataDir);
    },
    { env: { TILE_URL_DARK: DARK_TILES } },
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await server?.stop();
});

type Visit = { page: Page; tileHosts: Set<string> };

/** A visitor whose system asks for `scheme`; every tile request is answered with a blank tile and its host noted. */
async function visit(scheme: 'light' | 'dark', path = '/', { map = true } = {}): Promise<Visit> {
  const context = await browser.newContext({ baseURL: server.baseURL, locale: 'en-GB', colorScheme: scheme, viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const tileHosts = new Set<string>();
  await context.route(
    (url) => /\/\d+\/\d+\/\d+\.png$/.test(url.pathname) && !url.hostname.startsWith('localhost'),
    (route) => {
      tileHosts.add(new URL(route.request().url()).hostname);
      return route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_TILE });
    },
  );
  const page = await context.newPage();
  await page.goto(path);
  if (map) await waitForMap(page);
  return { page, tileHosts };
}

const themeSwitch = (page: Page) => page.getByRole('button', { name: 'Dark map' });
const isDark = (page: Page) => page.locator('.lights-map').evaluate((el) => el.classList.contains('lights-map--dark'));
const heartImages = (page: Page) => page.locator('.leaflet-marker-pane img.blue-heart-marker').evaluateAll((els) => [...new Set(els.map((e) => new URL((e as HTMLImageElement).src).pathname))]);
/** The fill colours of the country outline drawn under the tiles. */
const outlineFills = (page: Page) => page.locator('.leaflet-outline-pane path').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('fill')))]);

describe('the night view', () => {
  it("follows a dark system: the night's tiles, a dark outline, the night's hearts, and no axe violation", async () => {
    const { page, tileHosts } = await visit('dark');
    await expect(isDark(page)).resolves.toBe(true);
    await expect(themeSwitch(page).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect.poll(() => [...tileHosts]).toEqual(['night-tiles.example']);
    await expect(heartImages(page)).resolves.toEqual([THEME_COLOURS.dark.heart.file]);
    await expect(outlineFills(page)).resolves.toContain(THEME_COLOURS.dark.belgium.fill);
    // The page's policy lets the night's tiles in.
    const res = await fetch(server.baseURL);
    expect(res.headers.get('content-security-policy')).toMatch(/img-src [^;]*https:\/\/night-tiles\.example/);
    await expect(axeViolations(page)).resolves.toEqual([]);
  });

  it('follows a light system, switches at the press of a button, and remembers the choice', async () => {
    const { page, tileHosts } = await visit('light');
    await expect(isDark(page)).resolves.toBe(false);
    await expect(themeSwitch(page).getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(heartImages(page)).resolves.toEqual([THEME_COLOURS.light.heart.file]);
    await expect(outlineFills(page)).resolves.toContain(THEME_COLOURS.light.belgium.fill);
    expect([...tileHosts]).not.toContain('night-tiles.example');

    // By keyboard, as anyone may.
    await themeSwitch(page).focus();
    await page.keyboard.press('Enter');
    await expect(themeSwitch(page).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(isDark(page)).resolves.toBe(true);
    await expect(heartImages(page)).resolves.toEqual([THEME_COLOURS.dark.heart.file]);
    await expect.poll(() => tileHosts.has('night-tiles.example')).toBe(true);
    await expect(axeViolations(page)).resolves.toEqual([]);

    await page.reload();
    await waitForMap(page);
    await expect(isDark(page)).resolves.toBe(true);
    await themeSwitch(page).click();
    await expect(isDark(page)).resolves.toBe(false);
    await page.reload();
    await waitForMap(page);
    await expect(isDark(page)).resolves.toBe(false);
  });
});

describe("a building's photos in public", () => {
  it('show on its page with their credits: the registration photo and the night photo its coordinator published', async () => {
    const { page } = await visit('light', `/buildings/${world.buildings.belfry.id}`, { map: false });
    const photos = page.getByRole('region', { name: 'Photos' });
    await expect(photos.getByRole('img').count()).resolves.toBe(2);
    await expect(photos.getByRole('img', { name: 'Photo of Belfry of Ghent' }).isVisible()).resolves.toBe(true);
    await expect(photos.getByRole('img', { name: 'Belfry of Ghent lit blue' }).isVisible()).resolves.toBe(true);
    await expect(photos.getByText('Photo: Stad Gent').isVisible()).resolves.toBe(true);
    await expect(photos.getByText('Photo: Jan Peeters').isVisible()).resolves.toBe(true);
    // The images load for anyone: they are public.
    const loaded = await photos.getByRole('img').evaluateAll((els) => Promise.all(els.map((e) => (e as HTMLImageElement).decode().then(() => (e as HTMLImageElement).naturalWidth))));
    for (const width of loaded) expect(width).toBeGreaterThan(0);
    await expect(axeViolations(page)).resolves.toEqual([]);
  });

  it('leave out a night photo its coordinator has not agreed to publish', async () => {
    const { page } = await visit('light', `/buildings/${world.buildings.castle.id}`, { map: false });
    const photos = page.getByRole('region', { name: 'Photos' });
    await expect(photos.getByRole('img').count()).resolves.toBe(1);
    await expect(photos.getByRole('img', { name: 'Photo of Gravensteen' }).isVisible()).resolves.toBe(true);
    const html = await page.content();
    expect(html).not.toContain(world.photos.castleNight);
  });

  it("show in the map's popups: the night's photo first, none for a building without", async () => {
    const { page } = await visit('light');
    await expect.poll(() => buildingsOnMap(page)).toBeGreaterThan(0);
    const popupPhoto = async (name: string) => {
      await page.getByRole('button', { name: `Show ${name} on the map` }).click();
      const popup = page.locator('.leaflet-popup').filter({ hasText: name });
      await popup.waitFor();
      return popup.locator('img.popup__photo').evaluateAll((els) => els.map((e) => ({ src: new URL((e as HTMLImageElement).src).pathname, alt: e.getAttribute('alt') })));
    };
    await expect(popupPhoto('Belfry of Ghent')).resolves.toEqual([{ src: `/uploads/${world.photos.belfryNight}`, alt: 'Photo of Belfry of Ghent' }]);
    await expect(popupPhoto('Gravensteen')).resolves.toEqual([{ src: `/uploads/${world.photos.castle}`, alt: 'Photo of Gravensteen' }]);
    await expect(popupPhoto('Brussels Arcade')).resolves.toEqual([]);
  });
});
