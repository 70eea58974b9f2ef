/**
 * The public page of a building, where a poster's QR code leads: on a phone,
 * by the browser's clock (the page itself is a stored copy), before the day
 * (when, add to calendar), on the night (a countdown, then "lit now") and
 * after it (took part in …), with its small map and its share button.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentDemoYear, DEMO_BUILDINGS, PAST_YEAR } from '@/lib/demo/demo-data';
import { formatEventDate } from '@/lib/lights/day';
import { axeViolations } from './axe';
import { pageErrors, setupBrowser } from './page';

const e2e = setupBrowser();
const year = currentDemoYear();
/** Lights on at 21:00 Brussels time, off at 00:30. */
const PARLIAMENT = 'European Parliament';
const past = DEMO_BUILDINGS.find((b) => b.name === PARLIAMENT)!.past;

async function buildingId(name: string): Promise<number> {
  const feed = (await (await fetch(`${e2e.baseURL}/api/lights/${year}`)).json()) as { features: { id: number; properties: { name: string } }[] };
  return feed.features.find((f) => f.properties.name === name)!.id;
}

/** A phone (390×844) whose clock reads `time`, on the building's page. */
async function visitAt(time: string, { locale = 'en-GB', path = '' } = {}): Promise<Page> {
  const page = await e2e.newPage({ locale, mobile: true });
  await page.clock.install({ time: new Date(time) });
  await page.goto(`${path}/buildings/${await buildingId(PARLIAMENT)}`);
  return page;
}

const moment = (page: Page) => page.getByTestId('building-day');

async function fitsAt360(page: Page): Promise<boolean> {
  await page.setViewportSize({ width: 360, height: 740 });
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** Set SCREENSHOT_DIR to look at each moment on a phone and a desktop. */
async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  await page.screenshot({ path: `${dir}/building-${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${dir}/building-${name}-1440.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
}

describe('a building’s page, from a poster’s QR code', () => {
  it('before the day says when the lights go on, in local time with its zone, and offers the calendar and sharing', async () => {
    const page = await visitAt(`${year}-07-20T12:00:00+02:00`);
    await expect.poll(() => moment(page).textContent()).toBe('In 10 days');
    const main = page.locator('main');
    await expect(main.getByText(formatEventDate(`${year}-07-30`, 'en')).isVisible()).resolves.toBe(true);
    await expect(main.getByText('From 21:00 until 00:30').isVisible()).resolves.toBe(true);
    await expect(main.getByText('Times are local: Central European Time.').isVisible()).resolves.toBe(true);
    const calendar = main.getByRole('link', { name: 'Add to calendar (.ics)' });
    await expect(calendar.getAttribute('href')).resolves.toMatch(/\/buildings\/\d+\/calendar$/);
    await expect(main.getByRole('link', { name: 'Share on WhatsApp (opens in a new tab)' }).isVisible()).resolves.toBe(true);
    // The small map: drawn by the server, no tiles needed, with its way to a full map.
    await expect(main.getByRole('img', { name: `Map: ${PARLIAMENT} in Brussels` }).isVisible()).resolves.toBe(true);
    await expect(main.getByRole('link', { name: 'Open in OpenStreetMap' }).getAttribute('href')).resolves.toContain('mlat=50.8386');
    await expect(axeViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'before');
    await expect(fitsAt360(page)).resolves.toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it('on the night counts down to lights-on, then says it is lit now, without a reload', async () => {
    const page = await visitAt(`${year}-07-30T19:40:00+02:00`);
    await expect.poll(() => moment(page).textContent()).toBe('Lights on in 1 h 20 min');
    await expect(page.getByRole('link', { name: 'Add to calendar (.ics)' }).isVisible()).resolves.toBe(true);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'countdown');

    await page.clock.fastForward('01:00:00');
    await expect.poll(() => moment(page).textContent()).toBe('Lights on in 20 min');
    await page.clock.fastForward('20:30');
    await expect.poll(() => moment(page).textContent()).toBe('Lit blue now');
    // Nothing to put in a calendar any more; sharing it is the thing to do.
    await expect(page.getByRole('link', { name: 'Add to calendar (.ics)' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Share on WhatsApp (opens in a new tab)' }).isVisible()).resolves.toBe(true);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'lit');
    await expect(fitsAt360(page)).resolves.toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it('after the day says it took part, with the years it did, in the reader’s language', async () => {
    const page = await visitAt(`${year}-07-31T12:00:00+02:00`, { locale: 'fr-BE', path: '/fr' });
    await expect.poll(() => moment(page).textContent()).toBe(`A participé en ${year}`);
    await expect(page.getByRole('link', { name: 'Ajouter à l’agenda (.ics)' }).count()).resolves.toBe(0);
    const years = await page.locator('.facts dd').last().textContent();
    expect(years).toContain(String(year));
    if (past) expect(years).toContain(String(PAST_YEAR));
    await expect(axeViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'after');
    await expect(fitsAt360(page)).resolves.toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });
});
