/**
 * The help centres on the public map: a centre with a position has its own
 * marker (not a blue heart) with a popup that gives its phone, website and the
 * way to the help page; every centre is in the list's "Where to get help";
 * one switch hides and shows both; the section is in the HTML without
 * JavaScript; accessible, on a desktop and on a phone.
 */
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { cities, helpCentres } from '@/db/schema';
import { axeViolations } from './axe';
import { popupAtRest, waitForMap } from './map-helpers';
import { pageErrors, setupBrowser } from './page';

const e2e = setupBrowser();
const name = `Help point ${Date.now()}`;
let centreId = 0;

/** Straight into the running server's database, as an organiser's edit would: the public revision moves with it. */
function withDb<T>(run: (db: ReturnType<typeof openDatabase>['db']) => T): T {
  const { db, sqlite } = openDatabase(path.join(inject('dataDir'), DB_FILE_NAME));
  try {
    return run(db);
  } finally {
    sqlite.close();
  }
}

beforeAll(() => {
  centreId = withDb((db) => {
    const liege = db.select().from(cities).where(eq(cities.name, 'Liège')).get()!;
    const row = { name, cityId: liege.id, address: 'Rue de la Paix 1', phone: '04 232 40 30', website: 'https://www.example.org/help', lat: 50.6412, lng: 5.5718 };
    return db.insert(helpCentres).values(row).returning().get().id;
  });
});

afterAll(() => {
  withDb((db) => db.delete(helpCentres).where(eq(helpCentres.id, centreId)).run());
});

const label = `Help centre: ${name}, Liège`;

describe('help centres on the public map', () => {
  it('shows the centre with its own marker and in the list, switches both off and on, and opens its popup', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await waitForMap(page);
    const marker = page.locator(`.leaflet-marker-pane .help-centre-marker[title="${label}"]`);
    await marker.waitFor();
    // Its own sign, not a heart; only the mapped centre has a marker.
    await expect(marker.evaluate((el) => el.classList.contains('blue-heart-marker') || el.querySelector('img') !== null)).resolves.toBe(false);
    await expect(page.locator('.help-centre-marker').count()).resolves.toBe(1);

    const section = page.getByRole('region', { name: 'Where to get help' });
    const entry = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
    await expect(entry.getByRole('link', { name: '04 232 40 30' }).getAttribute('href')).resolves.toBe('tel:042324030');
    await expect(entry.getByRole('link', { name: 'www.example.org/help' }).getAttribute('href')).resolves.toBe('https://www.example.org/help');
    // The seeded centres have no position: listed, not mapped.
    for (const seeded of ['PAG-ASA', 'Payoke', 'Sürya']) await section.getByRole('heading', { name: seeded, exact: true }).waitFor();
    await expect(section.getByRole('link', { name: 'How to get help, in your language' }).getAttribute('href')).resolves.toBe('/help');
    expect(await axeViolations(page)).toEqual([]);

    const toggle = page.getByRole('button', { name: 'Help centres', exact: true });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await marker.waitFor({ state: 'detached' });
    await section.waitFor({ state: 'detached' });
    // The buildings stay.
    await expect(page.locator('.leaflet-marker-pane .leaflet-marker-icon').count()).resolves.toBeGreaterThan(0);
    // On again, from the keyboard.
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await marker.waitFor();
    await section.waitFor();

    await marker.click();
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    await popup.getByText('Help centre for victims of human trafficking').waitFor();
    await popup.getByText(name, { exact: true }).waitFor();
    await popup.getByText('Rue de la Paix 1').waitFor();
    await expect(popup.getByRole('link', { name: '04 232 40 30' }).getAttribute('href')).resolves.toBe('tel:042324030');
    await expect(popup.getByRole('link', { name: 'www.example.org/help' }).getAttribute('href')).resolves.toBe('https://www.example.org/help');
    await expect(popup.getByRole('link', { name: 'How to get help, in your language' }).getAttribute('href')).resolves.toBe('/help');
    // Checked once it has faded in and the map has panned it into view.
    await popupAtRest(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('works on a phone, accessibly', async () => {
    const page = await e2e.newPage({ mobile: true });
    await page.goto('/');
    await waitForMap(page);
    await page.locator(`.help-centre-marker[title="${label}"]`).waitFor();
    const section = page.getByRole('region', { name: 'Where to get help' });
    await section.getByRole('heading', { name, exact: true }).waitFor();
    const toggle = page.getByRole('button', { name: 'Help centres', exact: true });
    await toggle.tap();
    await section.waitFor({ state: 'detached' });
    await toggle.tap();
    await section.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('has the centres in the page without JavaScript, in every language', async () => {
    for (const [path, heading, city] of [['/nl', 'Waar vind je hulp', 'Luik'], ['/de', 'Wo Sie Hilfe finden', 'Lüttich'], ['/fr', 'Où trouver de l', 'Liège']]) {
      const html = await (await fetch(`${inject('baseURL')}${path}`)).text();
      expect(html, path).toContain(heading);
      expect(html, path).toContain(name);
      expect(html, path).toContain(city);
      expect(html, path).toContain('href="tel:042324030"');
    }
  });
});
