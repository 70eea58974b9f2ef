/**
 * An organiser's partners, in a browser: adds an organisation with a
 * transparent logo (a website that is no web address refused on its field),
 * moves it up the list, invites a partner in Dutch; the partner follows the
 * invitation mail's link, asks for a sign-in link there and lands on their
 * own space (/nl/partner), is kept out of the coordinators' workspace and the
 * console, and sees their organisation on their account page. An organiser
 * then sees a logo the partner sent beside the current one and approves it.
 * Each page is checked by axe.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { partners } from '@/db/schema';
import { waitForMail } from '../helpers/mailbox';
import { axeViolations } from './axe';
import { pageErrors, setupBrowser } from './page';
import { linkIn, signIn, waitForSignInMail } from './sign-in';
import { createTestUser } from './users';

const e2e = setupBrowser();

/** A blue heart-ish square on a transparent background, as a PNG. */
const logoPng = () =>
  sharp({ create: { width: 240, height: 120, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: { create: { width: 80, height: 80, channels: 4, background: { r: 20, g: 70, b: 200, alpha: 1 } } }, left: 80, top: 20 }])
    .png()
    .toBuffer();

/** Puts a logo "sent by the partner" beside the organisation's current one, as the partner's profile form does. */
function sendPendingLogo(name: string): string {
  const dataDir = inject('dataDir');
  const { db, sqlite } = openDatabase(path.join(dataDir, DB_FILE_NAME));
  try {
    const row = db.select().from(partners).where(eq(partners.name, name)).get()!;
    const pending = `${crypto.randomBytes(16).toString('hex')}.webp`;
    fs.copyFileSync(path.join(dataDir, 'uploads', row.logo!), path.join(dataDir, 'uploads', pending));
    db.update(partners).set({ logoPending: pending }).where(eq(partners.id, row.id)).run();
    return pending;
  } finally {
    sqlite.close();
  }
}

const TIMEOUT = 150_000;
/** What the first step made, for the next ones. */
const made = { name: '', email: '', organiserEmail: '', organiser: null as Page | null };

describe('partners, kept by organisers', () => {
  it('adds an organisation with a logo, orders it, invites a partner in Dutch', async () => {
    const page = await e2e.newPage();
    made.organiserEmail = createTestUser({ role: 'organiser' }).email;
    made.organiser = page;
    await signIn(page, made.organiserEmail);
    await page.goto('/organise/partners');
    await page.getByRole('heading', { level: 1, name: 'Partners' }).waitFor();
    // The demo's organisations, in the organisers' order.
    await page.getByTestId('partner-PAG-ASA').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Add an organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add an organisation' }).waitFor();
    const name = (made.name = `Blue Runners ${Date.now()}`);
    await page.getByLabel('Name of the organisation').fill(name);
    await page.getByText('Name in other languages').click();
    await page.getByLabel('Name in Dutch').fill(`${name} (NL)`);
    await page.getByLabel('Kind of organisation').selectOption({ label: 'Sports club' });
    await page.getByLabel('Website').fill('javascript:alert(1)');
    await page.getByLabel('Short description').fill('Runners who run in blue on 30 July.');
    await page.getByLabel('Logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: await logoPng() });
    await page.getByRole('button', { name: 'Add the organisation' }).click();
    await page.getByText('Enter a web address starting with https://, e.g. https://www.pag-asa.be.', { exact: true }).last().waitFor();
    await expect(page.getByLabel('Website').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByLabel('Name of the organisation').inputValue()).resolves.toBe(name);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Website').fill('www.blue-runners.example');
    // A file field is not refilled after an error: the logo is chosen again.
    await page.getByLabel('Logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: await logoPng() });
    await page.getByRole('button', { name: 'Add the organisation' }).click();
    await page.waitForURL(/\/organise\/partners\?added=\d+$/);
    await page.getByRole('status').filter({ hasText: `${name} was added at the end of the list.` }).waitFor();
    const row = page.getByTestId(`partner-${name}`);
    // Its logo is served (re-encoded) and shown.
    const logo = row.locator('img.partner-list__logo');
    await expect(logo.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).resolves.toBeGreaterThan(0);
    await expect(row.getByText(/Sports club · on the partners page/).count()).resolves.toBe(1);

    // Last in the list; one place up.
    const items = page.locator('.partner-list > li');
    await expect(items.last().getAttribute('data-testid')).resolves.toBe(`partner-${name}`);
    await row.getByRole('button', { name: `Up ${name}` }).click();
    await row.getByText(`${name} moved up.`).waitFor();
    await expect(items.nth((await items.count()) - 2).getAttribute('data-testid')).resolves.toBe(`partner-${name}`);

    // Invite a partner, in Dutch, for the new organisation.
    const email = (made.email = `partner-${Date.now()}@e2e.example`);
    const invite = page.locator('section', { has: page.getByRole('heading', { name: 'Invite a partner' }) });
    await invite.getByLabel('Name', { exact: true }).fill('Pieter Peeters');
    await invite.getByLabel('E-mail address').fill(email);
    await invite.getByLabel('Language of their e-mails').selectOption('nl');
    await invite.getByLabel(name, { exact: true }).check();
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    await invite.getByText(`Invitation sent to ${email}.`).waitFor();
    await page.getByTestId(`partner-person-${email}`).getByText('Invited, not signed in yet').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  }, TIMEOUT);

  it('sends the partner a Dutch invitation whose sign-in lands on their own space, and keeps them out of the rest', async () => {
    const { name, email } = made;
    // The invitation, in Dutch, names the organisation (in Dutch) and links to the Dutch sign-in page.
    const mailDir = inject('mailDir');
    const invitation = await waitForMail(mailDir, email, 0);
    expect(invitation.subject).toBe('U bent als partner uitgenodigd voor Blue Lights');
    expect(invitation.text).toContain(`${name} (NL)`);
    const signInUrl = invitation.text.match(/https?:\/\/\S+\/nl\/sign-in/)![0];
    expect(new URL(signInUrl).origin).toBe(new URL(e2e.baseURL).origin);

    const partnerPage = await e2e.newPage();
    await partnerPage.goto(signInUrl);
    await partnerPage.getByLabel('E-mailadres').fill(email);
    await partnerPage.getByRole('button', { name: 'Stuur mij een aanmeldlink' }).click();
    await partnerPage.getByRole('heading', { name: 'Kijk in uw mailbox' }).waitFor();
    const link = linkIn((await waitForSignInMail(mailDir, email)).text);
    await partnerPage.goto(link);
    // Their own space.
    await partnerPage.waitForURL(/\/nl\/partner$/);
    await partnerPage.getByTestId('signed-in-user').getByText('Partner').waitFor();
    // The coordinators' workspace and the console refuse them, pointing them to their own space.
    for (const refused of ['/nl/coordinate', '/nl/coordinate/new', '/nl/organise', '/nl/organise/partners']) {
      const response = await partnerPage.goto(refused);
      expect(response?.status(), refused).toBe(403);
    }
    await partnerPage.getByRole('link', { name: 'Naar de evenementen van mijn organisatie' }).waitFor();
    await partnerPage.goto('/nl/account');
    await partnerPage.getByRole('list', { name: 'Organisaties' }).getByText(`${name} (NL)`).waitFor();
    expect(await axeViolations(partnerPage)).toEqual([]);
  }, TIMEOUT);

  it('shows a logo the partner sent beside the current one, and approves it', async () => {
    const { name } = made;
    // The organiser of the first step, still signed in.
    const page = made.organiser!;
    const row = page.getByTestId(`partner-${name}`);
    // A logo the partner sent waits beside the current one; the organiser approves it.
    const pending = sendPendingLogo(name);
    await page.goto('/organise/partners');
    await row.getByRole('link', { name: 'New logo waiting for your approval' }).click();
    await page.getByRole('heading', { name: 'A new logo waits for your approval' }).waitFor();
    await expect(page.getByTestId('pending-logo').getAttribute('src')).resolves.toBe(`/uploads/${pending}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Approve the new logo' }).click();
    await page.getByRole('status').filter({ hasText: `The new logo of ${name} is now public.` }).waitFor();
    // Decided: no longer waiting, and the new logo is the one shown.
    await expect(page.getByTestId('pending-logo').count()).resolves.toBe(0);
    await expect(page.getByRole('img', { name: `Current logo of ${name}` }).getAttribute('src')).resolves.toBe(`/uploads/${pending}`);
    expect(pageErrors(page)).toEqual([]);
  }, TIMEOUT);
});
