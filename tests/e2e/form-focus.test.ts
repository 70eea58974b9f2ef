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
  it('goes to what went wrong after a failed save, and the next Tab leads back into the form', async () => {
    const page = await e2e.newPage();
    await newRegistration(page);
    await page.getByLabel('Building name').fill('Het Steen '.repeat(13));
    await page.getByLabel('Latitude').fill('51,2227');
    await page.getByLabel('Longitude').fill('400');
    await pressButton(page, 'Submit for review');

    // The summary heads the form: one Tab and the user is at its first field, not at the top of the page.
    await expectFocusThenTab(page, formInvalid(page), page.getByRole('combobox', { name: 'City' }));
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

  it('goes to the error of a form whose button was disabled while sending, one Tab before the field in error', async () => {
    const page = await e2e.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill('not an address');
    await pressButton(page, 'Send me a sign-in link');

    const email = page.getByLabel('E-mail address');
    await expectFocusThenTab(page, formInvalid(page), email);
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(pageErrors(page)).toEqual([]);
  });
});
