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

async function visitorPage(as: Visitor): Promise<Page> {
  const context = await e2e.browser.newContext({ baseURL: e2e.baseURL, locale: 'en-GB', viewport: { width: WIDTH, height: 740 } });
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
