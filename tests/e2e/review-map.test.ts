import { describe, expect, it } from 'vitest';
import { outlineDrawnInside } from './map-helpers';
import { pageErrors, setupBrowser } from './page';
import { signIn } from './sign-in';
import { createTestUser } from './users';

const e2e = setupBrowser();

describe("the organisers' review map", () => {
  it('shows the outline of Belgium and its neighbours when no tile can be loaded', async () => {
    const page = await e2e.newPage();
    // No tile server can be reached, whatever the network here allows.
    let blocked = 0;
    await page.context().route(
      (url) => url.origin !== new URL(e2e.baseURL).origin,
      (route) => {
        blocked++;
        return route.abort();
      },
    );
    await signIn(page, createTestUser({ role: 'organiser' }).email);
    await page.goto('/organise/review');
    const map = page.getByRole('region', { name: 'Map of the registrations under review' });
    await map.waitFor();
    await map.locator('.leaflet-marker-icon').first().waitFor();

    // The map steps back to show a border.
    await expect.poll(() => outlineDrawnInside(map), { timeout: 15_000 }).toBe(true);
    expect(blocked).toBeGreaterThan(0);
    expect(pageErrors(page)).toEqual([]);
  });
});
