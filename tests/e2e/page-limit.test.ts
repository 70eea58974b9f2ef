/**
 * One client asking for rendered pages as fast as it can gets 429 once over
 * its address's limit; everyone else, and the stored public pages, are
 * served as before. The app is behind one (pretended) proxy, so each request
 * names its client in X-Forwarded-For.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, stopApp, type AppProcess } from './app-process';

const LIMIT = 5;
let work: string;
let app: AppProcess;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-e2e-page-limit-'));
  app = await startApp({
    dataDir: path.join(work, 'data'),
    env: { DEMO_DATA: 'true', TRUSTED_PROXY_HOPS: '1', PAGE_RENDERS_PER_MINUTE: String(LIMIT) },
  });
});

afterAll(async () => {
  if (app) await stopApp(app);
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

function from(client: string, route: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${app.baseURL}${route}`, { headers: { 'x-forwarded-for': client, ...headers }, redirect: 'manual' });
}

/** Asks for a page until it is answered from the stored pages (from a client of its own, whose renders count for nobody else). */
async function stored(route: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const res = await from(`198.51.100.${100 + i}`, route);
    await res.arrayBuffer();
    if (res.headers.get('x-page-cache') === 'hit') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${route} was never stored`);
}

describe('the limit on rendered pages per client address', () => {
  it('answers 429 with Retry-After past the limit, to that client only, and never for a stored page', async () => {
    await stored('/fr');
    const client = '203.0.113.50';
    // A query string the page cache does not keep: rendered for each visit.
    for (let i = 0; i < LIMIT; i++) {
      const res = await from(client, `/fr?q=${i}`);
      expect(res.status, `render ${i + 1}`).toBe(200);
      await res.arrayBuffer();
    }
    const refused = await from(client, '/fr?q=over');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused.text()).toMatch(/Too many pages/);
    // A made-up session cookie buys no rendered page either: it gets the stored one, limited or not.
    const madeUp = await from(client, '/fr', { cookie: 'authjs.session-token=madeup' });
    expect(madeUp.status).toBe(200);
    expect(madeUp.headers.get('x-page-cache')).toBe('hit');
    expect(await madeUp.text()).toContain('lang="fr"');
    const anonymous = await from(client, '/fr');
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get('x-page-cache')).toBe('hit');
    await anonymous.arrayBuffer();

    // Another client is served as usual.
    const other = await from('203.0.113.51', '/fr?q=other');
    expect(other.status).toBe(200);
    expect(other.headers.get('x-page-cache')).toBeNull();
    await other.arrayBuffer();
  });
});
