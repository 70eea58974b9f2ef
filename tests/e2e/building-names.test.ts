/**
 * A building's name in other languages: a coordinator gives its Dutch name
 * (folded away under the name on a phone), an organiser approves it, and the
 * public reads the name in its own language, with the default elsewhere.
 */
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { createCampaign } from '@/lib/demo/builders';
import { campaigns } from '@/db/schema';
import { axeViolations } from './axe';
import { pageErrors, setupBrowser } from './page';
import { signIn } from './sign-in';
import { createTestUser } from './users';

const e2e = setupBrowser();

/** A campaign year of these tests' own: open, published, not the one on the home map. */
const YEAR = 2091;

function ensureOwnYear() {
  const { db, sqlite } = openDatabase(path.join(inject('dataDir'), DB_FILE_NAME));
  try {
    if (!db.select().from(campaigns).where(eq(campaigns.year, YEAR)).get()) {
      createCampaign(db, { year: YEAR, published: true, showOnMap: false, registrationDeadline: new Date(`${YEAR}-07-16T22:00:00Z`) });
    }
  } finally {
    sqlite.close();
  }
}

/** Set SCREENSHOT_DIR to look at the form on a phone. */
async function screenshot(page: import('playwright-core').Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: `${dir}/building-names-${name}.png`, fullPage: false });
}

describe('a building’s name in other languages', () => {
  it('is entered by its coordinator, approved by an organiser, and read by the public in its language', async () => {
    ensureOwnYear();
    const stamp = Date.now();
    const name = `Ghent Harbour House ${stamp}`;
    const dutch = `Havenhuis van Gent ${stamp}`;
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Ghent'] });
    const organiser = createTestUser({ role: 'organiser' });

    // On a phone: the names in other languages are folded away until asked for.
    const page = await e2e.newPage({ mobile: true });
    await signIn(page, coordinator.email);
    await page.goto(`/coordinate/new?year=${YEAR}`);
    await page.getByLabel('Building name').fill(name);
    const dutchField = page.getByLabel('Name in Dutch');
    await expect(dutchField.isVisible()).resolves.toBe(false);
    await screenshot(page, 'folded-390');
    await page.getByText('Name in other languages').click();
    await expect(dutchField.isVisible()).resolves.toBe(true);
    // One field per language of the site.
    await expect(page.locator('.other-names input').count()).resolves.toBe(4);
    await expect(dutchField.getAttribute('lang')).resolves.toBe('nl');
    await screenshot(page, 'open-390');
    expect(await axeViolations(page)).toEqual([]);

    // Too long: refused with the field's own message, the section open on it, nothing stored.
    await dutchField.fill('x'.repeat(121));
    await page.getByLabel('Latitude').fill('51,0605');
    await page.getByLabel('Longitude').fill('3,7290');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    const field = page.locator('.other-names .field').filter({ has: page.getByLabel('Name in Dutch') });
    await field.locator('.field__errors').waitFor();
    await expect(field.locator('.field__errors').textContent()).resolves.toMatch(/120/);
    await expect(page.locator('.other-names').getAttribute('open')).resolves.not.toBeNull();
    await screenshot(page, 'error-390');

    await page.getByLabel('Name in Dutch').fill(dutch);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText(`“${name}” is registered and awaits review.`).waitFor();
    expect(pageErrors(page)).toEqual([]);

    // The organiser sees the Dutch name in the queue and approves it.
    const review = await e2e.newPage();
    await signIn(review, organiser.email);
    await review.goto(`/organise/review?year=${YEAR}`);
    const row = review.getByRole('row').filter({ hasText: name });
    await expect(row.getByText(dutch).isVisible()).resolves.toBe(true);
    await screenshot(review, 'review');
    await row.getByRole('button', { name: `Approve ${name}` }).click();
    await review.getByRole('status').filter({ hasText: `${name} approved` }).waitFor();

    // The public: the Dutch name in Dutch, the building's own name in French (it has no French one).
    const feed = (await (await fetch(`${e2e.baseURL}/api/lights/${YEAR}`)).json()) as { features: { id: number; properties: { name: string; names: Record<string, string> } }[] };
    const feature = feed.features.find((f) => f.properties.name === name)!;
    expect(feature.properties.names).toEqual({ nl: dutch });
    const reader = await e2e.newPage({ locale: 'nl-BE', mobile: true });
    await reader.goto(`/nl/buildings/${feature.id}`);
    await expect(reader.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(dutch);
    await expect(reader.title()).resolves.toContain(dutch);
    await screenshot(reader, 'building-nl-390');
    await reader.goto(`/fr/buildings/${feature.id}`);
    await expect(reader.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(name);

    // The map's list in Dutch shows it under its Dutch name, and a search by the other name finds it.
    await reader.goto(`/nl/years/${YEAR}`);
    await reader.getByLabel('Zoek een gebouw of stad').fill(`Harbour House ${stamp}`);
    await expect.poll(() => reader.locator('.lights-list .light-item__name').allTextContents()).toEqual([dutch]);
    await screenshot(reader, 'list-nl-390');
    expect(pageErrors(reader)).toEqual([]);
  });
});
