import fs from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { mailsFor } from '../helpers/mailbox';
import { axeViolations } from './axe';
import { seedSubmitted } from './fixtures/submitted';
import { pageErrors, setupBrowser } from './page';
import { approveInReview } from './review';
import { signIn } from './sign-in';
import { createTestUser } from './users';

const e2e = setupBrowser();

/**
 * A campaign year of our own (published, not on the map), so that approving
 * here changes no count the public-map tests rely on.
 */
const YEAR = 2030;

function seedOwnYear() {
  const stamp = Date.now();
  const [tower, hall] = seedSubmitted(YEAR, 'Nivelles', [
    { name: `Nivelles Blue Tower ${stamp}`, kind: 'tower', lat: 50.599, lng: 4.326 },
    { name: `Nivelles Old Hall ${stamp}`, kind: 'town_hall', lat: 50.597, lng: 4.324 },
  ]);
  return { tower: tower!, hall: hall! };
}

async function publicNames(year: number): Promise<string[]> {
  const res = await fetch(`${e2e.baseURL}/api/lights/${year}`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { features: { properties: { name: string } }[] };
  return body.features.map((f) => f.properties.name);
}

describe('the organiser console', () => {
  it('approves a registration, which shows on the public feed at once and is exported exactly as filtered', async () => {
    const { tower, hall } = seedOwnYear();
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Nivelles'] });
    const organiser = createTestUser({ role: 'organiser', name: 'Orla Organiser' });
    expect(await publicNames(YEAR)).not.toContain(tower.name);

    const page = await e2e.newPage();
    await signIn(page, organiser.email);
    await approveInReview(page, YEAR, tower.name);
    await expect(page.getByRole('row').filter({ hasText: tower.name }).count()).resolves.toBe(0);
    await expect(page.getByRole('row').filter({ hasText: hall.name }).count()).resolves.toBe(1);

    // The public feed of that year has it now (the approval revalidated the year's tag).
    expect(await publicNames(YEAR)).toContain(tower.name);
    expect(await publicNames(YEAR)).not.toContain(hall.name);
    await page.goto(`/buildings/${tower.id}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(tower.name);
    // The city's coordinator was told.
    await expect.poll(async () => (await mailsFor(inject('mailDir'), coordinator.email)).map((m) => m.subject)).toContain(`Approved: ${tower.name}`);

    // The registrations page shows the filter's rows, and the download holds exactly those.
    await page.goto(`/organise/registrations?year=${YEAR}&status=approved`);
    await expect(page.getByTestId('registrations-count').textContent()).resolves.toBe('1 registration matches this filter.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV (semicolon, for Belgian Excel)' }).click()]);
    expect(download.suggestedFilename()).toBe(`blue-lights-${YEAR}-approved.csv`);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { header: true, delimiter: ';', skipEmptyLines: true }).data;
    expect(rows.map((r) => r.name)).toEqual([tower.name]);
    expect(rows[0]).toMatchObject({ year: String(YEAR), status: 'approved', city: 'Nivelles', province: 'Walloon Brabant', kind: 'tower' });

    // Changing the filter changes the export: every status of that year in Nivelles.
    await page.getByLabel('Status').selectOption('');
    await page.getByRole('button', { name: 'Apply filter' }).click();
    await page.waitForURL(/status=&/);
    const [geo] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'GeoJSON' }).click()]);
    const features = JSON.parse(fs.readFileSync((await geo.path())!, 'utf8')).features as { properties: { name: string; status: string } }[];
    const count = Number((await page.getByTestId('registrations-count').textContent())!.match(/^\d+/)![0]);
    expect(features).toHaveLength(count);
    expect(features.map((f) => f.properties.name)).toEqual(expect.arrayContaining([tower.name, hall.name]));

    // Both the approval and the exports are in the audit log.
    await page.goto(`/organise/audit?actor=${organiser.id}`);
    const log = (await page.locator('table.data').textContent()) ?? '';
    // As sentences, with names (never ids), the raw record behind "Details".
    expect(log).toContain(`Orla Organiser approved ${tower.name} (Nivelles, ${YEAR}).`);
    expect(log).toContain('Orla Organiser exported registrations.');
    expect(log).toContain('Status: Submitted → Approved');
    expect(pageErrors(page)).toEqual([]);
  });

  it('rejects with a required reason and keeps the queue intact until one is given', async () => {
    const { hall } = seedOwnYear();
    const organiser = createTestUser({ role: 'organiser' });
    const page = await e2e.newPage();
    await signIn(page, organiser.email);
    await page.goto(`/organise/review?year=${YEAR}`);
    await page.getByRole('checkbox', { name: `Select ${hall.name}` }).check();
    await page.getByRole('button', { name: 'Reject selected' }).click();
    await page.getByText('Give the coordinator a reason for the rejection.', { exact: true }).waitFor();
    await expect(page.getByRole('checkbox', { name: `Select ${hall.name}` }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Reason (required to reject)').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Reason (required to reject)').fill('Please send a photo of the hall itself.');
    await page.getByRole('button', { name: 'Reject selected' }).click();
    await page.getByRole('status').filter({ hasText: `${hall.name} rejected` }).waitFor();
    await expect(page.getByRole('row').filter({ hasText: hall.name }).count()).resolves.toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it('approves only what the organiser saw: an edit made meanwhile is shown, not approved', async () => {
    const { tower } = seedOwnYear();
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Nivelles'] });
    const organiser = createTestUser({ role: 'organiser' });
    const page = await e2e.newPage();
    await signIn(page, organiser.email);
    await page.goto(`/organise/review?year=${YEAR}`);
    const row = () => page.getByRole('row').filter({ hasText: tower.name });
    await row().getByRole('button', { name: `Approve ${tower.name}` }).waitFor();

    // While the organiser reads the queue, the city's coordinator edits the registration in their own browser.
    const description = `Lit from the top of the tower down, ${Date.now()}.`;
    const desk = await e2e.newPage();
    await signIn(desk, coordinator.email);
    await desk.goto(`/coordinate?year=${YEAR}`);
    await desk.getByRole('link', { name: `Edit ${tower.name}` }).click();
    await desk.getByLabel('Description for the public').fill(description);
    await desk.getByRole('button', { name: 'Save and send for review' }).click();
    await desk.getByText(`Your changes to “${tower.name}” are saved and sent for review.`).waitFor();

    // The organiser's approval names the version they saw: refused, and the row now shows the edit.
    await expect(row().textContent()).resolves.not.toContain(description);
    await row().getByRole('button', { name: `Approve ${tower.name}` }).click();
    await page.getByRole('alert').filter({ hasText: `“${tower.name}” changed since you opened it — review again.` }).waitFor();
    await row().getByText(description).waitFor();
    expect(await publicNames(YEAR)).not.toContain(tower.name);

    // Approving what is shown now works.
    await row().getByRole('button', { name: `Approve ${tower.name}` }).click();
    await page.getByRole('status').filter({ hasText: `${tower.name} approved` }).waitFor();
    expect(await publicNames(YEAR)).toContain(tower.name);
    expect(pageErrors(page)).toEqual([]);
    expect(pageErrors(desk)).toEqual([]);
  });

  // Two halves, each well within a test's time on a busy machine.
  it.each([
    ['overview, registrations, press list and audit log', ['/organise', `/organise/registrations?year=${YEAR}`, `/organise/press?year=${YEAR}`, '/organise/audit']],
    ['review queue, campaigns and cities', [`/organise/review?year=${YEAR}`, '/organise/campaigns', '/organise/cities?q=Namur']],
  ])('has accessible organiser pages: %s', async (_, paths) => {
    seedOwnYear();
    const organiser = createTestUser({ role: 'organiser' });
    const page = await e2e.newPage();
    await signIn(page, organiser.email);
    for (const path of paths) {
      await page.goto(path);
      expect(await axeViolations(page), path).toEqual([]);
    }
    expect(pageErrors(page)).toEqual([]);
  });

  it('marks every field of a city form in error, and the page stays accessible', async () => {
    const organiser = createTestUser({ role: 'organiser' });
    const page = await e2e.newPage();
    await signIn(page, organiser.email);
    await page.goto('/organise/cities');
    await page.getByRole('button', { name: 'Add the city' }).click();
    await page.getByRole('alert').filter({ hasText: 'Please correct the fields marked below.' }).waitFor();
    const form = page.getByRole('form', { name: 'Add a city' });
    for (const label of ['Name', 'Latitude of the centre', 'Longitude of the centre']) {
      await expect(form.getByLabel(label, { exact: true }).getAttribute('aria-invalid'), label).resolves.toBe('true');
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('keeps coordinators out of the organiser console with a 403, in their language', async () => {
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Ghent'] });
    const page = await e2e.newPage();
    await signIn(page, coordinator.email);
    for (const path of ['/organise', '/organise/review', '/organise/campaigns', '/organise/cities', '/organise/coordinators', '/organise/audit']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.locator('main').getByRole('alert').textContent()).resolves.toBe('You are not allowed to do this.');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Not allowed');
      // The site's header and hotline stay, so the person can find their way on.
      await expect(page.getByTestId('signed-in-user').count()).resolves.toBe(1);
    }
    const fr = await page.goto('/fr/organise/review');
    expect(fr?.status()).toBe(403);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(page.locator('main').getByRole('alert').textContent()).resolves.toBe('Vous n’êtes pas autorisé à faire ceci.');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Accès refusé');
    await page.getByRole('link', { name: 'Aller à mes bâtiments' }).click();
    await page.waitForURL(/\/fr\/coordinate$/);
    expect(pageErrors(page)).toEqual([]);
  });
});
