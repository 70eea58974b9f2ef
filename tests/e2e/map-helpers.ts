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

/** A transparent 1 × 1 PNG: a tile that loads and shows nothing. */
const BLANK_TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/**
 * Answers every map tile request (`…/{z}/{x}/{y}.png` on another host) with a
 * blank tile: the maps behave as with a reachable tile server, at street
 * level, where tests place buildings by clicking.
 */
export async function serveBlankTiles(page: Page): Promise<void> {
  await page.context().route(
    (url) => url.hostname !== 'localhost' && /\/\d+\/\d+\/\d+\.png$/.test(url.pathname),
    (route) => route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_TILE }),
  );
}
