import http from 'node:http';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '@/db';
import { sessions, users } from '@/db/schema';
import { currentDemoYear } from '@/lib/demo/demo-data';
import { waitForMap } from './map-helpers';
import { seedSubmitted } from './fixtures/submitted';
import { pageErrors, setupBrowser } from './page';
import { approveInReview } from './review';
import { sessionCookie } from './sessions';
import { signIn } from './sign-in';
import { createTestUser } from './users';

const e2e = setupBrowser();

/** A published year of this file's own, not on the map, so no other test's counts move. */
const YEAR = 2031;

function nonceOf(res: Response): string {
  return (res.headers.get('content-security-policy') ?? '').match(/'nonce-([^']+)'/)?.[1] ?? '';
}

/** Asks for a page until the server answers it from its cache (it is stored after a first visit). */
async function cachedVisit(route: string, headers: Record<string, string> = {}): Promise<{ res: Response; html: string }> {
  for (let i = 0; i < 50; i++) {
    const res = await fetch(`${e2e.baseURL}${route}`, { headers });
    const html = await res.text();
    if (res.headers.get('x-page-cache') === 'hit') return { res, html };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${route} was never answered from the cache`);
}

/** A GET with headers fetch() will not send as given (Host). */
function getWithHost(route: string, headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(route, e2e.baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname + url.search, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the public page cache', () => {
  it('answers anonymous visitors from memory, each response with its own nonce on every script', async () => {
    const first = await cachedVisit('/fr');
    const second = await cachedVisit('/fr');
    const [a, b] = [nonceOf(first.res), nonceOf(second.res)];
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(b).not.toBe(a);
    for (const { res, html } of [first, second]) {
      const nonce = nonceOf(res);
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(html).toContain('<html lang="fr"');
    }
    // The same stored page, only the nonce differs.
    expect(second.html.replaceAll(b, '')).toBe(first.html.replaceAll(a, ''));
  });

  it('keeps each language and each embed city apart', async () => {
    const nl = await cachedVisit('/nl');
    expect(nl.html).toContain('<html lang="nl"');
    const feed = (await (await fetch(`${e2e.baseURL}/api/lights/${currentDemoYear()}`)).json()) as {
      features: { properties: { name: string; cityId: number } }[];
    };
    const ghent = feed.features.find((f) => f.properties.name === 'Ghent City Hall')!.properties;
    const embed = await cachedVisit(`/embed?city=${ghent.cityId}`);
    expect(embed.html).toContain('Ghent City Hall');
    expect(embed.html).not.toContain('Brussels Town Hall');
    // A link from a newsletter gets the stored page; any other query string is rendered for the request, not stored.
    const home = await cachedVisit('/');
    const tagged = await cachedVisit('/?utm_source=newsletter&utm_medium=email');
    expect(tagged.html.replaceAll(nonceOf(tagged.res), '')).toBe(home.html.replaceAll(nonceOf(home.res), ''));
    const other = await fetch(`${e2e.baseURL}/?x=1`);
    expect(other.status).toBe(200);
    expect(other.headers.get('x-page-cache')).toBeNull();
  });

  it('serves one stored page whatever Host, X-Forwarded-Host or Accept-Language a visitor sends', async () => {
    const stored = await cachedVisit('/nl');
    for (let i = 0; i < 5; i++) {
      const attacker = `attacker-${Date.now()}-${i}.example`;
      const visit = await getWithHost('/nl', { host: attacker, 'x-forwarded-host': attacker, 'x-forwarded-proto': 'https' });
      expect(visit.headers['x-page-cache'], attacker).toBe('hit');
      expect(visit.body).not.toContain(attacker);
      // The stored page (only its nonces, all of one length, differ).
      expect(visit.body.length).toBe(stored.html.length);
    }
    // A language header never seen before leads to a page already stored: answered from memory at once.
    await cachedVisit('/');
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${e2e.baseURL}/`, { headers: { 'accept-language': `en-GB;q=0.${i}${Date.now() % 1000}, en;q=0.1` } });
      expect(res.headers.get('x-page-cache')).toBe('hit');
      expect(await res.text()).toContain('<html lang="en"');
    }
  });

  it('does not keep an embed of a city that does not exist or is not written as an id', async () => {
    for (const city of ['987654321', 'abc', '04', '']) {
      for (let i = 0; i < 15; i++) {
        const res = await fetch(`${e2e.baseURL}/embed?city=${city}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('x-page-cache'), `city=${city}`).not.toBe('hit');
        await res.arrayBuffer();
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });

  it("answers a browser's client-side navigation with the navigation's own payload, never a stored page", async () => {
    // Whatever headers and parameters Next.js marks its navigations with: the
    // cache tells them apart by the names it knows (RSC headers, `_rsc`, seen
    // by the proxy through skipProxyUrlNormalize), so an upgrade that renames
    // them would have this browser's navigation answered with stored HTML.
    const page = await e2e.newPage();
    const building = await page.goto('/');
    expect(building?.status()).toBe(200);
    const href = await page.getByRole('link', { name: 'Tournai Belfry', exact: true }).getAttribute('href');
    // The building page is stored for this very browser's request signature first.
    for (let i = 0; i < 50; i++) {
      const visit = await page.goto(href!);
      if (visit?.headers()['x-page-cache'] === 'hit') break;
      await page.waitForTimeout(100);
    }
    await page.goto('/');
    await waitForMap(page);
    const fetched: { url: string; type: string; cache: string | undefined }[] = [];
    page.on('response', (r) => {
      const type = r.request().resourceType();
      if (type === 'fetch' && new URL(r.url()).pathname === href) fetched.push({ url: r.url(), type: r.headers()['content-type'] ?? '', cache: r.headers()['x-page-cache'] });
    });
    await page.getByRole('link', { name: 'Tournai Belfry', exact: true }).click();
    await page.waitForURL(/\/buildings\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Tournai Belfry');
    expect(fetched.length).toBeGreaterThan(0);
    for (const f of fetched) {
      expect(f.type).toContain('text/x-component');
      expect(f.cache).toBeUndefined();
    }
    expect(pageErrors(page)).toEqual([]);
  });

  it('never serves signed-in visitors or client-side navigations from it', async () => {
    await cachedVisit('/');
    const user = createTestUser({ name: 'Cache Bypass Coordinator' });
    const cookie = sessionCookie(inject('dataDir'), user.id);
    const signedIn = await fetch(`${e2e.baseURL}/`, { headers: { cookie } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('x-page-cache')).toBeNull();
    expect(await signedIn.text()).toContain('Cache Bypass Coordinator');
    const navigation = await fetch(`${e2e.baseURL}/`, { headers: { rsc: '1' } });
    expect(navigation.headers.get('x-page-cache')).toBeNull();
    expect(navigation.headers.get('content-type')).toContain('text/x-component');
  });

  it('serves a made-up session cookie the stored page, and a deactivated user\'s cookie too, at once', async () => {
    await cachedVisit('/fr');
    for (const cookie of ['authjs.session-token=madeup', '__Secure-authjs.session-token=madeup', `authjs.session-token=${'z'.repeat(600)}`]) {
      const res = await fetch(`${e2e.baseURL}/fr`, { headers: { cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-page-cache')).toBe('hit');
      const html = await res.text();
      expect(html).toContain('lang="fr"');
    }

    const dataDir = inject('dataDir');
    const user = createTestUser({ name: 'Soon Deactivated Coordinator' });
    const cookie = sessionCookie(dataDir, user.id);
    const live = await fetch(`${e2e.baseURL}/fr`, { headers: { cookie } });
    expect(live.headers.get('x-page-cache')).toBeNull();
    expect(await live.text()).toContain('Soon Deactivated Coordinator');

    // What deactivating someone does (lib/users setUserActive): the very next request is anonymous.
    const { db, sqlite } = openDatabase(path.join(dataDir, DB_FILE_NAME));
    try {
      db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, user.id)).run();
      db.delete(sessions).where(eq(sessions.userId, user.id)).run();
    } finally {
      sqlite.close();
    }
    const after = await fetch(`${e2e.baseURL}/fr`, { headers: { cookie } });
    expect(after.headers.get('x-page-cache')).toBe('hit');
    expect(await after.text()).not.toContain('Soon Deactivated Coordinator');
  });

  it('shows an approval to the very next anonymous visitor', async () => {
    const tower = seedSubmitted(YEAR, 'Arlon', [{ name: `Arlon Water Tower ${Date.now()}`, kind: 'tower', lat: 49.686, lng: 5.812 }])[0]!;
    const before = await cachedVisit(`/years/${YEAR}`);
    expect(before.html).not.toContain(tower.name);

    const organiser = createTestUser({ role: 'organiser' });
    const page = await e2e.newPage();
    await signIn(page, organiser.email);
    await approveInReview(page, YEAR, tower.name);

    const after = await fetch(`${e2e.baseURL}/years/${YEAR}`);
    expect(after.headers.get('x-page-cache')).toBe('miss');
    expect(await after.text()).toContain(tower.name);
    expect((await cachedVisit(`/years/${YEAR}`)).html).toContain(tower.name);
  });

  it("moves the framework's script tags as Next.js writes them today behind the map's (lib/http/scripts-after-map.ts)", async () => {
    // Fails when a Next.js upgrade changes the markup of its script tags, which the rewrite then leaves alone.
    const { html } = await cachedVisit('/');
    const island = html.match(/<script src="(\/map-client\/island-[A-Za-z0-9_-]+\.js)"/)?.[1];
    expect(island).toBeTruthy();
    expect(html).not.toMatch(/<script\b[^>]*\bsrc="\/_next\/static\/[^"]*"[^>]*\basync\b/);
    expect(html).not.toMatch(/<link\b[^>]*rel="preload"[^>]*as="script"[^>]*href="\/_next\/static\//);
    const loader = html.match(/<script nonce="[^"]+">(\(function\(\)\{var s=(\[[^\]]*\])[\s\S]*?)<\/script>/);
    expect(loader).not.toBeNull();
    const scripts = JSON.parse(loader![2]!) as string[];
    expect(scripts.length).toBeGreaterThan(2);
    for (const src of scripts) expect(src).toMatch(/^\/_next\/static\/.+\.js$/);
    expect(html.indexOf(loader![0])).toBeGreaterThan(html.indexOf(island!));
  });

  it('gives the browser a page that runs under its policy, map and all', async () => {
    await cachedVisit('/');
    const page = await e2e.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    // As a visitor from a newsletter link: the stored page, its address kept.
    const res = await page.goto('/?utm_source=newsletter');
    expect(res?.headers()['x-page-cache']).toBe('hit');
    await waitForMap(page);
    await page.getByLabel('Search a building or city').fill('Ghent');
    await expect.poll(() => page.getByRole('link', { name: 'Ghent City Hall', exact: true }).count()).toBe(1);
    // The framework's scripts were asked for once the map's script was in (lib/http/scripts-after-map.ts).
    const loads = (await page.evaluate(`performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.startTime, e.responseEnd])`)) as [string, number, number][];
    const map = loads.find(([p]) => p.startsWith('/map-client/'));
    const framework = loads.filter(([p]) => p.startsWith('/_next/static/') && p.endsWith('.js'));
    expect(map).toBeDefined();
    expect(framework.length).toBeGreaterThan(0);
    for (const [, start] of framework) expect(start).toBeGreaterThanOrEqual(map![2]);
    // Hydrated over a page rendered without the tag, the address still has it.
    expect(new URL(page.url()).search).toBe('?utm_source=newsletter');
    expect(violations).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});
