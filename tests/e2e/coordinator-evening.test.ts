/**
 * The coordinator's evening, in Chromium, on a server of its own whose clock
 * stands at 21:10 in Brussels on 30 July 2027 (libfaketime, as Debian's
 * `faketime` does) and a browser whose clock agrees (`context.clock.install`).
 *
 * A city official outside the town hall on their phone opens the link of the
 * sign-in mail, lands on tonight's buildings, and confirms "Lights are on"
 * with a photo: after signing in, the photo's choice and one tap. On a
 * laptop: confirmed without a photo first, the photo added afterwards. The
 * reminders' link lands on the building's card, fully below the sticky
 * strips.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import { DB_FILE_NAME, openDatabase } from '@/db/index';
import { freePort } from '../helpers/free-port';
import { startMailbox } from '../helpers/mailbox';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import { root } from './app-process';
import { startOwnServer, type OwnServer } from './own-server';
import { requestLink } from './sign-in';

/** 21:10 in Brussels (summer time) on the event day. */
const NIGHT = new Date('2027-07-30T19:10:00Z');
const FAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1';
const SCREENSHOTS = path.join(root, 'docs/screenshots');

/** A town hall lit blue against the night sky, drawn (a photo as the phone's camera would give one). */
const NIGHT_PHOTO = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200" viewBox="0 0 160 120">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#050b1f"/><stop offset="1" stop-color="#14264f"/></linearGradient></defs>
  <rect width="160" height="120" fill="url(#sky)"/>
  <g fill="#2f6bff"><rect x="40" y="50" width="80" height="60"/><polygon points="40,50 80,28 120,50"/><rect x="74" y="14" width="12" height="36"/><polygon points="74,14 80,4 86,14"/></g>
  <g fill="#9cc0ff"><rect x="50" y="62" width="8" height="14"/><rect x="66" y="62" width="8" height="14"/><rect x="86" y="62" width="8" height="14"/><rect x="102" y="62" width="8" height="14"/><rect x="74" y="86" width="12" height="24"/></g>
  <rect y="110" width="160" height="10" fill="#0a1430"/>
</svg>`;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-evening-'));
const mailDir = path.join(work, 'mail');
const photo = path.join(work, 'town-hall-lit-blue.jpg');
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let server: OwnServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let world: ReturnType<typeof seed>;

function seed(dataDir: string) {
  const { db, sqlite } = openDatabase(path.join(dataDir, DB_FILE_NAME));
  try {
    return db.transaction((tx) => {
      createCampaign(tx, { year: 2026, eventDate: '2026-07-30' });
      const tonight = createCampaign(tx, { year: 2027, eventDate: '2027-07-30', registrationDeadline: new Date('2027-07-16T22:00:00Z') });
      // Next year's, open for registration and not announced yet: the newest, but not tonight's.
      createCampaign(tx, { year: 2028, eventDate: '2028-07-30', registrationDeadline: new Date('2028-07-16T22:00:00Z'), published: false });
      const ghent = createCity(tx, { name: 'Ghent', names: { fr: 'Gand', nl: 'Gent', de: 'Gent' }, province: 'East Flanders', lat: 51.0543, lng: 3.7174 });
      const leuven = createCity(tx, { name: 'Leuven', names: { fr: 'Louvain' }, province: 'Flemish Brabant', lat: 50.8798, lng: 4.7005 });
      const hall = createBuilding(tx, { cityId: ghent.id, name: 'Ghent City Hall', kind: 'town_hall', lat: 51.0547, lng: 3.7253 });
      const belfry = createBuilding(tx, { cityId: ghent.id, name: 'Belfry of Ghent', kind: 'tower', lat: 51.0536, lng: 3.7245 });
      const leuvenHall = createBuilding(tx, { cityId: leuven.id, name: 'Leuven Town Hall', kind: 'town_hall', lat: 50.8789, lng: 4.7011 });
      createIllumination(tx, { campaignId: tonight.id, buildingId: hall.id, lightsOnMode: 'sunset', lightsOffTime: '01:00' });
      createIllumination(tx, { campaignId: tonight.id, buildingId: belfry.id, lightsOnMode: 'time', lightsOnTime: '21:30', lightsOffTime: '00:30' });
      createIllumination(tx, { campaignId: tonight.id, buildingId: leuvenHall.id, lightsOnMode: 'sunset', lightsOffTime: '23:59' });
      const griet = createUser(tx, { email: 'griet@ghent.example', name: 'Griet', role: 'coordinator' }, [ghent.id]);
      const lukas = createUser(tx, { email: 'lukas@leuven.example', name: 'Lukas', role: 'coordinator' }, [leuven.id]);
      // Griet's colleague, who follows a reminder's link (a second sign-in link to one address would wait).
      const jan = createUser(tx, { email: 'jan@ghent.example', name: 'Jan', role: 'coordinator' }, [ghent.id]);
      return { griet, jan, lukas, hall, belfry, leuvenHall };
    });
  } finally {
    sqlite.close();
  }
}

beforeAll(async () => {
  const smtpPort = await freePort();
  mailbox = await startMailbox(mailDir, smtpPort);
  await sharp(Buffer.from(NIGHT_PHOTO)).jpeg().toFile(photo);
  server = await startOwnServer(
    (dataDir) => {
      world = seed(dataDir);
    },
    {
      env: {
        EMAIL_SERVER: `smtp://127.0.0.1:${smtpPort}`,
        EMAIL_FROM: 'Blue Lights <no-reply@bluelights.example>',
        // The server's clock: 21:10 in Brussels on the night, and running from there.
        LD_PRELOAD: FAKETIME,
        FAKETIME: `@${NIGHT.toISOString().slice(0, 19).replace('T', ' ')}`,
        FAKETIME_DONT_FAKE_MONOTONIC: '1',
        TZ: 'UTC',
      },
    },
  );
  browser = await launchChromium();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await server?.stop();
  await mailbox?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

async function device(kind: 'phone' | 'laptop'): Promise<Page> {
  const phone = kind === 'phone';
  const context = await browser.newContext({
    baseURL: server.baseURL,
    locale: 'en-GB',
    viewport: phone ? { width: 390, height: 844 } : { width: 1440, height: 900 },
    isMobile: phone,
    hasTouch: phone,
  });
  contexts.push(context);
  await context.clock.install({ time: NIGHT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

/** Asks for a link and follows the one in the mail, as the person does. */
async function signInByMail(page: Page, email: string): Promise<void> {
  await page.goto(await requestLink(page, email, mailDir));
}

/** How far down the sticky strips (hotline, header) reach. */
const stickyBottom = (page: Page) =>
  page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll('body *')]
        .filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position))
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.top <= 1 && r.bottom > 0 && r.height > 0)
        .map((r) => r.bottom),
    ),
  );

async function fullyInView(page: Page, locator: Locator) {
  const box = (await locator.boundingBox())!;
  const viewport = page.viewportSize()!;
  return box.y >= (await stickyBottom(page)) - 0.5 && box.y + box.height <= viewport.height + 0.5;
}

const card = (page: Page, name: string) => page.getByRole('article', { name });

describe("the coordinator's evening", () => {
  it('on a phone: from the sign-in mail to "Confirmed at" with the photo, in the photo’s choice and one tap', async () => {
    const page = await device('phone');
    await signInByMail(page, world.griet.email);

    // Tonight, not next year's campaign (the newest) nor a list of years.
    await expect(page.waitForURL(/\/coordinate$/)).resolves.toBeUndefined();
    await page.getByRole('heading', { level: 2, name: 'Tonight, 30 July 2027' }).waitFor();
    const belfry = card(page, 'Belfry of Ghent');
    const hall = card(page, 'Ghent City Hall');
    await expect(hall.textContent()).resolves.toMatch(/Lights on at 21:\d\d \(sunset\)/);
    await expect(belfry.textContent()).resolves.toContain('Lights on at 21:30 · Lights off at 00:30');
    // The zone in words, never an IANA id.
    await expect(hall.textContent()).resolves.toContain('Local time: Central European Time');
    await expect(hall.textContent()).resolves.not.toContain('Europe/Brussels');
    // The rest of the workspace stays below.
    await page.getByRole('heading', { name: 'Registrations for 2027' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The photo's choice (one tap on the field, then the phone's camera or gallery): shown before it is sent.
    await belfry.getByLabel('Photo of the lit building (optional)').setInputFiles(photo);
    await belfry.getByRole('img', { name: 'The photo you chose' }).waitFor();
    await expect.poll(() => fullyInView(page, belfry.getByRole('button', { name: /^Lights are on/ }))).toBe(true);
    // The one tap.
    await belfry.getByRole('button', { name: /^Lights are on/ }).tap();

    const confirmed = belfry.getByText(/Confirmed at 21:1\d$/);
    await confirmed.waitFor();
    await belfry.getByRole('img', { name: 'Photo of Belfry of Ghent lit blue' }).waitFor();
    await expect(belfry.textContent()).resolves.toContain('This photo will not be published: only your city’s coordinators and the organisers see it.');
    // The form is gone: no file still chosen, no button left on the card.
    await expect(belfry.locator('input[type=file]').count()).resolves.toBe(0);
    await expect(belfry.getByRole('button').count()).resolves.toBe(0);
    await expect(fullyInView(page, confirmed)).resolves.toBe(true);
    await expect(fullyInView(page, belfry.getByRole('heading', { name: 'Belfry of Ghent' }))).resolves.toBe(true);
    // The other building still waits for its own tap.
    await expect(hall.getByRole('button', { name: /^Lights are on/ }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // The picture for the README: tonight from the top, the confirmed card, the next one below.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'coordinator-evening-phone.png') });

    // A reload tells the same: the confirmation is stored.
    await page.reload();
    await card(page, 'Belfry of Ghent').getByText(/Confirmed at 21:1\d$/).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  it('lands the reminders’ link on the building’s card, whole, below the sticky strips', async () => {
    const page = await device('phone');
    await signInByMail(page, world.jan.email);
    await page.waitForURL(/\/coordinate$/);
    // The link of the lights-on and next-morning mails (lib/reminders/mails.ts).
    await page.goto(`/coordinate?year=2027#building-${world.hall.id}`);
    const hall = card(page, 'Ghent City Hall');
    await hall.waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect(fullyInView(page, hall.getByRole('heading', { name: 'Ghent City Hall' }))).resolves.toBe(true);
    await expect(fullyInView(page, hall.getByRole('button', { name: /^Lights are on/ }))).resolves.toBe(true);
  });

  it('on a laptop: confirmed without a photo, then the photo added; the registration form previews its photo; next year says it is not public yet', async () => {
    const page = await device('laptop');
    await signInByMail(page, world.lukas.email);
    await page.waitForURL(/\/coordinate$/);
    const hall = card(page, 'Leuven Town Hall');
    await hall.getByRole('button', { name: /^Lights are on/ }).click();
    await hall.getByText(/Confirmed at 21:1\d$/).waitFor();
    // No photo yet: "Add a photo", folded; no form in sight.
    await expect(hall.locator('input[type=file]').isVisible()).resolves.toBe(false);
    await expect(hall.getByRole('button', { name: /^Lights are on/ }).count()).resolves.toBe(0);

    await hall.getByText('Add a photo').click();
    await hall.getByLabel('Photo of the lit building (optional)').setInputFiles(photo);
    await hall.getByRole('img', { name: 'The photo you chose' }).waitFor();
    await hall.getByLabel(/may be published/).check();
    await hall.getByLabel('Credit line').fill('City of Leuven');
    await hall.getByRole('button', { name: /^Send the photo/ }).click();
    await hall.getByRole('img', { name: 'Photo of Leuven Town Hall lit blue' }).waitFor();
    await expect(hall.textContent()).resolves.toContain('This photo may be published (gallery, press pack).');
    await expect(hall.textContent()).resolves.toContain('Credit: City of Leuven');
    await expect(hall.getByText(/Confirmed at 21:1\d$/).count()).resolves.toBe(1);
    await expect(hall.locator('input[type=file]').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'coordinator-evening-desktop.png') });

    // Next year's campaign: no tonight, and a plain word that it is not public yet.
    await page.goto('/coordinate?year=2028');
    await page.getByRole('heading', { name: 'Blue Lights 2028' }).waitFor();
    await expect(page.getByRole('heading', { name: /^Tonight/ }).count()).resolves.toBe(0);
    await expect(page.getByTestId('not-published').textContent()).resolves.toBe(
      'This campaign is not public yet: your buildings will appear on the public map once the organisers publish it.',
    );

    // The registration form shows the chosen photo before it is sent.
    await page.goto('/coordinate/new?year=2028');
    await page.getByLabel('Photo (JPEG, PNG or WebP, up to 10 MB)').setInputFiles(photo);
    await page.getByRole('img', { name: 'The photo you chose' }).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });
});

function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}
