/**
 * Nothing lost, nothing twice: an organiser approves registrations while the
 * mail server is down; the notices wait in the outbox (the organisers' page
 * shows them), the server is restarted meanwhile, the mail server comes back,
 * and every coordinator gets their notice exactly once, in their language.
 * A server of its own, with its own real SMTP server (smtp-server) that the
 * test stops and starts again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import { outbox } from '@/db/schema';
import type { Locale } from '@/lib/constants';
import { freePort } from '../helpers/free-port';
import { mailsFor, startMailbox } from '../helpers/mailbox';
import { startApp, stopApp, type AppProcess } from './app-process';
import { launchChromium } from './chromium';
import { sessionCookie } from './sessions';
import { approveInReview } from './review';

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterAll(async () => {
  for (const clean of cleanups.reverse()) await clean();
});

const COORDINATORS: { city: string; locale: Locale; building: string; subject: string }[] = [
  { city: 'Namur', locale: 'fr', building: 'Citadelle de Namur', subject: 'Validée : Citadelle de Namur' },
  { city: 'Leuven', locale: 'nl', building: 'Stadhuis Leuven', subject: 'Goedgekeurd: Stadhuis Leuven' },
  { city: 'Eupen', locale: 'de', building: 'Rathaus Eupen', subject: 'Freigegeben: Rathaus Eupen' },
  { city: 'Tokyo', locale: 'en', building: 'Embassy of Belgium, Tokyo', subject: 'Approved: Embassy of Belgium, Tokyo' },
];

/** An organiser, four coordinators in four languages, and a submitted registration in each city. */
function seed(dataDir: string) {
  const { db, sqlite } = openDatabase(path.join(dataDir, DB_FILE_NAME));
  try {
    return db.transaction((tx) => {
      const campaign = createCampaign(tx, { year: 2040, published: true, registrationDeadline: new Date('2040-07-16T22:00:00Z') });
      const organiser = createUser(tx, { role: 'organiser', email: 'organiser@outbox.example', name: 'Olga', locale: 'en' });
      const people = COORDINATORS.map((c, i) => {
        const city = createCity(tx, { name: c.city, lat: 50.4 + i / 10, lng: 4.5 + i / 10 });
        const user = createUser(tx, { email: `${c.locale}@outbox.example`, name: `Coordinator ${c.locale}`, locale: c.locale }, [city.id]);
        const building = createBuilding(tx, { cityId: city.id, name: c.building, lat: city.lat, lng: city.lng });
        createIllumination(tx, { campaignId: campaign.id, buildingId: building.id, status: 'submitted', lightsOffTime: '23:30' });
        return { ...c, email: user.email };
      });
      return { organiser, people };
    });
  } finally {
    sqlite.close();
  }
}

/** What the outbox holds, read from the database as an operator would. */
function outboxRows(dataDir: string) {
  const { db, sqlite } = openDatabase(path.join(dataDir, DB_FILE_NAME));
  try {
    return db.select().from(outbox).where(eq(outbox.kind, 'review')).all();
  } finally {
    sqlite.close();
  }
}

describe('notices while the mail server is down', () => {
  it('wait in the outbox, survive a restart, and each arrives exactly once when the mail server is back', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-outbox-'));
    cleanups.push(() => fs.rmSync(work, { recursive: true, force: true }));
    const dataDir = path.join(work, 'data');
    const mailDir = path.join(work, 'mail');
    const smtpPort = await freePort();
    const appPort = await freePort();
    const env = {
      EMAIL_SERVER: `smtp://127.0.0.1:${smtpPort}`,
      // Retries after 1, 2, 4, 8… seconds, so that the test need not wait minutes.
      MAIL_RETRY_SECONDS: '1',
    };
    let mailbox = await startMailbox(mailDir, smtpPort);
    let app: AppProcess = await startApp({ dataDir, port: appPort, env });
    cleanups.push(() => stopApp(app));
    const { organiser, people } = seed(dataDir);

    const browser: Browser = await launchChromium();
    cleanups.push(() => browser.close());
    const openAsOrganiser = async () => {
      const context = await browser.newContext({ baseURL: app.baseURL, locale: 'en-GB' });
      const [name, value] = sessionCookie(dataDir, organiser.id).split('=') as [string, string];
      await context.addCookies([{ name, value, url: app.baseURL }]);
      return context.newPage();
    };
    const approve = (page: Awaited<ReturnType<typeof openAsOrganiser>>, building: string) => approveInReview(page, 2040, building);

    // The mail server goes down; two approvals.
    await mailbox.close();
    let page = await openAsOrganiser();
    await approve(page, people[0]!.building);
    await approve(page, people[1]!.building);

    // Their notices wait, each already tried and failed, and the organisers see them.
    await expect.poll(() => outboxRows(dataDir).filter((r) => r.attempts > 0).length, { timeout: 75_000 }).toBe(2);
    expect(outboxRows(dataDir).every((r) => r.status === 'waiting' && r.lastError)).toBe(true);
    await page.goto('/organise/outbox');
    await page.getByRole('heading', { name: 'Waiting to be sent (2)' }).waitFor();
    for (const p of people.slice(0, 2)) await page.getByRole('row').filter({ hasText: p.email }).waitFor();

    // The server restarts, mail still down, and two more approvals on the new process.
    await stopApp(app);
    app = await startApp({ dataDir, port: appPort, env });
    page = await openAsOrganiser();
    await approve(page, people[2]!.building);
    await approve(page, people[3]!.building);
    await expect.poll(() => outboxRows(dataDir).filter((r) => r.attempts > 0).length, { timeout: 75_000 }).toBe(4);

    // The mail server comes back: every notice arrives, each once, in its reader's language.
    mailbox = await startMailbox(mailDir, smtpPort);
    cleanups.push(() => mailbox.close());
    await expect.poll(() => outboxRows(dataDir).filter((r) => r.status === 'sent').length, { timeout: 90_000, interval: 500 }).toBe(4);
    for (const p of people) {
      const mails = await mailsFor(mailDir, p.email);
      expect(mails.map((m) => m.subject), p.email).toEqual([p.subject]);
    }
    // Nothing further is due: a later look finds the same mails, and an empty outbox page.
    await page.goto('/organise/outbox');
    await page.getByText('No mail is waiting.').waitFor();
    await page.getByText('No mail has failed.').waitFor();
    for (const p of people) expect(await mailsFor(mailDir, p.email)).toHaveLength(1);
  }, 240_000);
});
