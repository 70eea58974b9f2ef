import { describe, expect, it } from 'vitest';
import { FILL_RETRY_MS, MAX_CONCURRENT_FILLS, MAX_SIGNATURES, PAGE_CACHE_MAX_PAGE_BYTES, PAGE_CACHE_TTL_MS, PageCache, pageChunks, pageTarget, PublicPageCache, storePage, withoutTracking, type PageTarget, type Rendered } from '@/lib/http/page-cache';

import { page, PLACEHOLDER, text } from '../helpers/stored-pages';

describe('the page cache', () => {
  it('serves a page only for the revision of the public data it was rendered at', () => {
    const cache = new PageCache(1000);
    cache.set('/', page('map', 3));
    expect(cache.get('/', 3)?.revision).toBe(3);
    // A write moved the public data on: the page is out of date and dropped.
    expect(cache.get('/', 4)).toBeUndefined();
    expect(cache.get('/', 3)).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it('keeps within its byte budget by dropping the least recently used pages', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((l) => page(l.repeat(10)));
    const cache = new PageCache(Math.floor(a!.bytes * 2.5));
    cache.set('a', a!);
    cache.set('b', b!);
    expect(cache.get('a', 1)).toBeDefined(); // a is now the more recently used
    cache.set('c', c!);
    expect(cache.get('b', 1)).toBeUndefined();
    expect(cache.get('a', 1)).toBeDefined();
    expect(cache.get('c', 1)).toBeDefined();
    expect(cache.bytes).toBe(a!.bytes + c!.bytes);
  });

  it('replaces a page stored again under the same key, counting its bytes once', () => {
    const cache = new PageCache(100);
    cache.set('a', page('old old old', 1));
    const fresh = page('new', 2);
    cache.set('a', fresh);
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(fresh.bytes);
    expect(text(pageChunks(cache.get('a', 2)!, 'n'))).toBe('new');
  });

  it('drops a page once it is older than its time to live, even at the same revision', () => {
    let now = 1_000;
    const cache = new PageCache(1000, { now: () => now });
    cache.set('/', page('map', 1));
    now += PAGE_CACHE_TTL_MS - 1;
    expect(cache.get('/', 1)).toBeDefined();
    now += 2;
    expect(cache.get('/', 1)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('counts a page\'s headers in its bytes', () => {
    const cache = new PageCache(1000);
    const stored = page('0123456789', 1, [['Content-Type', 'text/html']]);
    cache.set('a', stored);
    expect(cache.bytes).toBe(10 + 'Content-Type'.length + 'text/html'.length);
  });

  it('does not keep a page larger than the budget or the largest page allowed', () => {
    const small = new PageCache(5);
    small.set('a', page('0123456789'));
    expect(small.size).toBe(0);
    const large = new PageCache(PAGE_CACHE_MAX_PAGE_BYTES * 4);
    large.set('a', storePage(Buffer.alloc(PAGE_CACHE_MAX_PAGE_BYTES + 1), [], PLACEHOLDER, 1));
    expect(large.size).toBe(0);
  });
});

describe('the key of a public page', () => {
  it('is the language locale routing resolved and the page, written one way', () => {
    expect(pageTarget('/en', '')).toEqual({ key: '/en', path: '/', city: null, page: null });
    expect(pageTarget('/fr', '')).toEqual({ key: '/fr', path: '/fr', city: null, page: null });
    expect(pageTarget('/nl/buildings/12', '')).toEqual({ key: '/nl/buildings/12', path: '/nl/buildings/12', city: null, page: null });
    expect(pageTarget('/en/years/2025', '')).toEqual({ key: '/en/years/2025', path: '/years/2025', city: null, page: null });
    expect(pageTarget('/de/embed', '?city=4')).toEqual({ key: '/de/embed?city=4', path: '/de/embed?city=4', city: 4, page: null });
    expect(pageTarget('/en/embed', '?city=4')).toEqual({ key: '/en/embed?city=4', path: '/embed?city=4', city: 4, page: null });
  });

  it('names a later page of a map page\'s list', () => {
    expect(pageTarget('/en', '?page=2')).toEqual({ key: '/en?page=2', path: '/?page=2', city: null, page: 2 });
    expect(pageTarget('/fr/years/2025', '?page=12')).toEqual({ key: '/fr/years/2025?page=12', path: '/fr/years/2025?page=12', city: null, page: 12 });
    expect(pageTarget('/nl/embed', '?city=4&page=3')).toEqual({ key: '/nl/embed?city=4&page=3', path: '/nl/embed?city=4&page=3', city: 4, page: 3 });
    expect(pageTarget('/en/embed', '?page=3')).toEqual({ key: '/en/embed?page=3', path: '/embed?page=3', city: null, page: 3 });
  });

  it('leaves out the tags of newsletter and social network links', () => {
    expect(pageTarget('/en', '?utm_source=news&utm_medium=email')).toEqual({ key: '/en', path: '/', city: null, page: null });
    expect(pageTarget('/fr/embed', '?fbclid=abc&city=4&utm_campaign=x&page=2')).toEqual({
      key: '/fr/embed?city=4&page=2',
      path: '/fr/embed?city=4&page=2',
      city: 4,
      page: 2,
    });
    expect(withoutTracking(new URLSearchParams('utm_source=a&q=1&gclid=b&page=2')).toString()).toBe('q=1&page=2');
    // Tags do not make an unknown parameter acceptable.
    expect(pageTarget('/en', '?utm_source=news&x=1')).toBeNull();
  });

  it('is no key at all for another language, page or query', () => {
    for (const [path, search] of [
      ['/xx', ''],
      ['/', ''],
      ['/en/coordinate', ''],
      ['/en/buildings/012', ''],
      ['/en/buildings/abc', ''],
      ['/en/embed', '?city=abc'],
      ['/en/embed', '?city=04'],
      ['/en/embed', '?city=0'],
      ['/en/embed', '?city=-4'],
      ['/en/embed', '?city='],
      ['/en/embed', '?city=4&city=5'],
      ['/en/embed', '?city=4&x=1'],
      ['/en/embed', '?town=4'],
      ['/en', '?city=4'],
      ['/en', '?page=1'],
      ['/en', '?page=02'],
      ['/en', '?page=0'],
      ['/en', '?page=2&page=3'],
      ['/en', '?page=2&x=1'],
      ['/en/buildings/12', '?page=2'],
      ['/en/embed', '?page=3&city=4'],
    ] as const) {
      expect(pageTarget(path, search), `${path}${search}`).toBeNull();
    }
  });
});

/** A render that the test finishes when it likes, counting what was asked for. */
function controlledRenders() {
  const asked: string[] = [];
  const pending: { path: string; resolve: (r: Rendered) => void; reject: (e: Error) => void }[] = [];
  const render = (path: string) =>
    new Promise<Rendered>((resolve, reject) => {
      asked.push(path);
      pending.push({ path, resolve, reject });
    });
  return { asked, pending, render };
}

const html = (body: string, status = 200): Rendered => ({ status, headers: [['content-type', 'text/html; charset=utf-8']], body: Buffer.from(body) });

function publicCache(render: (path: string) => Promise<Rendered>, extra: { now?: () => number; revision?: () => number } = {}) {
  const logs: string[] = [];
  const revision = extra.revision ?? (() => 1);
  const cache = new PublicPageCache({ render, revision: async () => revision(), placeholder: PLACEHOLDER, log: (m) => logs.push(m), now: extra.now });
  return { cache, logs };
}

const target = (path: string, search = ''): PageTarget => pageTarget(path, search)!;

describe('the public page cache', () => {
  it('renders a page once, whatever number of request signatures lead to it, during and after the render', async () => {
    const r = controlledRenders();
    const { cache } = publicCache(r.render);
    const fr = target('/fr');
    // Visitors whose languages differ in any detail all lead to /fr.
    for (let i = 0; i < 20; i++) expect(await cache.resolve(`/fr\n\nfr-BE;q=0.${i}`, fr)).toBeUndefined();
    await new Promise((done) => setTimeout(done, 0));
    expect(r.asked).toEqual(['/fr']);
    r.pending[0]!.resolve(html('<p>carte</p>'));
    await Promise.resolve();
    await new Promise((done) => setTimeout(done, 0));
    // A new signature to a stored page gets it at once, with no render.
    expect(await cache.resolve('/fr\n\nfr-CA', fr)).toBeDefined();
    expect(await cache.lookup('/fr\n\nfr-BE;q=0.3')).toBeDefined();
    await cache.fill(fr);
    expect(r.asked).toEqual(['/fr']);
  });

  it('renders a page again when the public data has moved on', async () => {
    let revision = 1;
    const renders: string[] = [];
    const { cache } = publicCache(
      async (path) => {
        renders.push(path);
        return html(`<p>revision ${revision}</p>`);
      },
      { revision: () => revision },
    );
    await cache.fill(target('/nl'));
    expect(await cache.lookup('x')).toBeUndefined();
    expect(await cache.resolve('x', target('/nl'))).toBeDefined();
    revision = 2;
    expect(await cache.lookup('x')).toBeUndefined();
    expect(await cache.resolve('x', target('/nl'))).toBeUndefined();
    expect(renders).toEqual(['/nl', '/nl']);
  });

  it('has at most a few renders in flight, whatever number of pages is asked for', async () => {
    const r = controlledRenders();
    const { cache } = publicCache(r.render);
    await Promise.all(Array.from({ length: 50 }, (_, i) => cache.resolve(`/buildings/${i + 1}`, target(`/en/buildings/${i + 1}`))));
    await new Promise((done) => setTimeout(done, 0));
    expect(r.asked).toHaveLength(MAX_CONCURRENT_FILLS);
    expect(cache.fills).toBe(MAX_CONCURRENT_FILLS);
  });

  it('stores an embed of one city only when the page says it showed that city', async () => {
    const { cache } = publicCache(async (path) =>
      html(path === '/embed?city=4' ? '<main id="main" class="embed" data-embed-city="4">Ghent</main>' : '<main id="main" class="embed"><p>No lights</p></main>'),
    );
    await cache.fill(target('/en/embed', '?city=4'));
    await cache.fill(target('/en/embed', '?city=999'));
    expect(await cache.resolve('a', target('/en/embed', '?city=4'))).toBeDefined();
    expect(cache.pages.size).toBe(1);
  });

  it('stores a later page of a list only when the page says it showed that page', async () => {
    const { cache } = publicCache(async (path) =>
      path === '/?page=2' ? html('<main id="main" class="home" data-list-page="2">rows 51–100</main>') : html('not here', 404),
    );
    await cache.fill(target('/en', '?page=2'));
    await cache.fill(target('/en', '?page=9999'));
    expect(await cache.resolve('a', target('/en', '?page=2'))).toBeDefined();
    expect(cache.pages.size).toBe(1);
  });

  it('logs a failed fill once per page, with the reason, and does not retry it at once; a missing page is not a failure', async () => {
    let now = 1_000;
    const renders: string[] = [];
    const { cache, logs } = publicCache(
      async (path) => {
        renders.push(path);
        if (path === '/fr') throw new Error('socket hang up');
        if (path === '/de') return html('oops', 500);
        return html('not here', 404);
      },
      { now: () => now },
    );
    for (let i = 0; i < 3; i++) {
      await cache.fill(target('/fr'));
      await cache.fill(target('/de'));
      await cache.fill(target('/en/buildings/999'));
    }
    expect(renders).toEqual(['/fr', '/de', '/buildings/999']);
    expect(logs).toHaveLength(2);
    expect(logs[0]).toContain('/fr');
    expect(logs[0]).toContain('socket hang up');
    expect(logs[1]).toContain('/de');
    expect(logs[1]).toContain('status 500');
    // Tried again a while later, but not logged again.
    now += FILL_RETRY_MS + 1;
    await cache.fill(target('/fr'));
    expect(renders).toHaveLength(4);
    expect(logs).toHaveLength(2);
  });

  it('remembers a bounded number of request signatures, and none that is huge', async () => {
    const { cache } = publicCache(async () => html('x'));
    const en = target('/en');
    for (let i = 0; i < MAX_SIGNATURES + 500; i++) await cache.resolve(`/\n\nen;q=${i}`, en);
    expect(cache.signatureCount).toBeLessThanOrEqual(MAX_SIGNATURES);
    const before = cache.signatureCount;
    await cache.resolve(`/\n\n${'en,'.repeat(5000)}`, en);
    expect(cache.signatureCount).toBeLessThanOrEqual(before);
  });
});
