/**
 * The public map as a visitor gets it: Chromium on a mid-range phone (CPU
 * slowed 4×, 1.6 Mbit/s down, 150 ms round trip, 390×844, empty cache), and
 * on a desktop beside it in the same run. Tiles come from a local stand-in
 * server, so the figures do not depend on a tile server elsewhere.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import type { BrowserContextOptions } from 'playwright-core';
import { launchChromium } from '@/tests/e2e/chromium';

export type Profile = 'phone' | 'desktop';

export type Visit = {
  /** From the start of navigation until the first marker or cluster is painted. */
  firstMarkersMs: number;
  lcpMs: number;
  /** Main-thread tasks over 50 ms until the markers, summed. */
  longTasksMs: number;
  /** Compressed bytes of every script the page loaded, the map's included. */
  jsBytes: number;
  htmlBytes: number;
  /** Compressed bytes of the map data. */
  dataBytes: number;
};

/** Measured in the page: a MutationObserver sees the first marker, then a frame is painted. */
const MEASURE = `
  window.__bench = { firstMarkers: null, lcp: 0, longTasks: 0 };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.lcp = e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (window.__bench.firstMarkers === null) window.__bench.longTasks += e.duration;
  }).observe({ type: 'longtask', buffered: true });
  const seen = new MutationObserver(() => {
    if (!document.querySelector('.leaflet-marker-pane .leaflet-marker-icon')) return;
    seen.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__bench.firstMarkers = performance.now(); }, 0));
  });
  seen.observe(document, { childList: true, subtree: true });
`;

/** What a visit measured, read in the page once it is idle. */
const COLLECT = `(() => {
  const bench = window.__bench;
  const resources = performance.getEntriesByType('resource');
  const sum = (list) => list.reduce((s, e) => s + e.encodedBodySize, 0);
  const path = (e) => new URL(e.name).pathname;
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    firstMarkersMs: Math.round(bench.firstMarkers),
    lcpMs: Math.round(bench.lcp),
    longTasksMs: Math.round(bench.longTasks),
    jsBytes: sum(resources.filter((e) => path(e).endsWith('.js'))),
    htmlBytes: nav.encodedBodySize,
    dataBytes: sum(resources.filter((e) => /\\/map\\/[^/]+\\.json$/.test(path(e)))),
  };
})()`;

const PROFILES: Record<Profile, BrowserContextOptions> = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-GB' },
  desktop: { viewport: { width: 1280, height: 900 }, locale: 'en-GB' },
};

/** A PNG with a few roads and blocks, about the size of a typical map tile (17 kB). */
async function standInTile(): Promise<Buffer> {
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  let shapes = '';
  for (let i = 0; i < 20; i++) {
    const points = Array.from({ length: 4 }, () => `${Math.round(rnd() * 256)},${Math.round(rnd() * 256)}`).join(' ');
    const colour = ['#fff', '#f7d08a', '#c9c2b0', '#aad3df'][i % 4];
    shapes += `<polyline points="${points}" fill="none" stroke="${colour}" stroke-width="${1 + Math.round(rnd() * 4)}"/>`;
    if (i % 5 === 0) {
      shapes += `<rect x="${Math.round(rnd() * 230)}" y="${Math.round(rnd() * 230)}" width="${Math.round(rnd() * 40)}" height="${Math.round(rnd() * 40)}" fill="#d9d0c9"/>`;
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#f2efe9"/>${shapes}</svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true, colors: 32 }).toBuffer();
}

/** The tile stand-in: the same image for every `/{z}/{x}/{y}.png`. */
export async function startTileServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const tile = await standInTile();
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': tile.length, 'Cache-Control': 'public, max-age=86400' });
    res.end(tile);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/{z}/{x}/{y}.png`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One visit to `url` with an empty cache. */
async function visit(browser: Awaited<ReturnType<typeof launchChromium>>, url: string, profile: Profile): Promise<Visit> {
  const context = await browser.newContext(PROFILES[profile]);
  try {
    const page = await context.newPage();
    await page.addInitScript(MEASURE);
    if (profile === 'phone') {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6e6 / 8) | 0,
        uploadThroughput: (750e3 / 8) | 0,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __bench: { firstMarkers: number | null } }).__bench.firstMarkers !== null, null, {
      timeout: 120_000,
      polling: 250,
    });
    // Chromium now and then never reports the network idle on a page whose requests are all done
    // (seen with the throttling on the floor page): then the load event and a second of quiet do.
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(async () => {
      await page.waitForLoadState('load');
      await page.waitForTimeout(1_000);
    });
    // A string, not a function: the script runner would add helpers the page does not have.
    return (await page.evaluate(COLLECT)) as Visit;
  } finally {
    await context.close();
  }
}

export type Summary = Visit & { runs: number[] };

/** A profile not visited. */
const EMPTY_VISIT: Visit = { firstMarkersMs: 0, lcpMs: 0, longTasksMs: 0, jsBytes: 0, htmlBytes: 0, dataBytes: 0 };

/**
 * Three visits per profile (median reported) of the app's page and of the
 * floor page (./floor.ts), the two pages and the two profiles alternating so
 * that all four see the same machine.
 */
export async function benchPhone(appUrl: string, floorUrl: string, runs = 3, profiles: readonly Profile[] = ['phone', 'desktop']): Promise<Record<'app' | 'floor', Record<Profile, Summary>>> {
  const browser = await launchChromium();
  try {
    const pages = { app: appUrl, floor: floorUrl };
    const visits = { app: { phone: [] as Visit[], desktop: [] as Visit[] }, floor: { phone: [] as Visit[], desktop: [] as Visit[] } };
    for (let i = 0; i < runs; i++) {
      for (const profile of profiles) {
        for (const page of ['app', 'floor'] as const) visits[page][profile].push(await visit(browser, pages[page], profile));
      }
    }
    const summary = (list: Visit[]): Summary => ({
      firstMarkersMs: median(list.map((v) => v.firstMarkersMs)),
      lcpMs: median(list.map((v) => v.lcpMs)),
      longTasksMs: median(list.map((v) => v.longTasksMs)),
      jsBytes: median(list.map((v) => v.jsBytes)),
      htmlBytes: median(list.map((v) => v.htmlBytes)),
      dataBytes: median(list.map((v) => v.dataBytes)),
      runs: list.map((v) => v.firstMarkersMs),
    });
    const summaryOf = (list: Visit[]) => (list.length > 0 ? summary(list) : summary([EMPTY_VISIT]));
    const both = (page: 'app' | 'floor') => ({ phone: summaryOf(visits[page].phone), desktop: summaryOf(visits[page].desktop) });
    return { app: both('app'), floor: both('floor') };
  } finally {
    await browser.close();
  }
}
