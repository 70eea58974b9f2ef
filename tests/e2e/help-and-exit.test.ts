import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXIT_URL } from '@/lib/help/exit-script';
import { HELP_LANGUAGES, helpPath } from '@/lib/help/languages';
import { axeViolations } from './axe';
import { pageErrors, setupBrowser } from './page';

const e2e = setupBrowser();

/** The shared server's EXIT_URL is the default; the browser gets this page for it, with no network. */
const NEUTRAL = '<!doctype html><html lang="en"><title>Weather</title><h1>Weather today</h1></html>';

async function visitor({
  locale = 'en-GB',
  acceptLanguage,
  mobile = false,
  javaScriptEnabled = true,
  width,
}: { locale?: string; acceptLanguage?: string; mobile?: boolean; javaScriptEnabled?: boolean; width?: number } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await e2e.browser.newContext({
    baseURL: e2e.baseURL,
    locale,
    extraHTTPHeaders: acceptLanguage ? { 'Accept-Language': acceptLanguage } : {},
    viewport: mobile ? { width: width ?? 390, height: 844 } : { width: width ?? 1440, height: 900 },
    isMobile: mobile,
    hasTouch: mobile,
    javaScriptEnabled,
  });
  const exit = new URL(DEFAULT_EXIT_URL);
  await context.route(`${exit.origin}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: NEUTRAL }));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors: string[] }).errors = errors;
  return { context, page };
}

function onNeutralSite(page: Page): Promise<void> {
  return page.waitForURL(DEFAULT_EXIT_URL, { timeout: 10_000 });
}

describe('help for victims and witnesses', () => {
  it('a Romanian visitor on a phone goes from the hotline strip to help in Romanian, and leaves with no way back', async () => {
    const { context, page } = await visitor({ locale: 'ro-RO', acceptLanguage: 'ro-RO,ro;q=0.9,en;q=0.5', mobile: true });
    await page.goto('/');
    const strip = page.getByRole('note').filter({ hasText: '078/055.800' });
    await strip.getByRole('link', { name: 'Victim or witness of human trafficking?' }).tap();
    await page.waitForURL('**/help/ro');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ro');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Ajutor pentru victimele și martorii traficului de persoane');
    // The hotline from Belgium and from abroad, both ready to call; the website; the three centres and their cities.
    const calls = page.locator('a[href="tel:+3278055800"]');
    await expect(calls.allTextContents()).resolves.toEqual(['078/055.800', '+32 78 05 58 00']);
    await expect(page.getByRole('link', { name: 'www.stophumantrafficking.be' }).getAttribute('href')).resolves.toBe('https://www.stophumantrafficking.be');
    const centres = await page.locator('.help-centres li').allTextContents();
    expect(centres).toEqual(['PAG-ASA — Bruxelles', 'Payoke — Anvers', 'Sürya — Liège']);
    // Every language of the page, each in its own words; this one marked.
    await expect(page.locator('#languages a').count()).resolves.toBe(19);
    await expect(page.locator('#languages a[aria-current="page"]').textContent()).resolves.toBe('Română');

    await page.getByRole('link', { name: 'Ieși de pe această pagină' }).tap();
    await onNeutralSite(page);
    await page.goBack();
    await page.waitForLoadState('load');
    expect(page.url()).not.toContain('/help');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('Shift pressed three times leaves the page, typing capitals does not', async () => {
    const { context, page } = await visitor();
    await page.goto('/help/en');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Shift+KeyA');
    await page.keyboard.press('Shift+KeyB');
    await page.keyboard.press('Shift+KeyC');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/help/en');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await onNeutralSite(page);
    await context.close();
  });

  it('the hotline strip of every page has the exit too: from the About page, at once', async () => {
    const { context, page } = await visitor();
    await page.goto('/');
    await page.getByRole('link', { name: 'About', exact: true }).click();
    await page.waitForURL('**/about');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('The Blue Heart Campaign');
    await page.getByRole('note').getByRole('link', { name: 'Exit this page' }).click();
    await onNeutralSite(page);
    await page.goBack();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });

  it('without JavaScript, the exit is a plain link to EXIT_URL that tells the other site nothing', async () => {
    const { context, page } = await visitor({ javaScriptEnabled: false });
    await page.goto('/help/fr');
    const exit = page.getByRole('link', { name: 'Quitter cette page' });
    await expect(exit.getAttribute('href')).resolves.toBe(DEFAULT_EXIT_URL);
    await expect(exit.getAttribute('rel')).resolves.toBe('noreferrer');
    await expect(exit.getAttribute('target')).resolves.toBeNull();
    await exit.click();
    await onNeutralSite(page);
    await context.close();
  });

  it('the Arabic page reads right to left', async () => {
    const { context, page } = await visitor({ locale: 'ar', acceptLanguage: 'ar' });
    await page.goto('/help');
    await page.waitForURL('**/help/ar');
    const root = await page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }));
    expect(root).toEqual({ dir: 'rtl', lang: 'ar' });
    // Text starts on the right: the heading's words end at the right edge of the column, with room on the left.
    const layout = await page.evaluate(() => {
      const main = document.querySelector('main')!.getBoundingClientRect();
      const pad = parseFloat(getComputedStyle(document.querySelector('main')!).paddingRight);
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('#help-signs')!);
      const text = range.getBoundingClientRect();
      const exit = document.querySelector('.help-bar .exit-page')!.getBoundingClientRect();
      const language = document.querySelector('.help-bar__language')!.getBoundingClientRect();
      return { textRight: text.right, textLeft: text.left, columnRight: main.right - pad, columnLeft: main.left, exitLeft: exit.left, languageLeft: language.left };
    });
    expect(Math.abs(layout.textRight - layout.columnRight)).toBeLessThan(2);
    expect(layout.textLeft - layout.columnLeft).toBeGreaterThan(50);
    // The bar is mirrored: the exit on the left, the language on the right.
    expect(layout.exitLeft).toBeLessThan(layout.languageLeft);
    // Numbers stay as dialled.
    await expect(page.locator('.help-call__number').evaluate((el) => getComputedStyle(el).direction)).resolves.toBe('ltr');
    await context.close();
  });

  it('about and help, in English and Arabic, have no accessibility violations', async () => {
    const { context, page } = await visitor();
    for (const path of ['/about', '/fr/about', '/help/en', '/help/ar']) {
      await page.goto(path);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await context.close();
  });

  it('fit a 360 px phone without scrolling sideways, in every script', async () => {
    const { context, page } = await visitor({ mobile: true, width: 360 });
    const helpPages = HELP_LANGUAGES.map((l) => helpPath(l.code));
    for (const path of ['/', '/de', '/about', '/de/about', ...helpPages]) {
      await page.goto(path);
      await page.waitForLoadState('load');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(360);
    }
    await context.close();
  });
});

describe('help page addresses', () => {
  it('/help sends each browser to its own language, unstored; an interface language is the fallback', async () => {
    const ask = (path: string, acceptLanguage: string) => fetch(`${e2e.baseURL}${path}`, { redirect: 'manual', headers: { 'Accept-Language': acceptLanguage } });
    const ro = await ask('/help', 'ro-RO,ro;q=0.9');
    expect(ro.status).toBe(307);
    expect(new URL(ro.headers.get('location')!, e2e.baseURL).pathname).toBe('/help/ro');
    expect(ro.headers.get('cache-control')).toBe('private, no-store');
    expect(ro.headers.get('vary')).toContain('Accept-Language');
    const fr = await ask('/fr/help', 'ja');
    expect(new URL(fr.headers.get('location')!, e2e.baseURL).pathname).toBe('/help/fr');
    const unknown = await ask('/help/xx', 'uk');
    expect(new URL(unknown.headers.get('location')!, e2e.baseURL).pathname).toBe('/help/uk');
  });

  it('help and about pages come from the public page cache, each response with its own nonce', async () => {
    for (const path of ['/help/ro', '/help/ar', '/about', '/nl/about']) {
      let hit: { html: string; csp: string } | null = null;
      for (let i = 0; i < 50 && !hit; i++) {
        const res = await fetch(`${e2e.baseURL}${path}`);
        const html = await res.text();
        expect(res.status, path).toBe(200);
        if (res.headers.get('x-page-cache') === 'hit') hit = { html, csp: res.headers.get('content-security-policy') ?? '' };
        else await new Promise((r) => setTimeout(r, 100));
      }
      expect(hit, `${path} stored`).not.toBeNull();
      const nonce = hit!.csp.match(/'nonce-([^']+)'/)?.[1];
      const scripts = hit!.html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
  });
});
