import { describe, expect, it } from 'vitest';
import { PAGE_CACHE_MAX_PAGE_BYTES, PageCache, pageChunks, pageHeaders, storePage } from '@/lib/page-cache';

const PLACEHOLDER = 'cGxhY2Vob2xkZXIxMjM0NQ==';

function page(html: string, revision = 1, headers: [string, string][] = []) {
  return storePage(Buffer.from(html), headers, PLACEHOLDER, revision);
}

const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString();

describe('a stored page', () => {
  it('gets the nonce of each response wherever the placeholder was', () => {
    const stored = page(`<script nonce="${PLACEHOLDER}">a</script><script src="x.js" nonce="${PLACEHOLDER}"></script>{"nonce":"${PLACEHOLDER}"}`);
    expect(text(pageChunks(stored, 'first'))).toBe('<script nonce="first">a</script><script src="x.js" nonce="first"></script>{"nonce":"first"}');
    expect(text(pageChunks(stored, 'second'))).toBe('<script nonce="second">a</script><script src="x.js" nonce="second"></script>{"nonce":"second"}');
  });

  it('is returned unchanged when it holds no placeholder, and keeps multi-byte text whole', () => {
    const html = '<p>Liège · Brussel · 東京</p>';
    expect(text(pageChunks(page(html), 'n'))).toBe(html);
    expect(text(pageChunks(page(`${PLACEHOLDER}${html}${PLACEHOLDER}`), 'n'))).toBe(`n${html}n`);
  });

  it('keeps the page headers with the nonce put in, but not those of one transfer or of Next.js routing', () => {
    const stored = page('x', 1, [
      ['Content-Type', 'text/html; charset=utf-8'],
      ['Link', `</a.css>; rel=preload; as="style"; nonce="${PLACEHOLDER}"`],
      ['set-cookie', 'NEXT_LOCALE=fr; Path=/'],
      ['Content-Length', '1'],
      ['Transfer-Encoding', 'chunked'],
      ['Date', 'Thu, 30 Jul 2026 19:00:00 GMT'],
      ['Connection', 'keep-alive'],
      ['x-middleware-rewrite', '/fr'],
    ]);
    expect(pageHeaders(stored, PLACEHOLDER, 'abc')).toEqual([
      ['Content-Type', 'text/html; charset=utf-8'],
      ['Link', '</a.css>; rel=preload; as="style"; nonce="abc"'],
      ['set-cookie', 'NEXT_LOCALE=fr; Path=/'],
    ]);
  });
});

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
    const cache = new PageCache(25);
    cache.set('a', page('a'.repeat(10)));
    cache.set('b', page('b'.repeat(10)));
    expect(cache.get('a', 1)).toBeDefined(); // a is now the more recently used
    cache.set('c', page('c'.repeat(10)));
    expect(cache.get('b', 1)).toBeUndefined();
    expect(cache.get('a', 1)).toBeDefined();
    expect(cache.get('c', 1)).toBeDefined();
    expect(cache.bytes).toBe(20);
  });

  it('replaces a page stored again under the same key, counting its bytes once', () => {
    const cache = new PageCache(100);
    cache.set('a', page('old old old', 1));
    cache.set('a', page('new', 2));
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(3);
    expect(text(pageChunks(cache.get('a', 2)!, 'n'))).toBe('new');
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
