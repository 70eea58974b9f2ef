import { storePage } from '@/lib/http/page-cache';

/** The nonce placeholder the tests' pages are rendered with. */
export const PLACEHOLDER = 'cGxhY2Vob2xkZXIxMjM0NQ==';

/** A page as the public page cache stores it. */
export function page(html: string, revision = 1, headers: [string, string][] = []) {
  return storePage(Buffer.from(html), headers, PLACEHOLDER, revision);
}

export const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString();
