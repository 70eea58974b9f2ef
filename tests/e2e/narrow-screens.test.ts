import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './page';
import { signIn } from './sign-in';
import { demoFacts, SITE_PAGES, type Visitor } from './site-pages';
import { createTestUser } from './users';

const e2e = setupBrowser();

/** The narrowest phone screen in common use, in CSS pixels. */
const WIDTH = 360;

/** What sticks out to the right of the screen, for the failure message: the outermost such elements. */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const wide = [...document.querySelectorAll('body *')].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.right > width + 0.5;
    });
    const outermost = wide.filter((el) => !wide.some((other) => other !== el && other.contains(el)));
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: width,
      culprits: outermost.slice(0, 5).map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (${Math.round(el.getBoundingClientRect().right)} px)`),
    };
  });
}

/**
 * The cells of data tables that do not say their column's name on a phone,
 * where each row is a card (globals.css): every visible cell of a column
 * with a visible header must lead with that header's words.
 */
function unlabelledCells(page: Page) {
  return page.evaluate(() => {
    const visibleText = (el: Element) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
      return (el.classList.contains('visually-hidden') ? '' : copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    const missing: string[] = [];
    for (const table of document.querySelectorAll('table.data')) {
      const heads = [...table.querySelectorAll(':scope > thead > tr:last-child > *')];
      if (!heads.length) continue;
      for (const row of table.querySelectorAll(':scope > tbody > tr')) {
        for (const cell of row.querySelectorAll(':scope > td')) {
          const box = cell.getBoundingClientRect();
          const head = heads[(cell as HTMLTableCellElement).cellIndex];
          const name = head ? visibleText(head) : '';
          if (!name || box.width === 0 || box.height === 0) continue;
          const shown = getComputedStyle(cell, '::before').content;
          if (shown !== JSON.stringify(name)) missing.push(`"${name}" column (shows ${shown}): ${(cell.textContent ?? '').trim().slice(0, 40)}`);
        }
      }
    }
    return missing;
  });
}

/** Tables whose pages are changed elsewhere at the same time; each will carry its labels too. */
async function visitorPage(as: Visitor, width = WIDTH): Promise<Page> {
  const context = await e2e.browser.newContext({ baseURL: e2e.baseURL, locale: 'en-GB', viewport: { width, height: 740 } });
  const page = await context.newPage();
  if (as === 'coordinator') await signIn(page, createTestUser({ role: 'coordinator', cityNames: ['Brussels'] }).email);
  if (as === 'organiser') await signIn(page, createTestUser({ role: 'organiser' }).email);
  return page;
}

describe('on a 360 px phone', () => {
  it.each(['public', 'coordinator', 'organiser'] as const)('every %s page fits the screen without scrolling sideways', async (as) => {
    const facts = demoFacts();
    const page = await visitorPage(as);
    const tooWide: string[] = [];
    for (const sitePage of SITE_PAGES.filter((p) => p.as === as)) {
      const path = sitePage.path(facts);
      await page.goto(path);
      await page.waitForLoadState('load');
      const { scrollWidth, innerWidth, culprits } = await overflowing(page);
      if (scrollWidth > innerWidth) tooWide.push(`${sitePage.name} (${path}): ${scrollWidth - innerWidth} px too wide — ${culprits.join(', ')}`);
    }
    expect(tooWide).toEqual([]);
    await page.context().close();
  });
});

describe('on a 390 px phone, where a table shows each row as a card', () => {
  it.each(['public', 'coordinator', 'organiser'] as const)('every value in a %s page says which column it belongs to', async (as) => {
    const facts = demoFacts();
    const page = await visitorPage(as, 390);
    const unlabelled: string[] = [];
    let cells = 0;
    for (const sitePage of SITE_PAGES.filter((p) => p.as === as)) {
      const path = sitePage.path(facts);
      await page.goto(path);
      await page.waitForLoadState('load');
      cells += await page.locator('table.data > tbody > tr > td').count();
      for (const cell of await unlabelledCells(page)) unlabelled.push(`${sitePage.name} (${path}): ${cell}`);
    }
    expect(unlabelled).toEqual([]);
    // The walk met tables (results for the public; toolkit; the console's), not only pages without any.
    expect(cells).toBeGreaterThan(0);
    await page.context().close();
  });
});
