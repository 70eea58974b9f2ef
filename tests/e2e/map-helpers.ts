import type { Page } from 'playwright-core';

/**
 * How many buildings the map shows: single blue hearts plus the numbers on the
 * clusters (nearby buildings are clustered at low zoom).
 */
export async function buildingsOnMap(page: Page): Promise<number> {
  return page.evaluate(() => {
    const singles = document.querySelectorAll('.leaflet-marker-pane .blue-heart-marker').length;
    const clustered = [...document.querySelectorAll('.leaflet-marker-pane .lights-cluster__count')].reduce(
      (sum, el) => sum + Number(el.textContent),
      0,
    );
    return singles + clustered;
  });
}

/** Waits until the map has drawn at least one marker or cluster. */
export async function waitForMap(page: Page): Promise<void> {
  await page.locator('.leaflet-marker-pane .leaflet-marker-icon').first().waitFor();
}
