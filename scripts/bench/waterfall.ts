/**
 * `npx tsx scripts/bench/waterfall.ts URL`: one visit of a running server's
 * public map as the phone benchmark makes it, printed as a waterfall (each
 * resource's start and end, its compressed size), the main thread's long
 * tasks and the moment the first markers were painted. For finding where a
 * phone's seconds go; the figures themselves belong to `npm run bench`.
 */
import { launchChromium } from '@/tests/e2e/chromium';

const url = process.argv[2] ?? '';

const MEASURE = `
  window.__w = { markers: null, long: [], frames: [] };
  // Long animation frames name the scripts that ran in them (Chromium 123+): what a long task is.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__w.frames.push({
          start: Math.round(e.startTime), duration: Math.round(e.duration), blocking: Math.round(e.blockingDuration),
          render: Math.round(e.renderStart ? e.startTime + e.duration - e.renderStart : 0),
          style: Math.round(e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0),
          scripts: e.scripts.map((s) => ({
            what: s.invokerType + ' ' + s.invoker, source: (s.sourceURL || '').replace(location.origin, '') + (s.sourceFunctionName ? ' ' + s.sourceFunctionName : ''),
            start: Math.round(s.startTime), duration: Math.round(s.duration), compile: Math.round(s.executionStart - s.startTime),
            layout: Math.round(s.forcedStyleAndLayoutDuration),
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__w.long.push([Math.round(e.startTime), Math.round(e.duration)]); })
    .observe({ type: 'longtask', buffered: true });
  const seen = new MutationObserver(() => {
    if (!document.querySelector('.leaflet-marker-pane .leaflet-marker-icon')) return;
    seen.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__w.markers = performance.now(); }, 0));
  });
  seen.observe(document, { childList: true, subtree: true });
`;

async function main(): Promise<void> {
if (!url) throw new Error('usage: waterfall.ts URL');
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
  const page = await context.newPage();
  await page.addInitScript(MEASURE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const priorities = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (e) => priorities.set(e.request.url, e.request.initialPriority));
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __w: { markers: number | null } }).__w.markers !== null, null, { timeout: 120_000, polling: 250 });
  await page.waitForLoadState('networkidle');
  const result = (await page.evaluate(`(() => ({
    markers: Math.round(window.__w.markers),
    long: window.__w.long,
    resources: performance.getEntriesByType('resource').map((e) => [e.name, Math.round(e.startTime), Math.round(e.responseEnd), e.encodedBodySize]),
    nav: Math.round(performance.getEntriesByType('navigation')[0].responseEnd),
    dcl: Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd),
    marks: performance.getEntriesByType('mark').map((m) => m.name + ' ' + Math.round(m.startTime)),
    frames: window.__w.frames,
  }))()`)) as {
    markers: number;
    long: [number, number][];
    resources: [string, number, number, number][];
    nav: number;
    dcl: number;
    marks: string[];
    frames: { start: number; duration: number; blocking: number; render: number; style: number; scripts: { what: string; source: string; start: number; duration: number; compile: number; layout: number }[] }[];
  };
  console.log(`HTML done ${result.nav} ms, DOMContentLoaded ${result.dcl} ms, first markers ${result.markers} ms`);
  for (const [name, start, end, size] of result.resources) {
    console.log(`${String(start).padStart(6)} → ${String(end).padStart(6)}  ${String(Math.round(size / 102.4) / 10).padStart(6)} kB  ${(priorities.get(name) ?? '').padEnd(8)} ${new URL(name).pathname.slice(0, 70)}`);
  }
  console.log('marks:', result.marks.join(', '));
  console.log('long tasks (start, duration):', result.long.map(([s, d]) => `${s}+${d}`).join(' '));
  console.log('long animation frames until the markers (start+duration; render and style/layout at its end; scripts with their compile time):');
  for (const f of result.frames.filter((f) => f.start <= result.markers)) {
    console.log(`  ${f.start}+${f.duration} (blocking ${f.blocking}, render ${f.render}, style/layout ${f.style})`);
    for (const s of f.scripts) console.log(`    ${s.start}+${s.duration} compile ${s.compile} forced layout ${s.layout}  ${s.what.slice(0, 60)}  ${s.source.slice(0, 80)}`);
  }
} finally {
  await browser.close();
}
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
