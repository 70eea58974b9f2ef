/**
 * The organiser's season, from an empty database, on a real deployment's
 * server (no demo data, a real mailbox) whose clock is moved with libfaketime:
 * February (the first organiser, added on the command line, creates the
 * campaign, adds a city, invites a coordinator, publishes; the coordinator
 * registers; the organiser approves and opens the press list), the night of
 * 30 July (the overview opens on tonight's campaign; a building is confirmed
 * lit from the organisers' list), and August (results). At each step the
 * overview's checklist shows the step done and names the next, on a laptop
 * and on a phone, and axe finds nothing.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { sessions, users } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { freePort } from '../helpers/free-port';
import { mailsFor, startMailbox } from '../helpers/mailbox';
import { root, startApp, stopApp, type AppProcess } from './app-process';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import { serveBlankTiles } from './map-helpers';
import { isSignInMail, linkIn, waitForSignInMail } from './sign-in';

const FAKETIME_LIB = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
const ORGANISER = { email: 'olivia@unodc.example', name: 'Olivia Organiser' };
const COORDINATOR = { email: 'bram@brussels.example', name: 'Bram Brussels' };
const BUILDING = 'Royal Palace';
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

let work: string;
let dataDir: string;
let mailDir: string;
let ownDist: string;
let mailbox: { close: () => Promise<void> };
let smtpPort: number;
/** The server's port, chosen first: the command line builds its links from the same AUTH_URL. */
let appPort: number;
let app: AppProcess | undefined;
let browser: Browser;
const contexts: BrowserContext[] = [];

/** Starts the server over the one data folder with its clock at `utc` (it runs on from there). */
async function serveAt(utc: string) {
  if (app) await stopApp(app);
  app = await startApp({
    dataDir,
    port: appPort,
    env: {
      NEXT_DIST_DIR: ownDist,
      EMAIL_SERVER: `smtp://127.0.0.1:${smtpPort}`,
      TZ: 'UTC',
      LD_PRELOAD: FAKETIME_LIB,
      FAKETIME: `@${utc}`,
      FAKETIME_DONT_RESET: '1',
    },
  });
}

async function newPage(viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ baseURL: app!.baseURL, locale: 'en-GB', viewport, isMobile: viewport === PHONE, hasTouch: viewport === PHONE });
  contexts.push(context);
  return context.newPage();
}

/** Signs in like a person: asks for a link, reads the mail, follows it. */
async function signIn(page: Page, email: string) {
  const before = (await mailsFor(mailDir, email)).filter(isSignInMail).length;
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
  await page.goto(linkIn((await waitForSignInMail(mailDir, email, before)).text));
  await page.getByTestId('signed-in-user').waitFor();
}

/** A session lasting past the moved clocks, for the later months (the sign-in itself was shown in February). */
async function sessionPage(email: string, viewport = DESKTOP): Promise<Page> {
  const token = crypto.randomBytes(32).toString('hex');
  const { db, sqlite } = openDatabase(path.join(dataDir, DB_FILE_NAME));
  try {
    const user = db.select().from(users).where(eq(users.email, email)).get()!;
    db.insert(sessions).values({ sessionToken: token, userId: user.id, expires: new Date('2100-01-01T00:00:00Z') }).run();
  } finally {
    sqlite.close();
  }
  const page = await newPage(viewport);
  await page.context().addCookies([{ name: 'authjs.session-token', value: token, url: app!.baseURL }]);
  return page;
}

const step = (page: Page, key: string) => page.getByTestId(`step-${key}`);
const doneSteps = async (page: Page) => page.locator('[data-testid^="step-"][data-done="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(5)));

/** Opens the overview and checks which steps are done and which one it names next. */
async function expectOverview(page: Page, done: string[], next: string | null) {
  await page.goto('/organise');
  await expect(doneSteps(page)).resolves.toEqual(done);
  const heading = await page.getByTestId('next-step').getByRole('heading').textContent();
  if (next) expect(heading).toBe(next);
  else expect(heading).toMatch(/^Everything is done for \d{4}\.$/);
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-e2e-season-'));
  dataDir = path.join(work, 'data');
  mailDir = path.join(work, 'mail');
  fs.mkdirSync(dataDir, { recursive: true });
  smtpPort = await freePort();
  appPort = await freePort();
  mailbox = await startMailbox(mailDir, smtpPort);
  // The first organiser, from the command line, as the README says (a real deployment's settings).
  const added = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', 'scripts/user-add.ts', '--role', 'organiser', '--email', ORGANISER.email, '--name', ORGANISER.name], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'false', AUTH_URL: `http://localhost:${appPort}`, EMAIL_SERVER: `smtp://127.0.0.1:${smtpPort}` },
    encoding: 'utf8',
  });
  if (added.status !== 0) throw new Error(`user:add failed:\n${added.stdout}\n${added.stderr}`);
  fs.mkdirSync(path.join(root, 'docs/screenshots'), { recursive: true });
  const sharedDist = process.env.NEXT_DIST_DIR || '.next';
  ownDist = `${sharedDist}-season-${process.pid}`;
  fs.cpSync(path.join(root, sharedDist), path.join(root, ownDist), { recursive: true, filter: (source) => !source.startsWith(path.join(root, sharedDist, 'cache')) });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  if (app) await stopApp(app);
  await mailbox?.close();
  if (ownDist) fs.rmSync(path.join(root, ownDist), { recursive: true, force: true });
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe("the organiser's season", () => {
  it('goes in February from an empty database to a published campaign with an approved building, the checklist naming each next step', async () => {
    await serveAt('2027-02-01 09:00:00');
    const page = await newPage();
    await signIn(page, ORGANISER.email);

    // Nothing yet: the one thing to do is named.
    await expectOverview(page, [], 'Next: create the campaign');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('next-step').getByRole('link', { name: 'Create the campaign with its theme in four languages' }).click();
    await page.waitForURL(/\/organise\/campaigns/);

    // The campaign, its theme in four languages; the publish box says what publishing means.
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Create the campaign' }) });
    await expect(form.getByLabel('Year').inputValue()).resolves.toBe('2027');
    await form.getByLabel('Theme in English').fill('Shine the light on human trafficking');
    await form.getByLabel('Theme in French (optional)').fill('Mettre en lumière la traite des êtres humains');
    await form.getByLabel('Theme in Dutch (optional)').fill('Zet mensenhandel in de kijker');
    await form.getByLabel('Theme in German (optional)').fill('Licht auf Menschenhandel');
    await expect(form.getByLabel('Published: shown on the public map').isChecked()).resolves.toBe(false);
    await expect(form.getByText('Coordinators can register their buildings before the campaign is published').count()).resolves.toBe(1);
    await form.getByRole('button', { name: 'Create the campaign' }).click();
    await page.getByRole('status').filter({ hasText: 'The 2027 campaign was created.' }).waitFor();
    await page.getByRole('link', { name: 'Next: add the cities' }).click();
    await page.waitForURL(/\/organise\/cities/);

    // A city.
    const city = page.getByRole('form', { name: 'Add a city' });
    await city.getByLabel('Name', { exact: true }).fill('Brussels');
    await city.getByLabel('Latitude of the centre').fill('50.8467');
    await city.getByLabel('Longitude of the centre').fill('4.3524');
    await city.getByRole('button', { name: 'Add the city' }).click();
    await page.getByRole('status').filter({ hasText: 'Brussels was added' }).waitFor();
    await page.getByRole('link', { name: 'Next: invite coordinators' }).click();
    await page.waitForURL(/\/organise\/coordinators/);

    // A coordinator for it. Reminders before the deadline are set by default (7 and 1 days): next is publishing.
    await page.getByLabel('Name', { exact: true }).fill(COORDINATOR.name);
    await page.getByLabel('E-mail address').fill(COORDINATOR.email);
    await page.getByRole('group', { name: 'Cities they act for' }).getByLabel('Brussels').check();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('status').filter({ hasText: `${COORDINATOR.email} is invited` }).waitFor();
    await expect(page.getByTestId(`user-${COORDINATOR.email}`).textContent()).resolves.toContain('Active, not signed in yet');
    await expectOverview(page, ['campaign', 'cities', 'coordinators', 'reminders'], 'Next: publish the campaign');
    await expect(step(page, 'coordinators').textContent()).resolves.toContain('1 coordinator invited, 0 signed in.');
    await expect(page.getByTestId('campaign-state').textContent()).resolves.toContain('Not published: coordinators can already register their buildings, but the public sees nothing until you publish.');
    await expect(page.getByTestId('campaign-state').textContent()).resolves.toContain('165 days left');

    // The coordinator signs in and registers before publication.
    const desk = await newPage();
    await serveBlankTiles(desk);
    await signIn(desk, COORDINATOR.email);
    await desk.goto('/coordinate/new?year=2027');
    await desk.getByRole('application', { name: /Map to place the building/ }).waitFor();
    await desk.getByLabel('Building name').fill(BUILDING);
    await desk.getByLabel('Latitude').fill('50.8417');
    await desk.getByLabel('Longitude').fill('4.3620');
    await desk.getByRole('button', { name: 'Submit for review' }).click();
    await desk.getByText(`“${BUILDING}” is registered and awaits review.`).waitFor();

    // Publishing, from the checklist's link.
    await page.goto('/organise');
    await expect(step(page, 'coordinators').textContent()).resolves.toContain('1 coordinator invited, 1 signed in.');
    await page.getByTestId('next-step').getByRole('link', { name: 'Publish the campaign' }).click();
    await page.waitForURL(/\/organise\/campaigns\?edit=2027/);
    const edit = page.locator('#campaign-2027');
    await edit.getByLabel('Published: shown on the public map').check();
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.getByRole('status').filter({ hasText: 'The 2027 campaign was saved.' }).waitFor();
    await edit.getByRole('link', { name: 'Next: review the registrations' }).click();

    // Reviewing: the confirmation names the building, and what comes next.
    await page.waitForURL(/\/organise\/review\?year=2027/);
    await page.getByRole('button', { name: `Approve ${BUILDING}` }).click();
    await page.getByRole('status').filter({ hasText: `${BUILDING} approved; it is on the public map now.` }).waitFor();
    await expect(page.getByRole('link', { name: 'Next: the night' }).count()).resolves.toBe(1);

    // The press list is ready once something is approved; the night comes next.
    await expectOverview(page, ['campaign', 'cities', 'coordinators', 'reminders', 'publish', 'review', 'press'], 'Next: the night');
    await expect(step(page, 'press').textContent()).resolves.toContain('1 approved building on it.');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(root, 'docs/screenshots/organiser-season-desktop.png'), fullPage: false });
    await step(page, 'press').getByRole('link', { name: 'Get the press list' }).click();
    await page.waitForURL(/\/organise\/press\?year=2027/);
    await expect(page.locator('main').textContent()).resolves.toContain(BUILDING);

    // The same overview on a phone.
    const phone = await sessionPage(ORGANISER.email, PHONE);
    await expectOverview(phone, ['campaign', 'cities', 'coordinators', 'reminders', 'publish', 'review', 'press'], 'Next: the night');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.screenshot({ path: path.join(root, 'docs/screenshots/organiser-season-phone.png'), fullPage: false });

    // The audit log tells the season so far in sentences.
    await page.goto('/organise/audit');
    const log = (await page.locator('table.data').textContent()) ?? '';
    expect(log).toContain(`${ORGANISER.name} approved ${BUILDING} (Brussels, 2027).`);
    expect(log).toContain(`${ORGANISER.name} invited ${COORDINATOR.name}.`);
    expect(log).toContain(`${ORGANISER.name} changed the 2027 campaign.`);
    expect(log).toContain('Published: no → yes');
    expect(await axeViolations(page)).toEqual([]);
  }, 240_000);

  it('opens on tonight’s campaign on 30 July, counts the buildings confirmed lit, and is done in August with the results', async () => {
    await serveAt('2027-07-30 19:40:00');
    const page = await sessionPage(ORGANISER.email);
    await expectOverview(page, ['campaign', 'cities', 'coordinators', 'reminders', 'publish', 'review', 'press'], 'Next: the night');
    await expect(page.getByText("Tonight's campaign: the day is today or tomorrow.").count()).resolves.toBe(1);
    await expect(step(page, 'night').textContent()).resolves.toContain('none confirmed lit yet.');

    // From the night's link, the organisers' list opens the registration, where "Lights are on" is recorded.
    await step(page, 'night').getByRole('link', { name: 'Follow the night' }).click();
    await page.getByRole('link', { name: BUILDING }).click();
    await page.waitForURL(/\/coordinate\/\d+/);
    await page.getByRole('button', { name: 'Lights are on' }).click();
    await page.getByText(/^Thank you! Lights on, confirmed at/).waitFor();
    await page.goto('/organise');
    await expect(step(page, 'night').textContent()).resolves.toContain('1 building confirmed lit.');

    // August: the night is over, the results are out.
    await serveAt('2027-08-02 08:00:00');
    const august = await sessionPage(ORGANISER.email);
    await expectOverview(august, ['campaign', 'cities', 'coordinators', 'reminders', 'publish', 'review', 'press', 'night', 'results'], null);
    expect(await axeViolations(august)).toEqual([]);
    await step(august, 'results').getByRole('link', { name: 'Share the results and the press pack' }).click();
    await august.waitForURL(/\/years\/2027\/results/);
    await expect(august.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Results of the blue lights 2027');

    // The season over, the coordinator is deactivated: asked first, and it works without JavaScript.
    const token = (await sessionPage(ORGANISER.email)).context();
    const cookies = await token.cookies();
    const noScript = await browser.newContext({ baseURL: app!.baseURL, locale: 'en-GB', viewport: DESKTOP, javaScriptEnabled: false });
    contexts.push(noScript);
    await noScript.addCookies(cookies);
    const people = await noScript.newPage();
    await people.goto('/organise/coordinators');
    const row = people.getByTestId(`user-${COORDINATOR.email}`);
    await expect(row.getByRole('button', { name: `Yes, deactivate ${COORDINATOR.name}` }).isVisible()).resolves.toBe(false);
    await row.getByText('Deactivate…').click();
    await row.getByText(`Deactivate ${COORDINATOR.name}? They will be signed out at once`).waitFor();
    await row.getByRole('button', { name: `Yes, deactivate ${COORDINATOR.name}` }).click();
    await people.getByText(`${COORDINATOR.name} is deactivated and signed out everywhere.`).waitFor();
    await people.goto('/organise/audit');
    await expect(people.locator('table.data').textContent()).resolves.toContain(`${ORGANISER.name} deactivated ${COORDINATOR.name}.`);
    await expect(people.locator('table.data').textContent()).resolves.toContain('Active: yes → no');
  }, 180_000);
});
