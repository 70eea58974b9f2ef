import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { createBuilding, createCampaign, createIllumination } from '@/lib/demo/builders';
import { currentDemoYear } from '@/lib/demo/demo-data';
import { campaigns, cities } from '@/db/schema';
import { axeViolations } from './axe';
import { pageErrors, setupBrowser } from './page';
import { signIn } from './sign-in';
import { createTestUser } from './users';

const e2e = setupBrowser();

/** Campaign years of these tests' own, not published: nothing here reaches the public map. */
const SAVE_YEAR = 2094;
const REVIEW_YEAR = 2095;

/** An unpublished campaign of `year` with one building of Leuven submitted for review. */
function submittedInUnpublished(year: number) {
  const { db, sqlite } = openDatabase(path.join(inject('dataDir'), DB_FILE_NAME));
  try {
    return db.transaction((tx) => {
      const campaign =
        tx.select().from(campaigns).where(eq(campaigns.year, year)).get() ??
        createCampaign(tx, { year, published: false, registrationDeadline: new Date(`${year}-07-16T22:00:00Z`) });
      const city = tx.select().from(cities).where(eq(cities.name, 'Leuven')).get()!;
      const building = createBuilding(tx, { cityId: city.id, name: `Leuven Library Tower ${Date.now()}`, kind: 'tower', lat: 50.8794, lng: 4.7075 });
      createIllumination(tx, { campaignId: campaign.id, buildingId: building.id, status: 'submitted', lightsOffTime: '23:30' });
      return { building, campaign };
    });
  } finally {
    sqlite.close();
  }
}

async function publicCounts(year: number): Promise<{ buildings: number; cities: number }> {
  const res = await fetch(`${e2e.baseURL}/api/lights/${year}`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { features: { properties: { cityId: number } }[] };
  return { buildings: body.features.length, cities: new Set(body.features.map((f) => f.properties.cityId)).size };
}

describe('the organiser console', () => {
  it('counts only approved buildings in the press list, whatever status the registrations page was filtered by', async () => {
    const year = currentDemoYear();
    const organiser = createTestUser({ role: 'organiser' });
    const page = await e2e.newPage();
    await signIn(page, organiser.email);
    await page.goto(`/organise/registrations?year=${year}&status=`);
    await page.getByRole('link', { name: 'Printable press list' }).click();
    await page.waitForURL(/\/organise\/press/);
    const { buildings, cities } = await publicCounts(year);
    await expect(page.getByTestId('press-sentence').textContent()).resolves.toContain(`${buildings} buildings in ${cities} cities light up blue`);
    // Neither the rejected nor the waiting demo registration is named.
    const list = (await page.locator('article.press-list').textContent()) ?? '';
    expect(list).not.toContain('Manneken-Pis');
    expect(list).not.toContain('Nivelles Collegiate Church');
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('keeps a saved campaign’s form open with its “saved” message in view', async () => {
    const { db, sqlite } = openDatabase(path.join(inject('dataDir'), DB_FILE_NAME));
    try {
      if (!db.select().from(campaigns).where(eq(campaigns.year, SAVE_YEAR)).get()) {
        createCampaign(db, { year: SAVE_YEAR, published: false, registrationDeadline: new Date(`${SAVE_YEAR}-07-16T22:00:00Z`) });
      }
    } finally {
      sqlite.close();
    }
    const organiser = createTestUser({ role: 'organiser' });
    const page = await e2e.newPage();
    await signIn(page, organiser.email);
    await page.goto('/organise/campaigns');
    const label = `Change the ${SAVE_YEAR} campaign (date, theme, deadline, publication)`;
    const edit = page.locator('details').filter({ has: page.getByText(label, { exact: true }) });
    await edit.getByText(label, { exact: true }).click();
    await edit.getByLabel('Theme in English').fill(`Shine the light, ${Date.now()}`);
    // A later deadline (an extension): the kind of change organisers make most.
    await edit.getByLabel('Last day to register').fill(`${SAVE_YEAR}-07-20`);
    await edit.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = edit.getByRole('status').filter({ hasText: `The ${SAVE_YEAR} campaign was saved.` });
    await saved.waitFor({ state: 'attached' });
    await expect(saved.isVisible()).resolves.toBe(true);
    await expect(edit.getByLabel('Last day to register').inputValue()).resolves.toBe(`${SAVE_YEAR}-07-20`);
    // The list says what organisers and coordinators mean: the last day, until 23:59, the zone in words.
    const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${SAVE_YEAR}-07-20T12:00:00Z`));
    await expect(page.getByRole('row').filter({ hasText: String(SAVE_YEAR) }).first().textContent()).resolves.toContain(`${weekday} 20 July ${SAVE_YEAR}, 23:59 (Central European Time)`);
    expect(pageErrors(page)).toEqual([]);
  });

  it('says on the review page that an unpublished campaign’s approvals are not on the public map yet, with a link to publish it', async () => {
    const { building } = submittedInUnpublished(REVIEW_YEAR);
    const organiser = createTestUser({ role: 'organiser' });
    const page = await e2e.newPage();
    await signIn(page, organiser.email);
    await page.goto(`/organise/review?year=${REVIEW_YEAR}`);
    const note = page.getByTestId('unpublished-note');
    await expect(note.textContent()).resolves.toContain(`The ${REVIEW_YEAR} campaign is not published`);
    await page
      .getByRole('row')
      .filter({ hasText: building.name })
      .getByRole('button', { name: `Approve ${building.name}` })
      .click();
    const answer = page.getByRole('status').filter({ hasText: `${building.name} approved` });
    await answer.waitFor();
    await expect(answer.textContent()).resolves.toContain(`once the ${REVIEW_YEAR} campaign is published`);
    await expect(answer.textContent()).resolves.not.toContain('on the public map now');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: `Publish the ${REVIEW_YEAR} campaign` }).click();
    await page.waitForURL(/\/organise\/campaigns/);
    await expect(page.getByText(`Change the ${REVIEW_YEAR} campaign (date, theme, deadline, publication)`).isVisible()).resolves.toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it('shows the console’s tabs on the coordinators page, that one marked as current', async () => {
    const organiser = createTestUser({ role: 'organiser' });
    const page = await e2e.newPage();
    await signIn(page, organiser.email);
    await page.goto('/organise/coordinators');
    const tabs = page.getByRole('navigation', { name: 'Organiser console' });
    await expect(tabs.getByRole('link', { name: 'Coordinators' }).getAttribute('aria-current')).resolves.toBe('page');
    expect(await axeViolations(page)).toEqual([]);
    await tabs.getByRole('link', { name: 'Review' }).click();
    await page.waitForURL(/\/organise\/review$/);
    expect(pageErrors(page)).toEqual([]);
  });
});
