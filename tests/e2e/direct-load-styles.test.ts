import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureOpenCampaign } from './fixtures/open-campaign';
import { setupBrowser } from './page';
import { signIn } from './sign-in';
import { demoFacts, SITE_PAGES, type Visitor } from './site-pages';
import { createTestUser } from './users';

const e2e = setupBrowser();

/** A campaign of this test's own (not published): an import preview is made for it. */
const YEAR = 2088;

beforeAll(() => ensureOpenCampaign(YEAR));

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

/** What a person sees of each element of the page's main part, by its place in it: a few computed properties. */
function computedLook(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const PROPERTIES = [
      'display', 'position', 'color', 'background-color', 'border-top-style', 'border-top-width', 'border-top-color',
      'border-top-left-radius', 'padding-top', 'padding-left', 'margin-top', 'margin-bottom', 'font-size', 'font-weight',
      'text-align', 'vertical-align', 'grid-template-columns', 'column-gap', 'flex-wrap', 'list-style-type', 'height',
    ];
    const main = document.querySelector('main');
    if (!main) return ['no main part'];
    const place = (el: Element): string => {
      const parts: string[] = [];
      for (let at: Element | null = el; at && at !== main; at = at.parentElement) {
        parts.unshift(`${at.tagName.toLowerCase()}${at.classList.length ? `.${[...at.classList].sort().join('.')}` : ''}`);
      }
      return `main>${parts.join('>')}`;
    };
    const looks = new Set<string>();
    for (const el of [main, ...main.querySelectorAll('*')]) {
      // Inside a map: tiles and markers move with the map, not with the stylesheets.
      if (el.parentElement?.closest('.leaflet-container')) continue;
      const style = getComputedStyle(el);
      // Not shown: a form's hidden fields differ between a page rendered by the server and in the browser.
      if (style.display === 'none') continue;
      looks.add(`${el === main ? 'main' : place(el)} { ${PROPERTIES.map((p) => `${p}: ${style.getPropertyValue(p)}`).join('; ')} }`);
    }
    return [...looks].sort();
  });
}

describe('an organiser page looks the same opened directly as reached by a click', () => {
  it('from the coordinators\' workspace (whose own stylesheet is then loaded) as from a bookmark', async () => {
    const facts = demoFacts();
    const { context, page } = await visitorContext('organiser');
    // A preview of an import with a column the site does not know: it says so in a warning note.
    await page.goto('/organise/import');
    await page.getByLabel(/^Campaign$/).selectOption({ label: `${YEAR} (not published)` });
    await page
      .getByLabel(/^File \(CSV or XLSX/)
      .setInputFiles({ name: 'colours.csv', mimeType: 'text/csv', buffer: Buffer.from('city;name;colour\r\nBrussels;Styles check hall;blue\r\n', 'utf8') });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.waitForURL(/\/organise\/import\/[0-9a-f]{32}$/);
    const preview = new URL(page.url()).pathname;
    const pages = [
      { name: 'import preview', path: preview },
      { name: 'review', path: '/organise/review' },
      { name: 'registrations', path: `/organise/registrations?year=${facts.year}&status=` },
      { name: 'help centres', path: '/organise/help-centres' },
    ];

    // Opened from a bookmark or a mail: a new document each time.
    const direct = new Map<string, string[]>();
    for (const { path } of pages) {
      await page.goto(path);
      await settled(page, path);
      direct.set(path, await computedLook(page));
    }
    // The note is shaded as a warning even on a page opened directly.
    expect(direct.get(preview)!.filter((look) => look.includes('.warning {')).every((look) => look.includes('background-color: rgb(255, 244, 214)'))).toBe(true);
    expect(direct.get(preview)!.some((look) => look.includes('.warning {'))).toBe(true);

    // Reached by a click, after a look at the coordinators' workspace (organisers may use it too).
    const workspace = `/coordinate?year=${facts.year}`;
    await page.goto(workspace);
    await settled(page, workspace);
    const differences: string[] = [];
    for (const { name, path } of pages) {
      await softNavigate(page, path);
      const inApp = await computedLook(page);
      const opened = direct.get(path)!;
      const onlyInApp = inApp.filter((look) => !opened.includes(look));
      const onlyOpened = opened.filter((look) => !inApp.includes(look));
      if (onlyInApp.length || onlyOpened.length) {
        const some = (looks: string[]) => `${looks.slice(0, 3).join(' ; ')}${looks.length > 3 ? ` … (${looks.length})` : ''}`;
        differences.push(`${name} (${path}) reached in the app: ${some(onlyInApp)} || opened directly: ${some(onlyOpened)}`);
      }
    }
    await context.close();
    expect(differences).toEqual([]);
  }, 180_000);
});
