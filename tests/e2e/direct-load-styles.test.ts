import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './page';
import { signIn } from './sign-in';
import { demoFacts, SITE_PAGES, type Visitor } from './site-pages';
import { createTestUser } from './users';

const e2e = setupBrowser();

/**
 * The style rules in effect on the page: every rule of every stylesheet whose
 * selector matches an element of the page, keyed by its selector (and the
 * media it depends on). Hover, focus and pseudo-elements are left out of the
 * match (a badge's `::before` counts when the badge is there). Chunk names do
 * not matter, only what the page looks like.
 */
function rulesInEffect(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const DYNAMIC = /::?(?:before|after|placeholder|backdrop|marker|selection|file-selector-button|hover|focus-visible|focus-within|focus|active|visited|link|target)\b/g;
    const split = (text: string) => {
      const parts: string[] = [];
      let depth = 0;
      let start = 0;
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '(') depth++;
        else if (text[i] === ')') depth--;
        else if (text[i] === ',' && depth === 0) {
          parts.push(text.slice(start, i).trim());
          start = i + 1;
        }
      }
      parts.push(text.slice(start).trim());
      return parts;
    };
    // A map's passing states (panning, zooming, dragging) depend on the moment, not on the stylesheets.
    const PASSING = /\.leaflet-(?:pan-anim|zoom-anim|dragging|drag-target)\b/;
    const matches = (selector: string) => {
      if (PASSING.test(selector)) return false;
      const plain = selector.replace(DYNAMIC, '').trim() || '*';
      try {
        return document.querySelector(plain.endsWith('>') ? `${plain} *` : plain) !== null;
      } catch {
        return false;
      }
    };
    const found = new Set<string>();
    const walk = (rules: CSSRuleList, context: string) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) {
          for (const selector of split(rule.selectorText)) if (matches(selector)) found.add(`${context}${selector}`);
        } else if (rule instanceof CSSMediaRule) {
          walk(rule.cssRules, `${context}@media ${rule.conditionText} | `);
        } else if (rule instanceof CSSSupportsRule) {
          walk(rule.cssRules, `${context}@supports ${rule.conditionText} | `);
        } else if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) {
          walk((rule as CSSGroupingRule).cssRules, context);
        }
      }
    };
    for (const sheet of document.styleSheets) {
      try {
        walk(sheet.cssRules, '');
      } catch {
        // A stylesheet of another origin: none on this site.
      }
    }
    return [...found].sort();
  });
}

/** Waits until the page at `path` is shown and every stylesheet it asked for has loaded. */
async function settled(page: Page, path: string) {
  const target = new URL(path, 'http://x');
  await page.waitForFunction(
    ({ pathname, search }) => {
      const here = new URL(location.href);
      // A language chosen earlier (its cookie) may put its prefix in front.
      const samePath = here.pathname.replace(/^\/(?:fr|nl|de)(?=\/|$)/, '').replace(/\/$/, '') === pathname.replace(/^\/(?:fr|nl|de)(?=\/|$)/, '').replace(/\/$/, '');
      const sheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
      return samePath && here.search === search && document.readyState === 'complete' && sheets.every((l) => l.sheet !== null);
    },
    { pathname: target.pathname, search: target.search },
  ).catch(async (error: Error) => {
    const state = await page.evaluate(() => ({ url: location.href, ready: document.readyState, pending: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((l) => !l.sheet).map((l) => l.outerHTML) }));
    throw new Error(`${path} did not settle (${JSON.stringify(state)}): ${error.message}`);
  });
  await page.waitForLoadState('networkidle');
  // A map draws its markers once its data and script are in: compare the page as it then looks
  // (a map with nothing to show is given five seconds).
  await page
    .waitForFunction(() => {
      const map = document.querySelector('.leaflet-container');
      return !map || map.querySelector('.leaflet-marker-icon') !== null;
    }, undefined, { timeout: 5_000 })
    .catch(() => undefined);
}

/** Client-side navigation, as a click on a link of the app does: no new document. */
async function softNavigate(page: Page, path: string) {
  const marker = await page.evaluate(() => {
    const w = window as Window & { __sameDocument?: number };
    w.__sameDocument = Math.random();
    return w.__sameDocument;
  });
  await page.evaluate((to) => {
    const w = window as Window & { next?: { router?: { push: (href: string) => void } } };
    if (!w.next?.router) throw new Error('No Next.js router on this page');
    w.next.router.push(to);
  }, path);
  await settled(page, path).catch((error: Error) => {
    throw new Error(`Navigating in the app to ${path} ended on ${page.url()}: ${error.message}`);
  });
  const still = await page.evaluate(() => (window as Window & { __sameDocument?: number }).__sameDocument);
  if (still !== marker) throw new Error(`Reaching ${path} loaded a new document instead of navigating in the page`);
}

async function visitorContext(as: Visitor) {
  const context = await e2e.browser.newContext({ baseURL: e2e.baseURL, locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (as === 'coordinator') await signIn(page, createTestUser({ role: 'coordinator', cityNames: ['Brussels'] }).email);
  if (as === 'organiser') await signIn(page, createTestUser({ role: 'organiser' }).email);
  return { context, page };
}

describe('a page looks the same however it is reached', () => {
  it.each(['public', 'coordinator', 'organiser'] as const)(
    'every %s page opened directly has the styles it has when reached inside the app',
    async (as) => {
      const facts = demoFacts();
      const pages = SITE_PAGES.filter((p) => p.as === as).map((p) => ({ name: p.name, path: p.path(facts) }));
      const { context, page } = await visitorContext(as);

      // Opened from a bookmark or a mail: a new document each time.
      const direct = new Map<string, string[]>();
      for (const { path } of pages) {
        await page.goto(path);
        await settled(page, path);
        direct.set(path, await rulesInEffect(page));
      }

      // Reached inside the app, after a walk through every other page (whose styles stay loaded).
      const first = pages[0]!.path;
      await page.goto(first);
      await settled(page, first);
      for (const { path } of pages.slice(1)) await softNavigate(page, path);
      const differences: string[] = [];
      for (const { name, path } of pages) {
        await softNavigate(page, path);
        const inApp = await rulesInEffect(page);
        const opened = direct.get(path)!;
        const missing = inApp.filter((rule) => !opened.includes(rule));
        const extra = opened.filter((rule) => !inApp.includes(rule));
        if (missing.length) differences.push(`${name} (${path}) opened directly lacks: ${missing.slice(0, 8).join(' ; ')}${missing.length > 8 ? ` … (${missing.length})` : ''}`);
        if (extra.length) differences.push(`${name} (${path}) reached in the app lacks: ${extra.slice(0, 8).join(' ; ')}${extra.length > 8 ? ` … (${extra.length})` : ''}`);
      }
      await context.close();
      expect(differences).toEqual([]);
    },
    180_000,
  );
});
