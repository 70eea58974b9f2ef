import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { pageErrors, setupBrowser } from './page';
import { signIn } from './sign-in';
import { createTestUser } from './users';

const e2e = setupBrowser();

type Role = 'organiser' | 'coordinator';

async function signedIn(role: Role, viewport: { width: number; height: number }): Promise<Page> {
  const context = await e2e.browser.newContext({ baseURL: e2e.baseURL, locale: 'en-GB', viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors: string[] }).errors = errors;
  await signIn(page, createTestUser({ role, cityNames: role === 'coordinator' ? ['Brussels'] : [] }).email);
  return page;
}

const home: Record<Role, string> = { organiser: '/organise', coordinator: '/coordinate' };
const headerHeight = (page: Page) => page.locator('header.site-header').evaluate((el) => el.getBoundingClientRect().height);

/** Whether the visible items of a flex row lie on one row: each overlaps every other vertically. */
function oneRow(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const boxes = [...el.children].map((c) => c.getBoundingClientRect()).filter((b) => b.width > 0);
    return Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom));
  });
}

describe('the signed-in header', () => {
  it.each([
    ['organiser', 'fr'],
    ['organiser', 'nl'],
    ['coordinator', 'fr'],
    ['coordinator', 'nl'],
  ] as const)('on a phone takes one line for the %s in %s, the rest in a menu a keyboard opens', async (role, locale) => {
    const page = await signedIn(role, { width: 390, height: 844 });
    await page.goto(`/${locale}${home[role]}`);
    expect(await headerHeight(page)).toBeLessThanOrEqual(64);
    // The role shows; the links wait in the menu.
    await page.getByTestId('signed-in-user').locator('.role-badge').waitFor();
    const menu = page.locator('.site-menu');
    const account = menu.getByRole('link', { name: locale === 'fr' ? 'Votre compte' : 'Uw account' });
    await expect(account.isVisible()).resolves.toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    // Tab reaches the menu's button; Enter opens it; the next Tab goes into it.
    const toggle = menu.locator('summary');
    await expect(toggle.textContent()).resolves.toBe('Menu');
    await page.locator('.brand').focus();
    let tabs = 0;
    while (!(await toggle.evaluate((el) => el === document.activeElement)) && tabs++ < 10) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await account.waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('.site-menu') !== null)).resolves.toBe(true);
    // Open, it lies over the page below the header, which keeps its height.
    expect(await headerHeight(page)).toBeLessThanOrEqual(64);
    await expect(menu.getByRole('button', { name: locale === 'fr' ? 'Déconnexion' : 'Afmelden' }).isVisible()).resolves.toBe(true);
    await expect(menu.getByRole('link', { name: 'FR Français' }).isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await account.waitFor({ state: 'hidden' });
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it.each(['fr', 'nl'] as const)('on a laptop in %s keeps the header and the console tabs on one row each', async (locale) => {
    const page = await signedIn('organiser', { width: 1440, height: 900 });
    await page.goto(`/${locale}/organise`);
    // No menu button there: every link is in view.
    await expect(page.locator('.site-menu summary').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-header__nav a').first().isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('signed-in-user').locator('.site-header__name').isVisible()).resolves.toBe(true);
    expect(await headerHeight(page)).toBeLessThanOrEqual(64);
    await expect(oneRow(page, '.site-header__inner')).resolves.toBe(true);
    await expect(oneRow(page, '.site-menu .site-header__user')).resolves.toBe(true);
    await expect(oneRow(page, '.organise-nav ul')).resolves.toBe(true);
    // Here they even fit: nothing hides at the end of the row.
    const header = await page.locator('.site-header__inner').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(header.scroll, 'the whole header in view').toBeLessThanOrEqual(header.client);
    const tabs = await page.locator('.organise-nav ul').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(tabs.scroll, 'every tab in view').toBeLessThanOrEqual(tabs.client);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('on a phone scrolls the console tabs sideways instead of wrapping them', async () => {
    const page = await signedIn('organiser', { width: 390, height: 844 });
    await page.goto('/nl/organise');
    await expect(oneRow(page, '.organise-nav ul')).resolves.toBe(true);
    const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(fits).toBe(true);
    await page.context().close();
  });
});
