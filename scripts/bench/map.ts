import { launchChromium } from '@/tests/e2e/chromium';

/** Time until the clusters show, and the JavaScript the browser downloads, for the public map. */
export async function benchMapInChromium(url: string): Promise<Record<string, string | number>[]> {
  const browser = await launchChromium();
  try {
    const rows: Record<string, string | number>[] = [];
    for (const run of [1, 2, 3]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      let jsBytes = 0;
      page.on('response', async (res) => {
        if (res.request().resourceType() === 'script') {
          const body = await res.body().catch(() => Buffer.alloc(0));
          jsBytes += body.length;
        }
      });
      const start = Date.now();
      await page.goto(url);
      await page.locator('.lights-cluster').first().waitFor({ timeout: 60_000 });
      const clustersAfter = Date.now() - start;
      await page.waitForLoadState('networkidle');
      rows.push({
        what: `map in Chromium, run ${run}`,
        'clusters shown after (ms)': clustersAfter,
        'JS transferred (kB)': Math.round(jsBytes / 1024),
      });
      await context.close();
    }
    return rows;
  } finally {
    await browser.close();
  }
}
