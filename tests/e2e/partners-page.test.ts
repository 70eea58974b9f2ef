import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAST_YEAR } from '@/lib/demo/demo-data';
import { axeViolations } from './axe';
import { pageErrors, setupBrowser } from './page';

const e2e = setupBrowser();

/** Set SCREENSHOT_DIR to look at the pages. */
const dir = process.env.SCREENSHOT_DIR;
async function screenshot(page: Page, name: string): Promise<void> {
  if (dir) await page.screenshot({ path: `${dir}/partners-${name}.png`, fullPage: true });
}

async function noOverflowAt360(page: Page, path: string): Promise<void> {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(path);
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(scroll, path).toBeLessThanOrEqual(inner);
}

describe('the partners of a year', () => {
  it('lists PAG-ASA with its three stands, in the organisers’ order, with links to each event', async () => {
    const page = await e2e.newPage({ mobile: true });
    await page.goto(`/years/${PAST_YEAR}/partners`);
    await expect(page.locator('h1').textContent()).resolves.toBe(`Partners of the blue lights ${PAST_YEAR}`);
    const partners = page.getByTestId('partner');
    await expect(partners.locator('h2').allTextContents()).resolves.toEqual(['PAG-ASA', 'Blue Heart Campaign (UNODC)']);
    const pagAsa = partners.first();
    const stands = pagAsa.getByTestId('event-item');
    await expect(stands.count()).resolves.toBe(3);
    const texts = await stands.allTextContents();
    for (const city of ['Brussels', 'Leuven', 'Louvain-la-Neuve']) expect(texts.some((t) => t.includes(city) && t.includes('Information stand'))).toBe(true);
    expect(texts.find((t) => t.includes('Louvain-la-Neuve'))).toContain('13:00–17:00');
    await expect(stands.first().locator('a').getAttribute('href')).resolves.toMatch(/^\/events\/\d+$/);
    const website = pagAsa.getByRole('link', { name: 'pag-asa.be' });
    await expect(website.getAttribute('href')).resolves.toBe('https://www.pag-asa.be');
    await expect(website.getAttribute('rel')).resolves.toBe('noopener');
    await expect(partners.nth(1).getByTestId('event-item').textContent()).resolves.toContain('Launch or official event');
    await screenshot(page, '390');
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);

    const desktop = await e2e.newPage();
    await desktop.setViewportSize({ width: 1440, height: 900 });
    await desktop.goto(`/fr/years/${PAST_YEAR}/partners`);
    await expect(desktop.locator('h1').textContent()).resolves.toBe(`Partenaires des lumières bleues ${PAST_YEAR}`);
    await expect(desktop.getByTestId('partner').nth(1).locator('h2').textContent()).resolves.toBe('Campagne Cœur bleu (ONUDC)');
    await expect(desktop.getByTestId('partner').first().getByTestId('event-item').first().textContent()).resolves.toContain('Stand d’information de PAG-ASA');
    await screenshot(desktop, 'fr-1440');
    expect(await axeViolations(desktop)).toEqual([]);
    await noOverflowAt360(desktop, `/years/${PAST_YEAR}/partners`);
  });

  it('counts 3 information stands in 3 cities and 1 launch in the results, and says so to the press', async () => {
    const page = await e2e.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/years/${PAST_YEAR}/results`);
    const byKind = page.getByTestId('results-events-by-kind');
    await expect(byKind.locator('tbody tr').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Information stand\s+3\s+3$/),
      expect.stringMatching(/^Launch or official event\s+1\s+1$/),
    ]);
    await expect(page.getByTestId('results-events-intro').textContent()).resolves.toBe('4 events by the campaign’s partners in 4 cities.');
    await expect(page.getByTestId('results-partners').locator('li').allTextContents()).resolves.toEqual(['PAG-ASA', 'Blue Heart Campaign (UNODC)']);
    await expect(page.getByTestId('press-sentence-en').textContent()).resolves.toContain('and the campaign’s partners held 3 information stands in 3 cities and 1 launch event in Liège.');
    await expect(page.getByTestId('press-sentence-nl').textContent()).resolves.toContain('3 infostands in 3 steden en 1 lanceringsevenement in Luik.');
    await page.getByTestId('results-partners-link').click();
    await page.waitForURL(`**/years/${PAST_YEAR}/partners`);
    await page.goto(`/years/${PAST_YEAR}/results`);
    if (dir) await page.getByTestId('results-events').screenshot({ path: `${dir}/partners-results-events-1440.png` });
    expect(await axeViolations(page)).toEqual([]);
    await noOverflowAt360(page, `/years/${PAST_YEAR}/results`);
  });

  it('shows the year’s events and stands on its page, linking to the partners and the calendar', async () => {
    const page = await e2e.newPage({ mobile: true });
    await page.goto(`/years/${PAST_YEAR}`);
    // The map's list holds the events beside the buildings, earliest first: the launch on 24 July.
    const list = page.getByRole('region', { name: 'Events and stands' });
    await expect(list.locator('li.event-row').count()).resolves.toBe(4);
    await expect(list.locator('li.event-row').first().textContent()).resolves.toContain('Launch of the Blue Heart Campaign in Belgium');
    // Below, the way to the year's partners, without a second list.
    const section = page.getByTestId('year-events');
    await expect(section.getByTestId('event-item').count()).resolves.toBe(0);
    await expect(section.getByTestId('year-partners-link').getAttribute('href')).resolves.toBe(`/years/${PAST_YEAR}/partners`);
    await expect(page.getByTestId('events-open-data').locator('a').first().getAttribute('href')).resolves.toBe(`/api/events/${PAST_YEAR}.ics`);
    await section.scrollIntoViewIfNeeded();
    if (dir) await section.screenshot({ path: `${dir}/partners-year-events-390.png` });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('offers the year’s events as a calendar to subscribe to, which a calendar program reads', async () => {
    const res = await fetch(`${e2e.baseURL}/api/events/${PAST_YEAR}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(4);
    expect(events.filter((e) => e.summary === 'PAG-ASA information stand')).toHaveLength(3);
    const launch = events.find((e) => e.summary === 'Launch of the Blue Heart Campaign in Belgium')!;
    expect(launch.startDate.toString()).toBe(`${PAST_YEAR}-07-24T18:00:00`);
    expect(launch.startDate.toJSDate().toISOString()).toBe(`${PAST_YEAR}-07-24T16:00:00.000Z`);
    const csv = await fetch(`${e2e.baseURL}/api/events/${PAST_YEAR}.csv`);
    expect((await csv.text()).trimEnd().split('\r\n')).toHaveLength(5);
  });
});
