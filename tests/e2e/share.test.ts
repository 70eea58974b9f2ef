/**
 * The share kit on the public pages: a visitor on a phone on the evening who
 * wants to tell friends "my town hall is blue tonight", and a communications
 * officer on a laptop preparing posts. Plain links to the networks' own share
 * pages (nothing of theirs loads on ours), the phone's share sheet, the
 * campaign's hashtags, which organisers change in the campaign's form.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentDemoYear } from '@/lib/demo/demo-data';
import { axeViolations } from './axe';
import { pageErrors, setupBrowser } from './page';
import { signIn } from './sign-in';
import { createTestUser } from './users';

const e2e = setupBrowser();
const year = currentDemoYear();
const DEFAULT_TAGS = '#BlueHeart #EndHumanTrafficking';
const LEUVEN = 'Leuven Town Hall';
/** Its name in French (the demo data gives one). */
const LEUVEN_FR = 'Hôtel de ville de Louvain';

async function buildingId(name: string): Promise<number> {
  const feed = (await (await fetch(`${e2e.baseURL}/api/lights/${year}`)).json()) as { features: { id: number; properties: { name: string } }[] };
  return feed.features.find((f) => f.properties.name === name)!.id;
}

const kit = (page: Page) => page.getByRole('region', { name: /^(Share this page|Partager cette page)$/ });

/** Every network's link in the kit, by its data-network. */
async function links(page: Page): Promise<Record<string, { href: string; target: string | null; rel: string | null }>> {
  return page.locator('.share-kit a[data-network]').evaluateAll((as) =>
    Object.fromEntries(as.map((a) => [a.getAttribute('data-network'), { href: a.getAttribute('href')!, target: a.getAttribute('target'), rel: a.getAttribute('rel') }])),
  );
}

/** The requests a page made to any other site than ours. */
function foreignRequests(page: Page): string[] {
  const ours = new URL(e2e.baseURL).host;
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.host !== ours) seen.push(r.url());
  });
  return seen;
}

/** Set SCREENSHOT_DIR to look at the kit on a phone and on a laptop. */
async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${dir}/share-${name}-390.png` });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${dir}/share-${name}-1440.png` });
  if (size) await page.setViewportSize(size);
}

describe('the share kit', () => {
  it('on a building’s page: the sentence, the hashtags and each network’s link, encoded, from the configured address', async () => {
    const page = await e2e.newPage();
    const foreign = foreignRequests(page);
    const id = await buildingId(LEUVEN);
    await page.goto(`/buildings/${id}`);
    const url = `${e2e.baseURL}/buildings/${id}`;
    const all = await links(page);
    expect(Object.keys(all)).toEqual(['whatsapp', 'facebook', 'x', 'linkedin', 'bluesky', 'email']);

    // The post: the building, its city, the day, the campaign's hashtags.
    const text = new URL(all.x!.href).searchParams.get('text')!;
    expect(text).toMatch(new RegExp(`^${LEUVEN} in Leuven (lights up blue on 30 July|lit up blue on 30 July ${year}) for the World Day against Trafficking in Persons\\. ${DEFAULT_TAGS}$`));
    expect(all.x!.href).toBe(`https://x.com/intent/post?text=${encodeURIComponent(text)}&url=${encodeURIComponent(url)}`);
    expect(all.whatsapp!.href).toBe(`https://wa.me/?text=${encodeURIComponent(`${text} ${url}`)}`);
    expect(all.facebook!.href).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`);
    expect(all.linkedin!.href).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`);
    expect(all.bluesky!.href).toBe(`https://bsky.app/intent/compose?text=${encodeURIComponent(`${text} ${url}`)}`);
    expect(all.email!.href).toBe(`mailto:?subject=${encodeURIComponent(`${LEUVEN}, Leuven`)}&body=${encodeURIComponent(`${text}\n\n${url}`)}`);
    for (const network of ['whatsapp', 'facebook', 'x', 'linkedin', 'bluesky']) {
      expect(all[network]).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' });
    }
    await expect(kit(page).getByRole('link', { name: 'Share on WhatsApp (opens in a new tab)' }).isVisible()).resolves.toBe(true);
    await expect(kit(page).getByText(DEFAULT_TAGS, { exact: true }).isVisible()).resolves.toBe(true);

    // Copying the link gives the page's address.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.baseURL });
    await kit(page).getByRole('button', { name: 'Copy link' }).click();
    await kit(page).getByRole('status').filter({ hasText: 'Link copied.' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(url);
    await kit(page).getByRole('button', { name: 'Copy hashtags' }).click();
    await kit(page).getByRole('status').filter({ hasText: 'Hashtags copied.' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(DEFAULT_TAGS);

    // Nothing of the networks on our page: no frame, no script, no request to them.
    await expect(page.locator('iframe').count()).resolves.toBe(0);
    const scripts = await page.locator('script[src]').evaluateAll((s) => s.map((e) => new URL((e as HTMLScriptElement).src).host));
    expect(scripts.every((h) => h === new URL(e2e.baseURL).host)).toBe(true);
    expect(foreign).toEqual([]);
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('is in the stored HTML, in the page’s language, and works without JavaScript', async () => {
    const id = await buildingId(LEUVEN);
    // A Host header a visitor made up changes nothing: the links come from the configured address.
    const html = await (await fetch(`${e2e.baseURL}/fr/buildings/${id}`, { headers: { 'x-forwarded-host': 'evil.example' } })).text();
    expect(html).not.toContain('evil.example');
    expect(html).toContain(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(`${e2e.baseURL}/fr/buildings/${id}`)}`);

    const context = await e2e.browser.newContext({ baseURL: e2e.baseURL, locale: 'fr-BE', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/fr/buildings/${id}`);
    const text = new URL((await links(page)).whatsapp!.href).searchParams.get('text')!;
    expect(text).toMatch(new RegExp(`^${LEUVEN_FR} à Louvain (s’illumine en bleu le 30 juillet|s’est illuminé en bleu le 30 juillet ${year}) pour la Journée mondiale`));
    await expect(kit(page).getByRole('link', { name: 'Partager sur Bluesky (s’ouvre dans un nouvel onglet)' }).isVisible()).resolves.toBe(true);
    await expect(kit(page).getByRole('link', { name: 'Partager par e-mail' }).isVisible()).resolves.toBe(true);
    await expect(kit(page).getByText(DEFAULT_TAGS, { exact: true }).isVisible()).resolves.toBe(true);
    // No button that would do nothing without JavaScript.
    await expect(kit(page).getByRole('button').count()).resolves.toBe(0);
    await context.close();
  });

  it('on the map: the campaign in one sentence, under the banner, the map still in view on a phone', async () => {
    const page = await e2e.newPage({ mobile: true });
    await page.goto('/');
    const url = `${e2e.baseURL}/`;
    const all = await links(page);
    const text = new URL(all.bluesky!.href).searchParams.get('text')!;
    expect(text).toMatch(new RegExp(`^On 30 July( ${year})?, \\d+ buildings (light|lit) up blue for the World Day against Trafficking in Persons\\.`));
    expect(text.endsWith(`${DEFAULT_TAGS} ${url}`)).toBe(true);
    expect(all.linkedin!.href).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`);
    // One compact row, hashtags included: the map still starts on the phone's first screen, with room to see it.
    const kitBox = await page.locator('.share-kit').boundingBox();
    expect(kitBox!.height).toBeLessThan(60);
    const map = await page.locator('#lights-map').boundingBox();
    expect(map!.y).toBeLessThan(844 - 150);
    await expect(page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).resolves.toBe(true);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'map');
    expect(pageErrors(page)).toEqual([]);
  });

  it('on a phone, “Share” opens the phone’s share sheet with the title, the text and the address', async () => {
    const page = await e2e.newPage({ mobile: true });
    await page.addInitScript(() => {
      const w = window as unknown as { shared: unknown[] };
      w.shared = [];
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: unknown) => {
          w.shared.push(data);
        },
      });
    });
    const id = await buildingId(LEUVEN);
    await page.goto(`/buildings/${id}`);
    const share = kit(page).getByRole('button', { name: 'Share', exact: true });
    // The building's essentials and the kit are on the first screen.
    const box = await share.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(844);
    await share.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared.length)).toBe(1);
    const [data] = (await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)) as { title: string; text: string; url: string }[];
    expect(data).toEqual({
      title: `${LEUVEN}, Leuven`,
      text: expect.stringMatching(new RegExp(`^${LEUVEN} in Leuven .* blue on 30 July.* ${DEFAULT_TAGS}$`)),
      url: `${e2e.baseURL}/buildings/${id}`,
    });
    await expect(axeViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'building');
    expect(pageErrors(page)).toEqual([]);
  });

  it('shows the hashtags an organiser sets in the campaign’s form', async () => {
    const organiser = await e2e.newPage();
    await signIn(organiser, createTestUser({ role: 'organiser' }).email);
    await organiser.goto(`/organise/campaigns?edit=${year}`);
    const form = organiser.locator(`#campaign-${year}`);
    const field = form.getByLabel('Hashtags');
    await expect(field.inputValue()).resolves.toBe(DEFAULT_TAGS);
    try {
      // A hyphen would cut the hashtag short on every network: the form says so, and keeps what was typed.
      await field.fill('#Blue-Heart #Leuven2026');
      await form.getByRole('button', { name: 'Save' }).click();
      await form.getByText('“Blue-Heart” cannot be a hashtag', { exact: false }).first().waitFor();
      await expect(field.inputValue()).resolves.toBe('#Blue-Heart #Leuven2026');
      await expect(axeViolations(organiser)).resolves.toEqual([]);

      await field.fill('BlueHeart, Leuven2026 #JournéeMondiale');
      await form.getByRole('button', { name: 'Save' }).click();
      await form.getByRole('status').filter({ hasText: `The ${year} campaign was saved.` }).waitFor();
      await organiser.reload();
      await expect(organiser.getByTestId(`hashtags-${year}`).textContent()).resolves.toBe('#BlueHeart #Leuven2026 #JournéeMondiale');

      // A visitor sees them at once, on a building and on the map.
      const visitor = await e2e.newPage();
      const id = await buildingId(LEUVEN);
      await visitor.goto(`/buildings/${id}`);
      await expect(kit(visitor).getByText('#BlueHeart #Leuven2026 #JournéeMondiale', { exact: true }).isVisible()).resolves.toBe(true);
      const text = new URL((await links(visitor)).x!.href).searchParams.get('text')!;
      expect(text.endsWith('#BlueHeart #Leuven2026 #JournéeMondiale')).toBe(true);
      await visitor.goto('/');
      await expect(kit(visitor).getByText('#BlueHeart #Leuven2026 #JournéeMondiale', { exact: true }).isVisible()).resolves.toBe(true);
    } finally {
      await organiser.goto(`/organise/campaigns?edit=${year}`);
      await form.getByLabel('Hashtags').fill(DEFAULT_TAGS);
      await form.getByRole('button', { name: 'Save' }).click();
      await form.getByRole('status').filter({ hasText: `The ${year} campaign was saved.` }).waitFor();
    }
  });
});
