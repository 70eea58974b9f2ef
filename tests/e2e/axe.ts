import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.1 AA violations axe finds on the page, one line each (an empty list is the goal). */
export async function axeViolations(page: Page): Promise<string[]> {
  // After a navigation inside the site, Next.js sets the new page's title a moment after its URL:
  // check the page once it is whole.
  await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 10_000 }).catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
