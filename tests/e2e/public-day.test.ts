import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentDemoYear, demoPublicCounts, DEMO_BUILDINGS, PAST_YEAR } from '@/lib/demo/demo-data';
import { buildingsOnMap, waitForMap } from './map-helpers';
import { axeViolations } from './axe';
import { pageErrors, setupBrowser } from './page';

const e2e = setupBrowser();
const year = currentDemoYear();
const { buildings: approvedCount, cities: cityCount, approved } = demoPublicCounts();
const pastCount = DEMO_BUILDINGS.filter((b) => b.past).length;

async function listedNames(page: Page): Promise<string[]> {
  return page.locator('.lights-list .light-item__name').allTextContents();
}

describe('finding a building', () => {
  it('narrows the list and the markers by search, accents and case ignored', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await waitForMap(page);
    await expect.poll(() => buildingsOnMap(page)).toBe(approvedCount);

    await page.getByLabel('Search a building or city').fill('LIEGE');
    await expect.poll(() => listedNames(page)).toEqual(['Liège Prince-Bishops’ Palace']);
    await expect.poll(() => buildingsOnMap(page)).toBe(1);
    await expect(page.getByTestId('counts').textContent()).resolves.toBe(
      `1 building in 1 city (of ${approvedCount})`,
    );

    // A city's name in another language finds it too ("Gand" is Ghent in French).
    await page.getByLabel('Search a building or city').fill('gand');
    await expect.poll(() => listedNames(page)).toEqual(['Ghent City Hall']);

    await page.getByLabel('Search a building or city').fill('nothing like this');
    await expect.poll(() => page.getByText('No building matches your search.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Clear the search' }).click();
    await expect.poll(() => listedNames(page).then((n) => n.length)).toBe(approvedCount);
    expect(pageErrors(page)).toEqual([]);
  });

  it('filters by kind with the keyboard, list and map together', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await waitForMap(page);
    const kind = page.getByLabel('Kind of building');
    await kind.focus();
    await kind.selectOption('town_hall');
    const townHalls = approved.filter((b) => b.kind === 'town_hall').map((b) => b.name);
    await expect.poll(async () => (await listedNames(page)).sort()).toEqual([...townHalls].sort());
    await expect.poll(() => buildingsOnMap(page)).toBe(townHalls.length);
    await kind.selectOption('tower');
    await expect.poll(() => listedNames(page)).toEqual(['Tournai Belfry']);
    await expect.poll(() => buildingsOnMap(page)).toBe(1);
  });

  it('sorts nearest first when the visitor asks for "near me", and back by place when they stop', async () => {
    const page = await e2e.newPage();
    await page.context().grantPermissions(['geolocation'], { origin: e2e.baseURL });
    // In Ghent, by the Belfry.
    await page.context().setGeolocation({ latitude: 51.0536, longitude: 3.7245 });
    await page.goto('/');
    await waitForMap(page);
    const nearMe = page.getByRole('button', { name: 'Near me' });
    await expect(nearMe.getAttribute('aria-pressed')).resolves.toBe('false');
    await nearMe.click();
    await expect.poll(() => nearMe.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await listedNames(page))[0]).toBe('Ghent City Hall');
    await expect(page.locator('.light-item').first().textContent()).resolves.toMatch(/Ghent · 0\.\d km away/);
    await nearMe.click();
    await expect.poll(() => page.locator('.province-group').count()).toBeGreaterThan(0);
  });

  it('groups the list by province, then city', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    const provinces = await page.locator('.province-group > h3').allTextContents();
    expect(provinces).toContain('West Flanders');
    expect(provinces).toEqual([...provinces].sort((a, b) => a.localeCompare(b, 'en')));
    const westFlanders = page.locator('.province-group', { has: page.getByRole('heading', { name: 'West Flanders' }) });
    const cities = await westFlanders.locator('h4').allTextContents();
    expect(cities).toEqual(['Bruges', 'Kortrijk', 'Ypres']);
  });

  it('says the day is over, with the results', async () => {
    // The demo campaign is this year's; the e2e runs on the real clock, so the phase depends on the date.
    const page = await e2e.newPage();
    await page.goto('/');
    const status = page.getByTestId('day-status');
    await expect.poll(() => status.getAttribute('data-phase')).toMatch(/^(before|countdown|evening|after)$/);
    const phase = await status.getAttribute('data-phase');
    const text = await status.textContent();
    if (phase === 'after') {
      expect(text).toContain(`The blue lights of ${year} are over.`);
      expect(text).toContain(`${approvedCount} buildings in ${cityCount} cities took part`);
    } else if (phase === 'before') {
      expect(text).toContain(`30 July ${year}`);
    } else {
      expect(text).toMatch(/first blue lights|lit now|No building is lit/);
    }
    // The date is written the Belgian way in the banner, day before month.
    await expect(page.locator('.campaign-banner__date').textContent()).resolves.toMatch(
      new RegExp(`^\\w+ 30 July ${year}$`),
    );
  });
});

describe('in French and in Dutch', () => {
  it('shows the labels, counts, themes and city names in French', async () => {
    const page = await e2e.newPage({ locale: 'fr-BE' });
    await page.goto('/fr');
    await waitForMap(page);
    await expect(page.getByTestId('counts').textContent()).resolves.toBe(`${approvedCount} bâtiments dans ${cityCount} villes`);
    await expect(page.getByLabel('Rechercher un bâtiment ou une ville').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Type de bâtiment').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Près de moi' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.campaign-banner__date').textContent()).resolves.toMatch(new RegExp(`30 juillet ${year}$`));
    await expect(page.getByText('Thème : Mettre en lumière la traite des êtres humains').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Gand', exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Flandre-Occidentale' }).isVisible()).resolves.toBe(true);

    await page.getByRole('link', { name: 'Ghent City Hall', exact: true }).click();
    await page.waitForURL(/\/fr\/buildings\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Ghent City Hall');
    await expect(page.getByText('Hôtel de ville', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByText(/Dès le coucher du soleil, 21:\d\d jusqu’à 01:00/).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Partager sur WhatsApp (s’ouvre dans un nouvel onglet)' }).isVisible()).resolves.toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it('shows the labels, counts and a building page in Dutch, negotiated from the browser', async () => {
    const page = await e2e.newPage({ locale: 'nl-BE' });
    await page.goto('/');
    await page.waitForURL(/\/nl$/);
    await waitForMap(page);
    await expect(page.getByTestId('counts').textContent()).resolves.toBe(`${approvedCount} gebouwen in ${cityCount} steden`);
    await expect(page.getByLabel('Zoek een gebouw of stad').isVisible()).resolves.toBe(true);
    await expect(page.locator('.campaign-banner__date').textContent()).resolves.toMatch(new RegExp(`30 juli ${year}$`));
    await expect(page.getByRole('heading', { name: 'Gent', exact: true }).isVisible()).resolves.toBe(true);
    await page.getByLabel('Zoek een gebouw of stad').fill('doornik');
    await expect.poll(() => listedNames(page)).toEqual(['Tournai Belfry']);
    await page.getByRole('link', { name: 'Tournai Belfry', exact: true }).click();
    await page.waitForURL(/\/nl\/buildings\/\d+$/);
    await expect(page.getByText('Toren', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByText(/Vanaf zonsondergang|Bij zonsondergang|zonsondergang/).first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Delen op WhatsApp (opent in een nieuw tabblad)' }).isVisible()).resolves.toBe(true);
  });
});

describe('sharing', () => {
  it('copies the link with one click', async () => {
    const page = await e2e.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.baseURL });
    await page.goto('/');
    await page.getByRole('link', { name: 'Leuven Town Hall', exact: true }).click();
    await page.waitForURL(/\/buildings\/\d+$/);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied.' }).count()).toBe(1);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(page.url());
  });

  it('gives every building and the campaign a social preview image', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    const href = await page.getByRole('link', { name: 'Bruges City Hall', exact: true }).getAttribute('href');
    // Link previews are made from the HTML a crawler fetches, so load the building page itself.
    await page.goto(href!);
    const images = page.locator('meta[property="og:image"]');
    await expect(images.count()).resolves.toBe(1);
    const image = await images.getAttribute('content');
    expect(image).toMatch(/\/buildings\/\d+\/opengraph-image/);
    const res = await fetch(new URL(new URL(image!).pathname + new URL(image!).search, e2e.baseURL));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const home = await fetch(`${e2e.baseURL}/fr/opengraph-image`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('image/png');
  });
});

describe('the embeddable map', () => {
  it('shows the map and list without the site header, one city if asked, in the language of its URL', async () => {
    let page = await e2e.newPage();
    await page.goto('/fr/embed');
    await waitForMap(page);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('counts').textContent()).resolves.toBe(`${approvedCount} bâtiments dans ${cityCount} villes`);

    // ?city= takes a city id, which the open data gives for every building.
    const feed = await (await fetch(`${e2e.baseURL}/api/lights/${year}`)).json();
    const ghent = feed.features.find((f: { properties: { name: string } }) => f.properties.name === 'Ghent City Hall');
    page = await e2e.newPage();
    await page.goto(`/embed?city=${ghent.properties.cityId}`);
    await waitForMap(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Blue lights ${year} in Ghent`);
    await expect.poll(() => listedNames(page)).toEqual(['Ghent City Hall']);
    await expect.poll(() => buildingsOnMap(page)).toBe(1);
    // Inside a partner's page, a building opens in a new tab.
    const link = page.getByRole('link', { name: 'Ghent City Hall', exact: true });
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
  });

  it('may be framed by other sites, while every other page refuses framing', async () => {
    for (const path of ['/embed', '/fr/embed', '/de/embed?city=1']) {
      const res = await fetch(`${e2e.baseURL}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-security-policy'), path).toContain('frame-ancestors *');
      expect(res.headers.get('x-frame-options'), path).toBeNull();
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    }
    for (const path of ['/', '/fr', `/years/${PAST_YEAR}`, '/embedded', `/api/lights/${year}`]) {
      const res = await fetch(`${e2e.baseURL}${path}`, { redirect: 'manual' });
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    }
  });
});

describe('past years', () => {
  it('has a page per earlier campaign, linked from the home page, with its map, list and counts', async () => {
    const page = await e2e.newPage({ locale: 'de-BE' });
    await page.goto('/de');
    await page.getByRole('link', { name: `Blaue Lichter ${PAST_YEAR}` }).click();
    await page.waitForURL(new RegExp(`/de/years/${PAST_YEAR}$`));
    await waitForMap(page);
    await expect.poll(() => buildingsOnMap(page)).toBe(pastCount);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Blaue Lichter ${PAST_YEAR}`);
    await expect(page.getByTestId('counts').textContent()).resolves.toMatch(new RegExp(`^${pastCount} Gebäude in \\d+ Städten$`));
    await expect(page.getByTestId('day-status').textContent()).resolves.toContain(`Die blauen Lichter ${PAST_YEAR} sind vorbei.`);
    const unknown = await page.goto('/years/2019');
    expect(unknown?.status()).toBe(404);
  });
});

describe('accessibility', () => {
  it.each([
    ['/', 'en-GB'],
    ['/fr', 'fr-BE'],
    ['/embed', 'en-GB'],
    [`/years/${PAST_YEAR}`, 'en-GB'],
  ])('axe finds no violation on %s', async (path, locale) => {
    const page = await e2e.newPage({ locale });
    await page.goto(path);
    await waitForMap(page);
    await page.getByTestId('day-status').locator('p').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('axe finds no violation on a building page', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Antwerp City Hall', exact: true }).click();
    await page.waitForURL(/\/buildings\/\d+$/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reaches the search, the filter, a building and its map marker by keyboard', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await waitForMap(page);
    await page.getByLabel('Search a building or city').focus();
    await page.keyboard.type('ypres');
    await expect.poll(() => listedNames(page)).toEqual(['Ypres Cloth Hall']);
    await page.getByRole('button', { name: 'Show Ypres Cloth Hall on the map' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup').waitFor();
    await expect(page.locator('.leaflet-popup').textContent()).resolves.toContain('Ypres Cloth Hall');
    // The marker itself is a focusable button with the building's name.
    const marker = page.getByRole('button', { name: 'Ypres Cloth Hall, Ypres' });
    await expect(marker.getAttribute('tabindex')).resolves.toBe('0');
  });
});
