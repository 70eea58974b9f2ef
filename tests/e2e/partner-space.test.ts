import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { serveBlankTiles } from './map-helpers';
import { pageErrors, setupBrowser } from './page';
import { isSignInMail, linkIn, waitForSignInMail } from './sign-in';
import { mailsFor } from '../helpers/mailbox';

const e2e = setupBrowser();

/** The demo partner of PAG-ASA, who works in Dutch. */
const PARTNER = 'partner@bluelights.example';

let cookies: Awaited<ReturnType<ReturnType<Page['context']>['cookies']>> = [];

// Signs in once, with a real e-mail link that leads to the partner space; each test's browser then carries that session.
beforeAll(async () => {
  const page = await e2e.newPage();
  const mailDir = inject('mailDir');
  const before = (await mailsFor(mailDir, PARTNER)).filter(isSignInMail).length;
  await page.goto('/sign-in?callbackUrl=%2Fnl%2Fpartner');
  await page.getByLabel('E-mail address').fill(PARTNER);
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
  await page.goto(linkIn((await waitForSignInMail(mailDir, PARTNER, before)).text));
  await page.getByRole('heading', { name: 'Jullie activiteiten', level: 1 }).waitFor();
  await page.getByTestId('signed-in-user').waitFor();
  cookies = await page.context().cookies();
});

async function partnerPage(width?: number): Promise<Page> {
  const page = await e2e.newPage({ mobile: width !== undefined });
  if (width) await page.setViewportSize({ width, height: 800 });
  await page.context().addCookies(cookies);
  await serveBlankTiles(page);
  return page;
}

const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the partner space', () => {
  it('a partner registers an information stand in Leuven by clicking on the map, and sees it waiting for review', async () => {
    const page = await partnerPage();
    await page.goto('/nl/partner');
    await page.getByRole('heading', { name: 'Jullie activiteiten', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Een activiteit aanmelden' }).click();
    await page.getByRole('heading', { name: 'Een activiteit aanmelden' }).waitFor();
    const title = `Infostand Leuven ${Date.now()}`;
    await page.getByLabel('Soort activiteit').selectOption('information_stand');
    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.getByLabel('Stad of gemeente').fill('Leuven');
    await page.getByLabel('Adres').fill('Ladeuzeplein, 3000 Leuven');
    const map = page.getByRole('application', { name: /Kaart: klik waar de activiteit plaatsvindt/ });
    await map.waitFor();
    // The map has gone to Leuven: a click near its middle is in Leuven.
    await page.waitForTimeout(300);
    await map.click({ position: { x: 150, y: 100 } });
    await expect(page.getByLabel('Breedtegraad').inputValue()).resolves.toMatch(/^50\.8\d+$/);
    await expect(page.getByLabel('Lengtegraad').inputValue()).resolves.toMatch(/^4\.[67]\d+$/);
    await expect(page.getByTestId('far-from-city').textContent()).resolves.toBe('');
    await expect(page.getByLabel('Datum').inputValue()).resolves.toMatch(/^\d{4}-07-30$/);
    await page.getByLabel('Begint om').fill('14:00');
    await page.getByLabel('Eindigt om').fill('18:00');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'De activiteit aanmelden' }).click();

    await page.getByTestId('notice').getByText('Jullie activiteit is aangemeld.').waitFor();
    const card = page.getByTestId('partner-event').filter({ hasText: title });
    await expect(card.getByText('Wacht op nazicht').count()).resolves.toBe(1);
    await expect(card.textContent()).resolves.toMatch(/30 juli \d{4}, 14:00–18:00 \(Midden-Europese tijd\)/);
    await expect(card.textContent()).resolves.toContain('Leuven');
    expect(pageErrors(page)).toEqual([]);
  });

  it('a form with bad input shows each field’s error in Dutch, and keeps what was typed', async () => {
    const page = await partnerPage();
    await page.goto('/nl/partner/new');
    await page.getByLabel('Stad of gemeente').fill('Leuven');
    await page.getByLabel('Breedtegraad').fill('95');
    await page.getByLabel('Lengtegraad').fill('4,70');
    await page.getByLabel('Begint om').fill('25:00');
    await page.getByLabel('Eindigt om').fill('18:00');
    await page.getByLabel('Webpagina (niet verplicht)').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'De activiteit aanmelden' }).click();

    await page.getByText('Verbeter de velden die hieronder gemarkeerd zijn.').waitFor();
    const errorOf = (label: string) => page.locator('div.field', { has: page.getByLabel(label, { exact: true }) });
    await expect(errorOf('Titel').textContent()).resolves.toContain('Dit veld is verplicht.');
    await expect(errorOf('Breedtegraad').textContent()).resolves.toContain('Een breedtegraad ligt tussen -90 en 90.');
    await expect(errorOf('Begint om').textContent()).resolves.toContain('Dat tijdstip bestaat niet');
    await expect(errorOf('Webpagina (niet verplicht)').textContent()).resolves.toContain('Geef een webadres dat begint met http:// of https://.');
    await expect(page.getByLabel('Stad of gemeente').inputValue()).resolves.toBe('Leuven');
    await expect(page.getByLabel('Eindigt om').inputValue()).resolves.toBe('18:00');
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('fits a 360 px screen', async () => {
    const page = await partnerPage(360);
    for (const path of ['/nl/partner', '/nl/partner/new', '/nl/partner/profile']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await noOverflow(page), path).toBe(true);
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
});
