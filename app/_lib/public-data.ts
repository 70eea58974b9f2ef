import 'server-only';
import { updateTag } from 'next/cache';
import { PUBLIC_TAG } from '@/lib/cache-tags';
import { bumpPublicRevision } from '@/lib/public-revision';

/**
 * After a write the public may see: expires the cached data under these tags
 * and the cached public pages (see lib/page-cache.ts), so the next visitor
 * gets the change at once.
 */
export function publicDataChanged(...tags: string[]): void {
  for (const tag of [...tags, PUBLIC_TAG]) updateTag(tag);
  bumpPublicRevision();
}
