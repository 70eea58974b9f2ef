/**
 * The public map's place on the screen: beside the list on a desktop it stays
 * in view below the hotline strip; on a phone it can fill the screen and give
 * the list back; its popups speak the site's type and colours, open clear of
 * the "Dark map" switch, and "Show on map" brings the map and its popup fully
 * into view, never under the strip.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { popupAtRest, waitForMap } from './map-helpers';
import { pageErrors, setupBrowser } from './page';

const e2e = setupBrowser();

type Box = { top: number; bottom: number; left: number; right: number };

async function box(page: Page, selector: string): Promise<Box> {
  return page.locator(selector).first().evaluate((el) => {
    const { top, bottom, left, right } = el.getBoundingClientRect();
    return { top, bottom, left, right };
  });
}

/** Where the strips that stay at the top of the screen end (the hotline strip; the header scrolls away). */
async function stripsBottom(page: Page): Promise<number> {
  return page.evaluate(() => {
    let bottom = 0;
    for (const el of document.querySelectorAll('.site-header, .hotline')) {
      const { position } = getComputedStyle(el);
      if (position === 'sticky' || position === 'fixed') bottom = Math.max(bottom, el.getBoundingClientRect().bottom);
    }
    return bottom;
  });
}

function within(inner: Box, outer: Box): boolean {
  return inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5 && inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5;
}

function intersect(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

async function desktop(): Promise<Page> {
  const page = await e2e.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await waitForMap(page);
  return page;
}

async function phone(): Promise<Page> {
  const page = await e2e.newPage({ mobile: true });
  await page.goto('/');
  await waitForMap(page);
  return page;
}

describe('on a desktop, the map beside the list', () => {
  it('stays whole in view below the hotline strip however far the list is scrolled', async () => {
    const page = await desktop();
    const viewport = { top: 0, bottom: 900, left: 0, right: 1440 };
    const items = page.locator('.light-item');
    expect(await items.count()).toBeGreaterThan(8);
    // Halfway down the list, then at its end (the map ends with the list, as the page goes on below both).
    for (const [item, block] of [[items.nth(6), 'center'], [items.last(), 'end']] as const) {
      await item.evaluate((el, b) => el.scrollIntoView({ block: b }), block);
      await page.evaluate(() => new Promise(requestAnimationFrame));
      const map = await box(page, '#lights-map');
      const strips = await stripsBottom(page);
      expect(strips).toBeGreaterThan(20);
      expect(within(map, { ...viewport, top: strips }), JSON.stringify({ map, strips })).toBe(true);
      expect(map.bottom - map.top).toBeGreaterThan(600);
    }
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(800);
    // The full-screen button is the phone's: the desktop map is in view anyway.
    expect(await page.locator('.map-full-toggle').isVisible()).toBe(false);
    expect(pageErrors(page)).toEqual([]);
  });

  it('"Show on map" far down the list opens the popup whole in view, below the strip, in the site\'s type and colours', async () => {
    const page = await desktop();
    const last = page.locator('.light-item').last();
    const name = (await last.locator('.light-item__name').textContent())!;
    await last.scrollIntoViewIfNeeded();
    await last.getByRole('button', { name: `Show ${name} on the map` }).click();
    await page.locator('.leaflet-popup').filter({ hasText: name }).waitFor();
    await popupAtRest(page);
    const popup = await box(page, '.leaflet-popup');
    expect(within(popup, { top: await stripsBottom(page), bottom: 900, left: 0, right: 1440 })).toBe(true);
    // The list stays where the visitor was.
    expect(await last.isVisible()).toBe(true);

    const styles = await page.evaluate(() => {
      const content = document.querySelector('.leaflet-popup-content')!;
      const link = content.querySelector('a')!;
      return {
        body: getComputedStyle(document.body).fontFamily,
        popup: getComputedStyle(content).fontFamily,
        size: parseFloat(getComputedStyle(content).fontSize),
        link: getComputedStyle(link).color,
        background: getComputedStyle(document.querySelector('.leaflet-popup-content-wrapper')!).backgroundColor,
      };
    });
    expect(styles.popup).toBe(styles.body);
    expect(styles.size).toBeGreaterThanOrEqual(16);
    expect(styles.link).toBe('rgb(11, 61, 145)'); // --blue-700, not Leaflet's teal
    expect(styles.background).toBe('rgb(255, 255, 255)');

    // The night view's popup is dark too, its link light blue.
    await page.getByRole('button', { name: 'Dark map' }).click();
    const night = await page.evaluate(() => ({
      link: getComputedStyle(document.querySelector('.leaflet-popup-content a')!).color,
      background: getComputedStyle(document.querySelector('.leaflet-popup-content-wrapper')!).backgroundColor,
    }));
    expect(night).toEqual({ link: 'rgb(156, 194, 255)', background: 'rgb(20, 33, 61)' });
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('on a 390 × 844 phone', () => {
  it('lays the map over the whole screen below the hotline strip, and gives the list back (button or Escape)', async () => {
    const page = await phone();
    const open = page.getByRole('button', { name: 'Full-screen map' });
    await open.click();
    const back = page.getByRole('button', { name: 'Back to the list' });
    await back.waitFor();
    const strips = await stripsBottom(page);
    const map = await box(page, '#lights-map');
    expect(strips).toBeGreaterThan(20);
    expect({ ...map, top: Math.ceil(map.top) }).toEqual({ top: Math.ceil(strips), bottom: 844, left: 0, right: 390 });
    // Leaflet knows its new size (its markers and tiles fill the screen), and the hotline is still there.
    const sizes = await page.evaluate(() => {
      const handle = (globalThis as unknown as Record<symbol, { map: { map: { getSize(): { x: number; y: number } } } }>)[Symbol.for('blue-lights:public-map')];
      const element = document.querySelector('.lights-map')!;
      return { leaflet: handle!.map.map.getSize(), element: { x: element.clientWidth, y: element.clientHeight } };
    });
    expect(sizes.leaflet).toEqual(sizes.element);
    expect(sizes.element.y).toBeGreaterThan(844 - map.top - 4);
    expect(await page.getByRole('link', { name: /Exit this page/i }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Back to the list');
    expect(await axeViolations(page)).toEqual([]);

    // Escape closes an open popup first, then the full screen.
    await page.locator('.blue-heart-marker').first().click();
    await page.locator('.leaflet-popup').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
    expect(await back.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await open.waitFor();
    const after = await box(page, '#lights-map');
    expect(after.bottom - after.top).toBeLessThan(600);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Full-screen map');

    // And the button brings it back the same way.
    await open.click();
    await back.click();
    await open.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(pageErrors(page)).toEqual([]);
  });

  it('opens a popup near the "Dark map" switch clear of it: the switch never covers the close button', async () => {
    const page = await phone();
    await page.getByRole('button', { name: 'Show Ghent City Hall on the map' }).click();
    await page.locator('.leaflet-popup').waitFor();
    await popupAtRest(page);
    await page.locator('.leaflet-popup-close-button').click();
    // The building's heart to the top right corner, just under the switch; then opened there.
    const marker = page.locator('.blue-heart-marker[alt^="Ghent City Hall"]');
    const target = await page.evaluate(() => {
      const map = document.querySelector('.lights-map')!.getBoundingClientRect();
      return { x: map.right - 60, y: map.top + 80 };
    });
    const heart = await box(page, '.blue-heart-marker[alt^="Ghent City Hall"]');
    await page.evaluate(
      ({ dx, dy }) => {
        const handle = (globalThis as unknown as Record<symbol, { map: { map: { panBy(p: [number, number], o: object): void } } }>)[Symbol.for('blue-lights:public-map')];
        handle!.map.map.panBy([dx, dy], { animate: false });
      },
      { dx: (heart.left + heart.right) / 2 - target.x, dy: heart.bottom - target.y },
    );
    await marker.click();
    await page.locator('.leaflet-popup').waitFor();
    await popupAtRest(page);
    const close = await box(page, '.leaflet-popup-close-button');
    const toggle = await box(page, '.map-theme-switch');
    expect(intersect(close, toggle)).toBe(false);
    expect(within(await box(page, '.leaflet-popup'), await box(page, '.lights-map'))).toBe(true);
    // The close button is big enough to hit with a thumb.
    expect(close.bottom - close.top).toBeGreaterThanOrEqual(32);
    // And named in the page's language, not Leaflet's English.
    await expect(page.getByRole('button', { name: 'Close', exact: true }).count()).resolves.toBe(1);
    expect(pageErrors(page)).toEqual([]);
  });

  it('"Show on map" from far down the list brings the map and its popup whole into view below the strip', async () => {
    const page = await phone();
    const item = page.locator('.light-item').last();
    const name = (await item.locator('.light-item__name').textContent())!;
    await item.scrollIntoViewIfNeeded();
    await item.getByRole('button', { name: `Show ${name} on the map` }).click();
    await page.locator('.leaflet-popup').filter({ hasText: name }).waitFor();
    await popupAtRest(page);
    const strips = await stripsBottom(page);
    const viewport = { top: strips, bottom: 844, left: 0, right: 390 };
    expect(within(await box(page, '#lights-map'), viewport)).toBe(true);
    expect(within(await box(page, '.leaflet-popup'), viewport)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});
