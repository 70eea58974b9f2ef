import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { ensureOpenCampaign } from './fixtures/open-campaign';
import { outlineDrawnInside } from './map-helpers';
import { pageErrors, setupBrowser } from './page';
import { signIn } from './sign-in';
import { createTestUser } from './users';

const e2e = setupBrowser();

/** A campaign of these tests' own; nothing is saved in it. */
const YEAR = 2093;

beforeAll(() => ensureOpenCampaign(YEAR));

describe('the registration form', () => {
  it('warns when a fixed-time registration’s lights go off before they go on, and not for a time after midnight', async () => {
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Bruges'] });
    const page = await e2e.newPage();
    await signIn(page, coordinator.email);
    await page.goto(`/coordinate/new?year=${YEAR}`);
    await page.getByLabel('Latitude').fill('51,2093');
    await page.getByLabel('Longitude').fill('3,2247');
    await page.getByLabel('At a fixed time').check();
    await page.getByLabel('Lights-on time (local, HH:MM)').fill('22:00');
    await page.getByLabel('Lights-off time (local, HH:MM)').fill('21:00');
    const warning = page.getByRole('status').filter({ hasText: 'the lights go off at 21:00, before they go on (22:00)' });
    await warning.waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // 01:00 is after midnight, as the hint says: no warning.
    await page.getByLabel('Lights-off time (local, HH:MM)').fill('01:00');
    await warning.waitFor({ state: 'detached' });
    await expect(page.getByRole('status').filter({ hasText: 'before they go on' }).count()).resolves.toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it('takes a time typed without a colon (an iPhone’s keypad has none), shows it as 21:30 once left, and saves 21:30', async () => {
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Bruges'] });
    const page = await e2e.newPage();
    await signIn(page, coordinator.email);
    await page.goto(`/coordinate/new?year=${YEAR}`);
    const name = `Poortersloge ${Date.now()}`;
    await page.getByLabel('Building name').fill(name);
    await page.getByLabel('Latitude').fill('51,2101');
    await page.getByLabel('Longitude').fill('3,2249');
    await page.getByLabel('At a fixed time').check();
    const on = page.getByLabel('Lights-on time (local, HH:MM)');
    await expect(on.getAttribute('inputmode')).resolves.toBe('numeric');
    await expect(on.getAttribute('placeholder')).resolves.toBe('21:30');
    await on.pressSequentially('2130');
    await page.keyboard.press('Tab');
    await expect(on.inputValue()).resolves.toBe('21:30');
    const off = page.getByLabel('Lights-off time (local, HH:MM)');
    await off.fill('1h');
    await off.blur();
    await expect(off.inputValue()).resolves.toBe('01:00');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText(`“${name}” is registered and awaits review.`).waitFor();

    // What was stored, as the form shows it again.
    await page.getByRole('link', { name: `Edit ${name}` }).click();
    await page.getByRole('heading', { name }).waitFor();
    await expect(page.getByLabel('Lights-on time (local, HH:MM)').inputValue()).resolves.toBe('21:30');
    await expect(page.getByLabel('Lights-off time (local, HH:MM)').inputValue()).resolves.toBe('01:00');
    expect(pageErrors(page)).toEqual([]);
  });

  it('says which time does not exist, with a link from the summary to the field', async () => {
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Bruges'] });
    const page = await e2e.newPage();
    await signIn(page, coordinator.email);
    await page.goto(`/coordinate/new?year=${YEAR}`);
    await page.getByLabel('Building name').fill('Belfry of Bruges');
    await page.getByLabel('Latitude').fill('51,2089');
    await page.getByLabel('Longitude').fill('3,2242');
    const off = page.getByLabel('Lights-off time (local, HH:MM)');
    await off.fill('25:00');
    await off.blur();
    // Not a time: left as typed, for the answer to explain.
    await expect(off.inputValue()).resolves.toBe('25:00');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Please correct the fields marked below.' });
    const link = summary.getByRole('link', { name: 'Lights-off time (local, HH:MM): There is no such time: hours go up to 23 and minutes up to 59, e.g. 21:30.' });
    await link.waitFor();
    await expect(link.getAttribute('href')).resolves.toBe('#field-lightsOffTime');
    await link.click();
    await expect(off.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(off.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('warns, without refusing, when the building is placed far from its city’s centre or across a border', async () => {
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Bruges', 'Kortrijk'] });
    const page = await e2e.newPage();
    await signIn(page, coordinator.email);
    await page.goto(`/coordinate/new?year=${YEAR}`);
    await page.getByLabel('City').selectOption({ label: 'Bruges' });
    const warning = page.getByTestId('far-from-city');
    // Bruges, near the Markt: nothing to say.
    await page.getByLabel('Latitude').fill('51,2093');
    await page.getByLabel('Longitude').fill('3,2247');
    await expect.poll(() => warning.textContent()).toBe('');
    // Ghent's City Hall, with Bruges as its city: the wrong city, or the wrong place.
    await page.getByLabel('Latitude').fill('51,0547');
    await page.getByLabel('Longitude').fill('3,7253');
    await expect.poll(() => warning.textContent()).toBe('This position is 39 km from the centre of Bruges. Is the marker in the right place, and is Bruges the right city?');
    await expect(warning.getAttribute('role')).resolves.toBe('status');
    expect(await axeViolations(page)).toEqual([]);
    // Kortrijk chosen, and Halluin across the French border: 11 km from Kortrijk's centre, but in France.
    await page.getByLabel('City').selectOption({ label: 'Kortrijk' });
    await page.getByLabel('Latitude').fill('50,783');
    await page.getByLabel('Longitude').fill('3,125');
    await expect.poll(() => warning.textContent()).toBe('This position seems to lie across a border from Kortrijk (11 km from its centre). Is the marker in the right place?');
    // Menen, on the Belgian side: the warning goes.
    await page.getByLabel('Latitude').fill('50,796');
    await page.getByLabel('Longitude').fill('3,122');
    await expect.poll(() => warning.textContent()).toBe('');
    expect(pageErrors(page)).toEqual([]);
  });

  it('draws the outline of Belgium and its neighbours on the map picker when tiles cannot be loaded', async () => {
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Liège'] });
    const page = await e2e.newPage();
    // No tile server can be reached, whatever the network here allows.
    await page.context().route(
      (url) => url.origin !== new URL(e2e.baseURL).origin,
      (route) => route.abort(),
    );
    await signIn(page, coordinator.email);
    await page.goto(`/coordinate/new?year=${YEAR}`);
    const map = page.getByRole('application', { name: /Map to place the building/ });
    await map.waitFor();

    await expect.poll(() => outlineDrawnInside(map), { timeout: 15_000 }).toBe(true);
    await page.getByText('The map tiles could not be loaded').waitFor();

    // The map still places the building where it is clicked, and the coordinates say where.
    await map.click({ position: { x: 200, y: 120 } });
    await expect(page.getByLabel('Latitude').inputValue()).resolves.toMatch(/^\d+\.\d+$/);
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});
