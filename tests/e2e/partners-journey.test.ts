/**
 * Partners on the map, from the invitation to the visitor's calendar, in
 * Chromium on a server of its own (its campaign is published and on the map
 * while registration is still open, which the shared server's demo data is
 * not):
 *
 * an organiser invites a partner of PAG-ASA in Dutch; the partner follows the
 * invitation, signs in, registers an information stand in Leuven on 30 July
 * from 14:00 to 18:00 (a click on the map) and the launch in Liège on
 * 24 July (coordinates typed with a decimal comma); the organiser approves
 * the stand and rejects the launch with a reason, and the partner is told in
 * Dutch; a visitor on a phone sees the stand on the map and in the list,
 * opens its page and adds it to their calendar; the year's calendar feed
 * parses with a real iCalendar parser and holds the stand (not the launch);
 * the results count it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db/index';
import { createBuilding, createCampaign, createCity, createIllumination, createPartner, createUser } from '@/lib/demo/builders';
import { freePort } from '../helpers/free-port';
import { mailsFor, startMailbox, waitForMail } from '../helpers/mailbox';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import { serveBlankTiles, waitForMap } from './map-helpers';
import { startOwnServer, type OwnServer } from './own-server';
import { linkIn, requestLink, waitForSignInMail } from './sign-in';

const YEAR = 2027;
const ORGANISER = 'olivia@organisers.example';
const PARTNER = 'pieter@pag-asa.example';
const STAND = 'Infostand van PAG-ASA in Leuven';
const LAUNCH = 'Lancering van de campagne in Luik';
const REASON = 'De lancering organiseren wij zelf; meld enkel jullie stands aan.';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-partners-'));
const mailDir = path.join(work, 'mail');
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let server: OwnServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

function seed(dataDir: string) {
  const { db, sqlite } = openDatabase(path.join(dataDir, DB_FILE_NAME));
  try {
    db.transaction((tx) => {
      // Published and on the map while registration is open (until 16 July 2027).
      const campaign = createCampaign(tx, { year: YEAR, eventDate: `${YEAR}-07-30`, registrationDeadline: new Date(`${YEAR}-07-16T21:59:59.999Z`), published: true, showOnMap: true });
      const leuven = createCity(tx, { name: 'Leuven', names: { fr: 'Louvain', de: 'Löwen' }, province: 'Flemish Brabant', lat: 50.8798, lng: 4.7005 });
      createCity(tx, { name: 'Liège', names: { nl: 'Luik', de: 'Lüttich' }, province: 'Liège', lat: 50.6326, lng: 5.5797 });
      const hall = createBuilding(tx, { cityId: leuven.id, name: 'Leuven Town Hall', kind: 'town_hall', lat: 50.8789, lng: 4.7011 });
      createIllumination(tx, { campaignId: campaign.id, buildingId: hall.id, status: 'approved' });
      createPartner(tx, { name: 'PAG-ASA', kind: 'ngo', website: 'https://www.pag-asa.be' });
      createUser(tx, { email: ORGANISER, name: 'Olivia Organiser', role: 'organiser' });
    });
  } finally {
    sqlite.close();
  }
}

beforeAll(async () => {
  const smtpPort = await freePort();
  mailbox = await startMailbox(mailDir, smtpPort);
  server = await startOwnServer(seed, {
    env: { EMAIL_SERVER: `smtp://127.0.0.1:${smtpPort}`, EMAIL_FROM: 'Blue Lights <no-reply@bluelights.example>' },
  });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await server?.stop();
  await mailbox?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

async function device(kind: 'phone' | 'laptop', locale = 'en-GB'): Promise<Page> {
  const phone = kind === 'phone';
  const context = await browser.newContext({
    baseURL: server.baseURL,
    locale,
    viewport: phone ? { width: 390, height: 844 } : { width: 1440, height: 900 },
    isMobile: phone,
    hasTouch: phone,
    acceptDownloads: true,
  });
  contexts.push(context);
  const page = await context.newPage();
  await serveBlankTiles(page);
  return page;
}

const TIMEOUT = 180_000;
/** What one step made, for the next. */
const made = { organiser: null as Page | null, partner: null as Page | null, standId: 0, launchId: 0 };

/** Registers an event in the partner's form (Dutch) and returns its id, from the list's address. */
async function register(page: Page, fill: () => Promise<void>): Promise<number> {
  await page.goto('/nl/partner');
  await page.getByRole('link', { name: 'Een activiteit aanmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Een activiteit aanmelden' }).waitFor();
  await fill();
  await page.getByRole('button', { name: 'De activiteit aanmelden' }).click();
  await page.getByTestId('notice').getByText('Jullie activiteit is aangemeld.').waitFor();
  return Number(new URL(page.url()).searchParams.get('id'));
}

describe('partners on the map, from the invitation to the calendar', () => {
  it('an organiser invites a partner in Dutch, who signs in and registers a stand in Leuven and the launch in Liège', async () => {
    const organiser = (made.organiser = await device('laptop'));
    await organiser.goto(await requestLink(organiser, ORGANISER, mailDir));
    await organiser.getByTestId('signed-in-user').waitFor();
    await organiser.goto('/organise/partners');
    const invite = organiser.locator('section', { has: organiser.getByRole('heading', { name: 'Invite a partner' }) });
    await invite.getByLabel('Name', { exact: true }).fill('Pieter Peeters');
    await invite.getByLabel('E-mail address').fill(PARTNER);
    await invite.getByLabel('Language of their e-mails').selectOption('nl');
    await invite.getByLabel('PAG-ASA', { exact: true }).check();
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    await invite.getByText(`Invitation sent to ${PARTNER}.`).waitFor();

    // The invitation, in Dutch, leads to the sign-in page; the sign-in link to the partner's own space.
    const invitation = await waitForMail(mailDir, PARTNER, 0);
    expect(invitation.subject).toBe('U bent als partner uitgenodigd voor Blue Lights');
    const partner = (made.partner = await device('phone', 'nl-BE'));
    await partner.goto(invitation.text.match(/https?:\/\/\S+\/nl\/sign-in/)![0]);
    await partner.getByLabel('E-mailadres').fill(PARTNER);
    await partner.getByRole('button', { name: 'Stuur mij een aanmeldlink' }).click();
    await partner.getByRole('heading', { name: 'Kijk in uw mailbox' }).waitFor();
    await partner.goto(linkIn((await waitForSignInMail(mailDir, PARTNER)).text));
    await partner.waitForURL(/\/nl\/partner$/);
    await partner.getByRole('heading', { name: 'Jullie activiteiten', level: 1 }).waitFor();
    expect(await axeViolations(partner)).toEqual([]);

    made.standId = await register(partner, async () => {
      await partner.getByLabel('Soort activiteit').selectOption('information_stand');
      await partner.getByLabel('Titel', { exact: true }).fill(STAND);
      await partner.getByLabel('Stad of gemeente').fill('Leuven');
      await partner.getByLabel('Adres').fill('Ladeuzeplein, 3000 Leuven');
      const map = partner.getByRole('application', { name: /Kaart: klik waar de activiteit plaatsvindt/ });
      await map.waitFor();
      await partner.waitForTimeout(300);
      await map.click({ position: { x: 150, y: 100 } });
      await expect(partner.getByLabel('Breedtegraad').inputValue()).resolves.toMatch(/^50\.8\d+$/);
      await partner.getByLabel('Datum').fill(`${YEAR}-07-30`);
      await partner.getByLabel('Begint om').fill('14:00');
      await partner.getByLabel('Eindigt om').fill('18:00');
    });
    made.launchId = await register(partner, async () => {
      await partner.getByLabel('Soort activiteit').selectOption('launch');
      await partner.getByLabel('Titel', { exact: true }).fill(LAUNCH);
      await partner.getByLabel('Stad of gemeente').fill('Liège');
      await partner.getByLabel('Adres').fill('Place Saint-Lambert 18, 4000 Luik');
      await partner.getByLabel('Breedtegraad').fill('50,6452');
      await partner.getByLabel('Lengtegraad').fill('5,5730');
      await partner.getByLabel('Datum').fill(`${YEAR}-07-24`);
      await partner.getByLabel('Begint om').fill('18:00');
      await partner.getByLabel('Eindigt om').fill('20:00');
    });
    const stand = partner.getByTestId('partner-event').filter({ hasText: STAND });
    await expect(stand.textContent()).resolves.toMatch(/30 juli 2027, 14:00–18:00 \(Midden-Europese tijd\)/);
    const launch = partner.getByTestId('partner-event').filter({ hasText: LAUNCH });
    await expect(launch.textContent()).resolves.toMatch(/24 juli 2027, 18:00–20:00/);
    await expect(launch.getByText('Wacht op nazicht').count()).resolves.toBe(1);
  }, TIMEOUT);

  it('the organiser approves the stand and rejects the launch with a reason; the partner is told in Dutch', async () => {
    const page = made.organiser!;
    await page.goto(`/organise/review?year=${YEAR}`);
    await page.getByRole('heading', { level: 2, name: 'Events and stands of partners' }).waitFor();
    const launchRow = page.getByTestId(`event-review-${made.launchId}`);
    await launchRow.getByText('Reject with a reason…').click();
    await launchRow.getByLabel('Reason for the organisation').fill(REASON);
    await launchRow.getByRole('button', { name: `Reject ${LAUNCH}` }).click();
    await page.getByRole('status').filter({ hasText: `“${LAUNCH}” (PAG-ASA) rejected` }).waitFor();
    const standRow = page.getByTestId(`event-review-${made.standId}`);
    await standRow.getByRole('button', { name: `Approve ${STAND}` }).click();
    await page.getByRole('status').filter({ hasText: `“${STAND}” (PAG-ASA) approved` }).waitFor();
    await page.getByText('No event is waiting for review.').first().waitFor();

    // Both decisions reach the partner, in Dutch: the reason with the launch, the public page with the stand.
    const texts = async () => (await mailsFor(mailDir, PARTNER)).map((m) => m.text).join('\n');
    await expect.poll(texts, { timeout: 15_000 }).toContain(REASON);
    await expect.poll(texts, { timeout: 15_000 }).toContain(`/nl/events/${made.standId}`);

    // The partner sees the reason beside the launch.
    const partner = made.partner!;
    await partner.goto('/nl/partner');
    await partner.getByTestId('partner-event').filter({ hasText: LAUNCH }).getByText(REASON).waitFor();
  }, TIMEOUT);

  it('a visitor on a phone sees the stand on the map and in the list, opens its page and adds it to the calendar', async () => {
    const page = await device('phone');
    await page.goto('/');
    await waitForMap(page);
    await page.locator('.leaflet-marker-pane .event-marker').first().waitFor();
    await expect(page.locator('.leaflet-marker-pane .event-marker').count()).resolves.toBe(1);
    const section = page.getByRole('region', { name: 'Events and stands' });
    const item = section.getByRole('listitem').filter({ hasText: '14:00–18:00' });
    await expect(section.getByText(LAUNCH).count()).resolves.toBe(0);
    await item.getByRole('link', { name: STAND }).tap();
    await page.waitForURL(new RegExp(`/events/${made.standId}$`));
    await page.getByRole('heading', { level: 1, name: STAND }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    const download = page.waitForEvent('download');
    await page.getByRole('main').getByRole('link', { name: 'Add to calendar (.ics)' }).tap();
    const file = await download;
    const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync((await file.path())!, 'utf8')));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const [event] = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(event!.summary).toContain(STAND);
    expect(event!.startDate.toJSDate().toISOString()).toBe(`${YEAR}-07-30T12:00:00.000Z`);
    expect(event!.endDate.toJSDate().toISOString()).toBe(`${YEAR}-07-30T16:00:00.000Z`);
  }, TIMEOUT);

  it('the year’s calendar feed parses and holds the stand, not the rejected launch; the results count it', async () => {
    const res = await fetch(`${server.baseURL}/api/events/${YEAR}.ics?lang=nl`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual([expect.stringContaining(STAND)]);
    expect(events[0]!.startDate.toString()).toBe(`${YEAR}-07-30T14:00:00`);
    expect(events[0]!.startDate.zone?.tzid).toBe('Europe/Brussels');

    const page = await device('laptop');
    await page.goto(`/years/${YEAR}/results`);
    await expect(page.getByTestId('results-events-by-kind').locator('tbody tr').allInnerTexts()).resolves.toEqual([expect.stringMatching(/^Information stand\s+1\s+1$/)]);
    expect(await axeViolations(page)).toEqual([]);
  }, TIMEOUT);
});
