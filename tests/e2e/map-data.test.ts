/**
 * The map's data comes from its own address, not from the page: one
 * versioned, compressed document per year, cached for a year anywhere, which
 * the page asks the browser to fetch at once, with the map's code.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { currentDemoYear, demoPublicCounts } from '@/lib/demo/demo-data';
import { setupBrowser } from './page';
import { rawGet as rawGetUrl } from './raw-get';

const e2e = setupBrowser();
const year = currentDemoYear();
const { buildings: approvedCount } = demoPublicCounts();

/** A GET of one of the app's routes as sent on the wire. */
const rawGet = (route: string, headers: Record<string, string> = {}) => rawGetUrl(new URL(route, e2e.baseURL), headers);

async function homeHtml(): Promise<string> {
  return (await fetch(`${e2e.baseURL}/`)).text();
}

function dataPathIn(html: string): string {
  const found = html.match(/\/api\/lights\/\d{4}\/map\/[A-Za-z0-9_-]+\.json/);
  if (!found) throw new Error('The page names no map data');
  return found[0];
}

describe('the map data', () => {
  it('is preloaded by the page, with the map\'s own script started from the head, instead of being inlined in it', async () => {
    const html = await homeHtml();
    const path = dataPathIn(html);
    expect(path).toMatch(new RegExp(`^/api/lights/${year}/map/`));
    const preloads = html.match(/<link[^>]+rel="preload"[^>]*>/g) ?? [];
    expect(preloads.some((l) => l.includes(`href="${path}"`) && l.includes('as="fetch"') && l.includes('crossorigin'))).toBe(true);
    // The map's own script (Leaflet and all) loads from the head, apart from the page's React code.
    const island = html.match(/<head>.*<script src="(\/map-client\/island-[A-Za-z0-9]+\.js)" async="" nonce="[^"]+"/s)?.[1];
    expect(island).toBeTruthy();
    expect(await (await fetch(`${e2e.baseURL}${island}`)).text()).toContain('leaflet-container');
    // The page carries no building data beyond its list rows.
    expect(html).not.toContain('"onAt"');
    expect(html).not.toContain('"lat":');
  });

  it('is served compressed in the encoding asked for, cached for a year, and 304 when unchanged', async () => {
    const path = dataPathIn(await homeHtml());
    const plain = await rawGet(path);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const data = JSON.parse(plain.body.toString('utf8'));
    expect(data.year).toBe(year);
    expect(data.lights.id).toHaveLength(approvedCount);
    expect(data.cities.find((c: { name: string }) => c.name === 'Ghent').names.fr).toBe('Gand');

    const br = await rawGet(path, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    const gzip = await rawGet(path, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);

    const again = await rawGet(path, { 'accept-encoding': 'gzip', 'if-none-match': String(gzip.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // Whichever way it is answered (by Next.js, or from memory before it), with the site's headers.
    for (const res of [plain, br, gzip, again]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    }
  });

  it('sends an old version to the current one, and answers an unknown year or address with 404', async () => {
    const current = dataPathIn(await homeHtml());
    const old = await fetch(`${e2e.baseURL}/api/lights/${year}/map/0000000000000000.json`, { redirect: 'manual' });
    expect(old.status).toBe(307);
    expect(old.headers.get('location')).toBe(current);
    expect(old.headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${e2e.baseURL}/api/lights/2019/map/0000000000000000.json`)).status).toBe(404);
    expect((await fetch(`${e2e.baseURL}/api/lights/${year}/map/x.txt`)).status).toBe(404);
  });

  it('is what the browser draws: the map appears from it, in the page\'s language', async () => {
    const page = await e2e.newPage({ locale: 'nl-BE' });
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/map/')) fetched.push(new URL(r.url()).pathname);
    });
    await page.goto('/nl');
    await page.locator('.leaflet-marker-pane .leaflet-marker-icon').first().waitFor();
    expect(new Set(fetched).size).toBe(1);
    await page.getByLabel('Zoek een gebouw of stad').fill('gent');
    await expect.poll(() => page.locator('.lights-list .light-item__name').allTextContents()).toEqual(['Ghent City Hall']);
  });
});

describe('the open-data feed', () => {
  it('is compressed when asked, GeoJSON and CSV alike, with a tag per encoding', async () => {
    for (const query of ['', '?format=csv']) {
      const route = `/api/lights/${year}${query}`;
      const plain = await rawGet(route);
      const gzip = await rawGet(route, { 'accept-encoding': 'gzip' });
      const br = await rawGet(route, { 'accept-encoding': 'br' });
      expect(gzip.headers['content-encoding'], query).toBe('gzip');
      expect(br.headers['content-encoding'], query).toBe('br');
      expect(gunzipSync(gzip.body).equals(plain.body), query).toBe(true);
      expect(brotliDecompressSync(br.body).equals(plain.body), query).toBe(true);
      expect(gzip.body.length, query).toBeLessThan(plain.body.length / 2);
      expect(new Set([plain.headers.etag, gzip.headers.etag, br.headers.etag]).size, query).toBe(3);
      const notModified = await rawGet(route, { 'accept-encoding': 'gzip', 'if-none-match': String(gzip.headers.etag) });
      expect(notModified.status, query).toBe(304);
    }
  });
});
