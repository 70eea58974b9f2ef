import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium';

export type E2E = { browser: Browser; baseURL: string; newPage: (options?: { locale?: string; mobile?: boolean }) => Promise<Page> };

/**
 * One Chromium per test file. Pages record uncaught errors in `page.errors`,
 * so that a test can assert that none happened.
 */
export function setupBrowser(): E2E {
  const ctx = { baseURL: inject('baseURL') } as E2E;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    ctx.browser = await launchChromium();
    ctx.newPage = async ({ locale = 'en-GB', mobile = false } = {}) => {
      const context = await ctx.browser.newContext({
        baseURL: ctx.baseURL,
        locale,
        viewport: mobile ? { width: 390, height: 844 } : { width: 1280, height: 900 },
        isMobile: mobile,
        hasTouch: mobile,
      });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      (page as Page & { errors: string[] }).errors = errors;
      return page;
    };
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await ctx.browser?.close();
  });
  return ctx;
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}
