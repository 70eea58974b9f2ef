import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOwnServer, type OwnServer } from './own-server';
import { setupBrowser } from './page';

const e2e = setupBrowser();

function scriptSrc(csp: string): string {
  return csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
}

describe('security headers', () => {
  it('sends a nonce-based Content-Security-Policy without inline scripts, and refuses framing', async () => {
    for (const path of ['/', '/fr', '/sign-in', '/buildings/1']) {
      const res = await fetch(`${e2e.baseURL}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(scriptSrc(csp), path).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
      expect(scriptSrc(csp), path).not.toContain('unsafe-inline');
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      // Every script tag carries this response's nonce.
      const nonce = scriptSrc(csp).match(/'nonce-([^']+)'/)![1]!;
      const html = await res.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
  });

  it('lets other sites frame the embeddable map only', async () => {
    const res = await fetch(`${e2e.baseURL}/embed`);
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(res.headers.get('x-frame-options')).toBeNull();
  });

  it('runs the pages under that policy without a single violation', async () => {
    const page = await e2e.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto('/');
    await page.locator('.leaflet-marker-icon, .marker-cluster').first().waitFor();
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill('x');
    await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await page.getByText('Enter an e-mail address, e.g. name@city.be.', { exact: true }).waitFor();
    expect(violations).toEqual([]);
  });
});

/**
 * One of every kind of response the app itself makes: pages (found or not,
 * the embed, a share image), a redirect, route handlers, a photo, a refused
 * body. (Next.js's build files and `public/` are served without the proxy:
 * see its matcher.)
 */
async function responsesOf(baseURL: string, headers: Record<string, string> = {}): Promise<Map<string, Response>> {
  const out = new Map<string, Response>();
  for (const path of [
    '/',
    '/fr/embed',
    '/no-such-page',
    '/fr/buildings/1/opengraph-image',
    '/coordinate',
    '/api/health',
    '/api/lights/2999',
    '/api/exports/csv',
    `/uploads/${'a'.repeat(32)}.webp`,
    // Auth.js's own answers: JSON, and the redirect of a link that does not work.
    '/api/auth/csrf',
    '/api/auth/session',
    '/api/auth/providers',
    '/api/auth/callback/nodemailer?token=not-a-token&email=someone%40example.org',
    // Next.js's own: a build file, and the redirect of a path with a double slash.
    '/_next/static/no-such-file.js',
    '//fr',
  ]) {
    const res = await fetch(`${baseURL}${path}`, { headers, redirect: 'manual' });
    await res.arrayBuffer();
    out.set(path, res);
  }
  const refused = await fetch(`${baseURL}/sign-in`, { method: 'POST', headers: { ...headers, 'Content-Type': 'multipart/form-data; boundary=x' }, body: 'x'.repeat(128 * 1024) });
  await refused.arrayBuffer();
  expect(refused.status).toBe(413);
  out.set('POST /sign-in', refused);
  return out;
}

describe('Strict-Transport-Security', () => {
  let https: OwnServer;
  beforeAll(async () => {
    // The same build, deployed behind https: the configured address says so.
    https = await startOwnServer(() => {}, { env: { AUTH_URL: 'https://bluelights.example' } });
  });
  afterAll(async () => {
    await https?.stop();
  });

  it('is on every response when the configured address is https', async () => {
    for (const [path, res] of await responsesOf(https.baseURL)) {
      expect(res.headers.get('strict-transport-security'), `${path} (${res.status})`).toBe('max-age=31536000');
    }
  });

  it('is on none when the site is served over http, whatever a client claims', async () => {
    const claims = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Ssl': 'on', Forwarded: 'proto=https' };
    for (const [path, res] of await responsesOf(e2e.baseURL, claims)) {
      expect(res.headers.get('strict-transport-security'), `${path} (${res.status})`).toBeNull();
    }
  });
});

/** A GET with the target sent exactly as written (fetch would fold `//` first). */
function rawGet(baseURL: string, target: string): Promise<{ status: number; location?: string; body: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path: target }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, location: res.headers.location, body }));
      })
      .on('error', reject);
  });
}

describe('a path that starts with two slashes', () => {
  it('is redirected as Next.js does, not answered as a page of the host it names', async () => {
    // The French page is in memory, where the fast lane answers it from.
    for (let i = 0; i < 2; i++) expect((await rawGet(e2e.baseURL, '/fr')).status).toBe(200);
    for (const [target, location] of [
      ['//evil.example/fr', '/evil.example/fr'],
      ['//fr', '/fr'],
      ['/fr\\evil.example', '/fr/evil.example'],
    ]) {
      const res = await rawGet(e2e.baseURL, target!);
      expect(res.status, target).toBe(308);
      expect(res.location, target).toBe(location);
      expect(res.body, target).not.toContain('<html');
    }
  });
});
