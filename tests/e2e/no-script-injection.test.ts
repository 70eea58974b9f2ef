/**
 * No user string ever runs: a building named with script payloads shows as
 * text on the public map, its popup, the list, the building page, its share
 * image and every export, and a formula-looking text never becomes a formula.
 */
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import { setupBrowser } from './page';
import { sessionCookie } from './sessions';

const YEAR = 2089;
const NAME = `<img src=x onerror="window.__xss='img'"><script>window.__xss='script'</script> Hall`;
const FORMULA = `=HYPERLINK("http://evil.example","click")`;
const e2e = setupBrowser();
let buildingId = 0;
let organiserCookie = '';

beforeAll(() => {
  const dataDir = inject('dataDir');
  const { db, sqlite } = openDatabase(path.join(dataDir, DB_FILE_NAME));
  try {
    const campaign = createCampaign(db, { year: YEAR, published: true });
    const city = createCity(db, { name: 'Injectville', lat: 50.7, lng: 4.6 });
    const building = createBuilding(db, { cityId: city.id, name: NAME, description: FORMULA, address: '"><svg onload=alert(1)>', lat: 50.7, lng: 4.6 });
    createIllumination(db, { campaignId: campaign.id, buildingId: building.id, status: 'approved', lightsOffTime: '23:00' });
    buildingId = building.id;
    const organiser = createUser(db, { role: 'organiser', email: `xss-organiser-${Date.now()}@e2e.example` });
    organiserCookie = sessionCookie(dataDir, organiser.id);
  } finally {
    sqlite.close();
  }
});

describe('a building named with script payloads', () => {
  it('shows as text on the map, in its popup and in the list, and runs nothing', async () => {
    const page = await e2e.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`/years/${YEAR}`);
    await page.locator('.leaflet-marker-pane .leaflet-marker-icon').first().waitFor();
    await expect(page.getByRole('link', { name: NAME, exact: true }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: `Show ${NAME} on the map` }).click();
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    await expect(popup.textContent()).resolves.toContain(NAME);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    await expect(page.locator('img[src="x"], svg[onload]').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('shows as text on its own page and in its share image', async () => {
    const page = await e2e.newPage();
    await page.goto(`/buildings/${buildingId}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(NAME);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    await expect(page.locator('img[src="x"], svg[onload]').count()).resolves.toBe(0);
    const image = await fetch(`${e2e.baseURL}/buildings/${buildingId}/opengraph-image`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
  });

  it('is written as text, never as a formula, in the open data and the organisers\' exports', async () => {
    const csv = await (await fetch(`${e2e.baseURL}/api/lights/${YEAR}?format=csv`)).text();
    expect(csv).toContain(`'${FORMULA.replace(/"/g, '""')}`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    const geojson = await (await fetch(`${e2e.baseURL}/api/lights/${YEAR}`)).json();
    expect(geojson.features[0].properties.name).toBe(NAME);

    const exported = await fetch(`${e2e.baseURL}/api/exports/csv?year=${YEAR}`, { headers: { Cookie: organiserCookie } });
    expect(exported.status).toBe(200);
    const text = await exported.text();
    expect(text).toContain(`'${FORMULA.replace(/"/g, '""')}`);
    expect(text).not.toMatch(/(^|[,;])=HYPERLINK/m);
  });
});
