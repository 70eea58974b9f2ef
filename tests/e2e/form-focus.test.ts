import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { ensureOpenCampaign } from './fixtures/open-campaign';
import { pageErrors, setupBrowser } from './page';
import { signIn } from './sign-in';
import { createTestUser } from './users';

const e2e = setupBrowser();

/** A campaign of these tests' own; nothing is saved in it. */
const YEAR = 2097;

beforeAll(() => ensureOpenCampaign(YEAR));

async function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** When `answer` appears it has the focus, and one Tab leads from it to `next`. */
async function expectFocusThenTab(page: Page, answer: Locator, next: Locator) {
  await answer.waitFor();
  expect(await hasFocus(answer)).toBe(true);
  await page.keyboard.press('Tab');
  expect(await hasFocus(next)).toBe(true);
}

const formInvalid = (page: Page) => page.getByRole('alert').filter({ hasText: 'Please correct the fields marked below.' });

/** Sends a form the way a keyboard user does: Enter on its button. */
async function pressButton(page: Page, name: string) {
  await page.getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
}

async function newRegistration(page: Page) {
  const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Antwerp'] });
  await signIn(page, coordinator.email);
  await page.goto(`/coordinate/new?year=${YEAR}`);
  await page.getByRole('application', { name: /Map to place the building/ }).waitFor();
}

describe('the focus after a form is answered', () => {
  it('goes to what went wrong after a failed save, and the next Tab leads to the first error’s link, which leads to its field', async () => {
    const page = await e2e.newPage();
    await newRegistration(page);
    await page.getByLabel('Building name').fill('Het Steen '.repeat(13));
    await page.getByLabel('Latitude').fill('51,2227');
    await page.getByLabel('Longitude').fill('400');
    await pressButton(page, 'Submit for review');

    // The summary heads the form and lists each error as a link to its field, in the form's order:
    // one Tab and the user is at the first error's link, not at the top of the page.
    const summary = formInvalid(page);
    const links = summary.getByRole('link');
    const nameLink = summary.getByRole('link', { name: 'Building name: Use at most 120 characters.' });
    await expectFocusThenTab(page, summary, nameLink);
    await expect(links.allTextContents()).resolves.toEqual(['Building name: Use at most 120 characters.', 'Longitude: A longitude lies between -180 and 180.']);
    await expect(links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).resolves.toEqual(['#field-name', '#field-lng']);

    // Enter on a link puts the focus in its field, ready to be corrected.
    await page.keyboard.press('Enter');
    expect(await hasFocus(page.getByLabel('Building name'))).toBe(true);
    await summary.getByRole('link', { name: /^Longitude:/ }).click();
    expect(await hasFocus(page.getByLabel('Longitude'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('links the errors of a form in French with the labels of its fields', async () => {
    const page = await e2e.newPage();
    await page.goto('/fr/sign-in');
    const email = page.getByLabel('Adresse e-mail');
    await email.fill('pas une adresse');
    await email.press('Enter');
    const link = page.getByRole('alert').getByRole('link', { name: /^Adresse e-mail\s: Saisissez/ });
    await link.waitFor();
    await link.click();
    expect(await hasFocus(email)).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it('goes to the "is this the same building?" question when it appears', async () => {
    const page = await e2e.newPage();
    await newRegistration(page);
    await page.getByLabel('Building name').fill('Antwerp City Hall');
    await page.getByLabel('Latitude').fill('51,2211');
    await page.getByLabel('Longitude').fill('4,3997');
    await pressButton(page, 'Submit for review');

    const question = page.getByRole('group', { name: 'Is this the same as …?' });
    const same = question.getByRole('radio', { name: /^Yes, it is Antwerp City Hall/ });
    await expectFocusThenTab(page, question, same);
    await expect(same.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('goes to the error of a form whose button was disabled while sending, one Tab before the link to the field in error', async () => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill('not an address');
    await pressButton(page, 'Send me a sign-in link');

    const email = page.getByLabel('E-mail address');
    const link = formInvalid(page).getByRole('link', { name: 'E-mail address: Enter an e-mail address, e.g. name@city.be.' });
    await expectFocusThenTab(page, formInvalid(page), link);
    await page.keyboard.press('Enter');
    expect(await hasFocus(email)).toBe(true);
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(pageErrors(page)).toEqual([]);
  });
});
