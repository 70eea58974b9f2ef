import { describe, expect, it } from 'vitest';
import { demoPublicCounts, DEMO_BUILDINGS, currentDemoYear } from '@/lib/demo/demo-data';
import { buildingsOnMap, waitForMap } from './map-helpers';
import { pageErrors, setupBrowser } from './page';

const e2e = setupBrowser();
const { buildings: approvedCount, cities: cityCount } = demoPublicCounts();

describe('the public map', () => {
  it('shows a blue heart for every approved building and the list with its counts, without tiles', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await waitForMap(page);
    // Nearby buildings (Brussels) are clustered at country zoom; the clusters carry their count.
    await expect.poll(() => buildingsOnMap(page)).toBe(approvedCount);
    await expect(page.getByTestId('counts').textContent()).resolves.toBe(
      `${approvedCount} buildings in ${cityCount} cities`,
    );
    // Submitted and rejected registrations are not public.
    for (const b of DEMO_BUILDINGS.filter((x) => x.status !== 'approved')) {
      await expect(page.getByRole('link', { name: b.name, exact: true }).count()).resolves.toBe(0);
    }
    // The date, the theme and the hotline are always visible.
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(String(currentDemoYear()));
    await expect(page.getByText('078/055.800').isVisible()).resolves.toBe(true);
    await expect(page.getByText(/Theme: /).isVisible()).resolves.toBe(true);
    // Every marker has its own accessible name; a cluster says how many buildings it holds.
    const names = await page.locator('.blue-heart-marker').evaluateAll((els) => els.map((e) => e.getAttribute('alt')));
    expect(names.every(Boolean)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    const clusters = await page.locator('.lights-cluster').allTextContents();
    for (const text of clusters) expect(text).toMatch(/^\d+ \d+ buildings here, zoom in$/);
    expect(pageErrors(page)).toEqual([]);
  });

  it('focuses the marker of a building chosen in the list, and its popup links to the building', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Show Ghent City Hall on the map' }).click();
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    await expect(popup.textContent()).resolves.toContain('Ghent City Hall');
    await popup.getByRole('link', { name: 'Ghent City Hall' }).click();
    await page.waitForURL(/\/buildings\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Ghent City Hall');
  });

  it('opens a building from the list at a URL that can be shared', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Tournai Belfry', exact: true }).click();
    await page.waitForURL(/\/buildings\/\d+$/);
    const url = page.url();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Tournai Belfry');
    await expect(page.getByText('Tower', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByText(/From sunset, \d\d:\d\d until 00:00/).isVisible()).resolves.toBe(true);

    const fresh = await e2e.newPage();
    await fresh.goto(url);
    await expect(fresh.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Tournai Belfry');
  });

  it('switches a building page to another language and back to English, which the visitor chose over the remembered one', async () => {
    const page = await e2e.newPage();
    await page.goto('/fr');
    await page.getByRole('link', { name: 'Tournai Belfry', exact: true }).click();
    await page.waitForURL(/\/fr\/buildings\/\d+$/);
    const id = page.url().match(/(\d+)$/)![1];
    const languages = page.getByRole('navigation', { name: 'Langue' });
    await expect(languages.getByRole('link', { name: 'FR Français' }).getAttribute('aria-current')).resolves.toBe('true');

    await languages.getByRole('link', { name: 'NL Nederlands' }).click();
    await page.waitForURL(new RegExp(`/nl/buildings/${id}$`));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Tournai Belfry');

    // English has no prefix; the language cookie says Dutch by now, and the click must win over it.
    await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'EN English' }).click();
    await page.waitForURL(new RegExp(`/buildings/${id}$`));
    expect(new URL(page.url()).pathname).toBe(`/buildings/${id}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.goto('/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    expect(pageErrors(page)).toEqual([]);
  });

  it('answers an unknown building with a 404 page', async () => {
    const page = await e2e.newPage();
    for (const path of ['/buildings/999999', '/buildings/not-a-number', '/fr/buildings/999999']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Page not found|Page introuvable/);
    }
  });

  it('works on a phone, in French, with the list one tap away and search results before the map', async () => {
    const page = await e2e.newPage({ locale: 'fr-BE', mobile: true });
    await page.goto('/fr');
    await waitForMap(page);
    await expect(page.getByTestId('counts').textContent()).resolves.toBe(
      `${approvedCount} bâtiments dans ${cityCount} villes`,
    );
    // Above the map, a link to the list.
    const toList = page.getByRole('link', { name: 'Aller à la liste des bâtiments' });
    const map = await page.locator('#lights-map').boundingBox();
    const link = await toList.boundingBox();
    expect(map && link && link.y + link.height <= map.y).toBe(true);
    await toList.click();
    await expect.poll(() => page.getByRole('heading', { name: 'Bâtiments illuminés en bleu' }).evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(200);

    // While searching, the results come right under the search, before the map.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByLabel('Rechercher un bâtiment ou une ville').fill('gand');
    await expect.poll(() => page.locator('.lights-list .light-item__name').allTextContents()).toEqual(['Ghent City Hall']);
    const result = await page.getByRole('link', { name: 'Ghent City Hall', exact: true }).boundingBox();
    const mapNow = await page.locator('#lights-map').boundingBox();
    expect(result && mapNow && result.y < mapNow.y).toBe(true);
    expect(result && result.y + result.height < 844).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it('keeps the hotline in view while the visitor scrolls, on a phone and on a desktop', async () => {
    for (const mobile of [true, false]) {
      const page = await e2e.newPage({ mobile });
      await page.goto('/');
      await waitForMap(page);
      await page.getByRole('heading', { name: 'Buildings lighting up blue' }).scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
      const hotline = page.getByRole('note').filter({ hasText: '078/055.800' });
      const box = await hotline.boundingBox();
      expect(box && box.y >= -1 && box.y < 5, mobile ? 'phone' : 'desktop').toBe(true);
      // Nothing is drawn over it (the map's panes stay under it).
      const onTop = await hotline.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit !== null && el.contains(hit);
      });
      expect(onTop).toBe(true);
    }
  });

  it('has no sideways scroll on a 360 px wide phone', async () => {
    const page = await e2e.newPage({ mobile: true });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    await waitForMap(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

describe('the GeoJSON feed', () => {
  it('returns the approved lights of a year in lng,lat order', async () => {
    const res = await fetch(`${e2e.baseURL}/api/lights/${currentDemoYear()}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/geo+json');
    const body = await res.json();
    expect(body.type).toBe('FeatureCollection');
    expect(body.features).toHaveLength(approvedCount);
    const townHall = body.features.find((f: { properties: { name: string } }) => f.properties.name === 'Brussels Town Hall');
    expect(townHall.geometry.coordinates).toEqual([4.3524, 50.8467]);
  });

  it('answers an unknown year with 404 and a malformed one with 400, both in JSON', async () => {
    const unknown = await fetch(`${e2e.baseURL}/api/lights/2019`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toMatch(/2019/);
    const malformed = await fetch(`${e2e.baseURL}/api/lights/20x6`);
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error).toBeTruthy();
  });
});
