import { describe, expect, it } from 'vitest';
import { pageChunks, pageHeaders } from '@/lib/http/page-cache';
import { page, PLACEHOLDER, text } from '../helpers/stored-pages';

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
