import type { Locator, Page } from 'playwright-core';

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

/**
 * Waits until the page and an open popup stop moving (scrolling, the map panning it into view)
 * and the popup has faded in, so that what is measured or checked is what a person then sees.
 */
export async function popupAtRest(page: Page): Promise<void> {
  const sample = () =>
    page.evaluate(() => {
      const popup = document.querySelector('.leaflet-popup');
      return JSON.stringify([scrollY, popup?.getBoundingClientRect().toJSON() ?? null, popup ? getComputedStyle(popup).opacity : null]);
    });
  let last = await sample();
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const now = await sample();
    if (now === last && !now.endsWith(',"0"]') && !/"0\.\d+"\]$/.test(now)) return;
    last = now;
  }
  throw new Error('the page kept moving');
}

/**
 * Whether a border is drawn inside the map: some outline's edge lies within the map's box,
 * not only an area filling it from side to side.
 */
export function outlineDrawnInside(map: Locator): Promise<boolean> {
  return map.evaluate((container) => {
    const box = container.getBoundingClientRect();
    const paths = [...container.querySelectorAll('.leaflet-outline-pane path')].map((p) => p.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
    const inside = (x: number, lo: number, hi: number) => x > lo + 1 && x < hi - 1;
    return paths.some((r) => inside(r.left, box.left, box.right) || inside(r.right, box.left, box.right) || inside(r.top, box.top, box.bottom) || inside(r.bottom, box.top, box.bottom));
  });
}
