import { describe, expect, it } from 'vitest';
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

    // A border is drawn inside the map: some outline's edge lies within the map's box,
    // not only an area filling it from side to side (the map steps back to show it).
    const drawn = () =>
      map.evaluate((container) => {
        const box = container.getBoundingClientRect();
        const paths = [...container.querySelectorAll('.leaflet-outline-pane path')].map((p) => p.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
        const inside = (x: number, lo: number, hi: number) => x > lo + 1 && x < hi - 1;
        return paths.some((r) => inside(r.left, box.left, box.right) || inside(r.right, box.left, box.right) || inside(r.top, box.top, box.bottom) || inside(r.bottom, box.top, box.bottom));
      });
    await expect.poll(drawn, { timeout: 15_000 }).toBe(true);
    expect(blocked).toBeGreaterThan(0);
    expect(pageErrors(page)).toEqual([]);
  });
});
