import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { ensureOpenCampaign } from './fixtures/open-campaign';
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

    // A border is drawn inside the map: some outline's edge lies within the map's box,
    // not only an area filling it from side to side.
    const drawn = async () =>
      map.evaluate((container) => {
        const box = container.getBoundingClientRect();
        const paths = [...container.querySelectorAll('.leaflet-outline-pane path')].map((p) => p.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
        const inside = (x: number, lo: number, hi: number) => x > lo + 1 && x < hi - 1;
        return paths.some((r) => inside(r.left, box.left, box.right) || inside(r.right, box.left, box.right) || inside(r.top, box.top, box.bottom) || inside(r.bottom, box.top, box.bottom));
      });
    await expect.poll(drawn, { timeout: 15_000 }).toBe(true);
    await page.getByText('The map tiles could not be loaded').waitFor();

    // The map still places the building where it is clicked, and the coordinates say where.
    await map.click({ position: { x: 200, y: 120 } });
    await expect(page.getByLabel('Latitude').inputValue()).resolves.toMatch(/^\d+\.\d+$/);
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});
