/**
 * Partners' events on the public map and their own page, on a phone, by the
 * browser's clock (the pages are stored copies): on 30 July at 15:00 Brussels
 * time the Brussels stand has its own marker (a pin, not a heart) and its
 * entry under "Events and stands", both "on now"; one switch hides and shows
 * both; its page says when in the place's time and offers the calendar file,
 * which holds the event; an event the public may not see is a 404.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { campaigns, cities, events, partners } from '@/db/schema';
import { currentDemoYear } from '@/lib/demo/demo-data';
import { axeViolations } from './axe';
import { popupAtRest, waitForMap } from './map-helpers';
import { pageErrors, setupBrowser } from './page';

const e2e = setupBrowser();
const year = currentDemoYear();
const TITLE = 'PAG-ASA information stand';
const MARKER = `Information stand: ${TITLE}, Brussels`;
const hidden = `Not yet approved ${Date.now()}`;
let hiddenId = 0;

function withDb<T>(run: (db: ReturnType<typeof openDatabase>['db']) => T): T {
  const { db, sqlite } = openDatabase(path.join(inject('dataDir'), DB_FILE_NAME));
  try {
    return run(db);
  } finally {
    sqlite.close();
  }
}

beforeAll(() => {
  hiddenId = withDb((db) => {
    const campaign = db.select().from(campaigns).where(eq(campaigns.year, year)).get()!;
    const city = db.select().from(cities).where(eq(cities.name, 'Leuven')).get()!;
    const partner = db.select().from(partners).get()!;
    const startsAt = new Date(`${year}-07-30T10:00:00Z`);
    return db
      .insert(events)
      .values({ campaignId: campaign.id, partnerId: partner.id, cityId: city.id, status: 'submitted', title: hidden, lat: 50.88, lng: 4.7, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), timeZone: 'Europe/Brussels', contact: 'secret 0470' })
      .returning()
      .get().id;
  });
});

afterAll(() => {
  withDb((db) => db.delete(events).where(eq(events.id, hiddenId)).run());
});

/** A phone (390×844) whose clock reads 15:00 in Brussels on the day. */
async function phoneOnTheDay(): Promise<Page> {
  const page = await e2e.newPage({ mobile: true });
  await page.clock.install({ time: new Date(`${year}-07-30T15:00:00+02:00`) });
  return page;
}

/** Set SCREENSHOT_DIR to look at it on a phone and a desktop. */
async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  // The list's section in view; the map with its popup; the event page whole.
  const shoot = async (file: string) => {
    if (name === 'list') await page.locator('#events').evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: file, fullPage: name === 'page' });
  };
  await shoot(`${dir}/events-${name}-390.png`);
  await page.setViewportSize({ width: 1440, height: 900 });
  await shoot(`${dir}/events-${name}-1440.png`);
  await page.setViewportSize({ width: 390, height: 844 });
}

async function fitsAt360(page: Page): Promise<boolean> {
  await page.setViewportSize({ width: 360, height: 740 });
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  await page.setViewportSize({ width: 390, height: 844 });
  return fits;
}

describe('events on the public map', () => {
  it('shows the stand with its own marker and in the list, on now; the switch hides and shows both', async () => {
    const page = await phoneOnTheDay();
    await page.goto('/');
    await waitForMap(page);
    const marker = page.locator(`.leaflet-marker-pane .event-marker[title="${MARKER}"]`);
    await marker.waitFor();
    await expect(marker.evaluate((el) => el.classList.contains('blue-heart-marker') || el.querySelector('img') !== null)).resolves.toBe(false);
    // Only this campaign's approved events: three stands, not the submitted one nor 2023's launch.
    await expect(page.locator('.event-marker').count()).resolves.toBe(3);

    const section = page.getByRole('region', { name: 'Events and stands' });
    const brussels = section.getByRole('listitem').filter({ hasText: '13:00–18:00' });
    await brussels.getByText('On now').waitFor();
    await expect(brussels.getByText('Information stand · by PAG-ASA').isVisible()).resolves.toBe(true);
    await expect(brussels.getByRole('link', { name: TITLE }).getAttribute('href')).resolves.toMatch(/^\/events\/\d+$/);
    await expect(section.getByRole('heading', { level: 4, name: 'Brussels' }).isVisible()).resolves.toBe(true);
    await expect(section.getByText(hidden).count()).resolves.toBe(0);
    expect(await fitsAt360(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'list');

    const toggle = page.getByRole('button', { name: 'Events and stands', exact: true });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await toggle.tap();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await marker.waitFor({ state: 'detached' });
    await section.waitFor({ state: 'detached' });
    await expect(page.locator('.leaflet-marker-pane .blue-heart-marker').count()).resolves.toBeGreaterThan(0);
    await toggle.tap();
    await marker.waitFor();
    await section.waitFor();

    // The search finds the stands by the organisation, and by a city's name in another language.
    await page.getByLabel('Search').fill('Louvain-la-Neuve');
    await expect.poll(() => section.getByRole('listitem').count()).toBe(1);
    await expect.poll(() => page.locator('.event-marker').count()).toBe(1);
    await page.getByLabel('Search').fill('');
    await expect.poll(() => page.locator('.event-marker').count()).toBe(3);

    await page.locator('#lights-map').scrollIntoViewIfNeeded();
    await marker.tap();
    const popup = page.locator('.leaflet-popup');
    await popup.getByText('On now').waitFor();
    await popup.getByText('PAG-ASA · Brussels').waitFor();
    await popup.getByText(/, 13:00–18:00$/).waitFor();
    await popupAtRest(page);
    await screenshot(page, 'map');
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('orders the stands by distance for "near me", from the map data', async () => {
    const page = await phoneOnTheDay();
    await page.context().grantPermissions(['geolocation'], { origin: e2e.baseURL });
    // In Leuven: its stand first, with the city named and the distance; the days' headings give way.
    await page.context().setGeolocation({ latitude: 50.8793, longitude: 4.7009 });
    await page.goto('/');
    await waitForMap(page);
    const section = page.getByRole('region', { name: 'Events and stands' });
    await page.getByRole('button', { name: 'Near me' }).tap();
    await expect.poll(async () => (await section.getByRole('listitem').first().textContent()) ?? '').toMatch(/Leuven · \d+(\.\d)? km away/);
    await expect(section.getByRole('listitem').count()).resolves.toBe(3);
    await expect(section.getByRole('heading', { level: 4 }).count()).resolves.toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it('has the section in the HTML without JavaScript, in every language', async () => {
    for (const [prefix, heading, title] of [['', 'Events and stands', TITLE], ['/fr', 'Événements et stands', 'Stand d’information de PAG-ASA'], ['/nl', 'Evenementen en stands', 'Infostand van PAG-ASA'], ['/de', 'Veranstaltungen und Stände', 'Infostand von PAG-ASA']]) {
      const html = await (await fetch(`${e2e.baseURL}${prefix}/`)).text();
      expect(html, prefix).toContain(heading);
      expect(html, prefix).toContain(title);
      expect(html, prefix).not.toContain(hidden);
      expect(html, prefix).not.toContain('secret 0470');
      // The map's settings carry the layer's words, not the events: those travel in the map data.
      const settings = /data-public-map="([^"]*)"/.exec(html)?.[1]?.replaceAll('&quot;', '"') ?? '';
      expect(settings, prefix).toContain('"events":{"words"');
      expect(settings, prefix).not.toContain('PAG-ASA');
    }
  });
});

describe("an event's page", () => {
  it('says when in the place’s time, is on now on the day, and its calendar file has the event', async () => {
    const page = await phoneOnTheDay();
    await page.goto('/');
    const link = page.getByRole('region', { name: 'Events and stands' }).getByRole('listitem').filter({ hasText: '13:00–18:00' }).getByRole('link', { name: TITLE });
    await link.tap();
    await page.waitForURL(/\/events\/\d+$/);
    const main = page.locator('main');
    await main.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expect.poll(() => page.getByTestId('event-day').textContent()).toBe('On now');
    await expect(main.getByText('13:00–18:00').isVisible()).resolves.toBe(true);
    await expect(main.getByText('Times are local: Central European Time.').isVisible()).resolves.toBe(true);
    await expect(main.getByText('Step-free, in the station’s main hall.').isVisible()).resolves.toBe(true);
    // On the day the way there comes first.
    await expect(main.locator('.event-actions a').first().textContent()).resolves.toBe('How to get there');
    await expect(main.getByRole('link', { name: 'Share on WhatsApp (opens in a new tab)' }).isVisible()).resolves.toBe(true);
    expect(await fitsAt360(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'page');

    const download = page.waitForEvent('download');
    await main.getByRole('link', { name: 'Add to calendar (.ics)' }).tap();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^blue-lights-${year}-pag-asa-information-stand\\.ics$`));
    const body = await (await fetch(`${e2e.baseURL}${new URL(page.url()).pathname}/calendar`)).text();
    expect(body).toContain('BEGIN:VEVENT');
    expect(body).toContain(`DTSTART;TZID=Europe/Brussels:${year}0730T130000`);
    expect(body).toContain(`DTEND;TZID=Europe/Brussels:${year}0730T180000`);
    expect(body).toContain(`SUMMARY:${TITLE} (PAG-ASA)`);
    expect(pageErrors(page)).toEqual([]);
  });

  it('before the day offers the calendar first; in French, in French', async () => {
    const page = await e2e.newPage({ mobile: true, locale: 'fr-BE' });
    await page.clock.install({ time: new Date(`${year}-07-20T12:00:00+02:00`) });
    await page.goto('/fr');
    await page.getByRole('region', { name: 'Événements et stands' }).getByRole('listitem').filter({ hasText: '13:00–18:00' }).getByRole('link').tap();
    await page.waitForURL(/\/fr\/events\/\d+$/);
    await page.getByRole('heading', { level: 1, name: 'Stand d’information de PAG-ASA' }).waitFor();
    await expect(page.locator('.event-actions a').first().textContent()).resolves.toBe('Ajouter au calendrier (.ics)');
    await expect(page.getByText(/^Heures locales : .+\.$/).isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is a 404, with its calendar, for an event the public may not see', async () => {
    for (const path of [`/events/${hiddenId}`, `/events/${hiddenId}/calendar`, '/events/999999', '/fr/events/abc']) {
      expect((await fetch(`${e2e.baseURL}${path}`)).status, path).toBe(404);
    }
  });
});

describe('the embeddable map', () => {
  it('takes ?layers= (all by default, unknown names ignored)', async () => {
    const page = await e2e.newPage();
    const counts = async (query: string) => {
      await page.goto(`/embed${query}`);
      await waitForMap(page);
      await page.locator('.leaflet-marker-pane .leaflet-marker-icon').first().waitFor();
      return page.evaluate(() => ({
        events: document.querySelectorAll('.leaflet-marker-pane .event-marker').length,
        lights: document.querySelectorAll('.leaflet-marker-pane .blue-heart-marker, .leaflet-marker-pane .lights-cluster').length,
      }));
    };
    expect(await counts('')).toMatchObject({ events: 3 });
    expect((await counts('')).lights).toBeGreaterThan(0);
    expect(await counts('?layers=events')).toEqual({ events: 3, lights: 0 });
    expect(await counts('?layers=lights,bogus')).toMatchObject({ events: 0 });
    expect((await counts('?layers=bogus')).events).toBe(3);
    expect(pageErrors(page)).toEqual([]);
  });
});
