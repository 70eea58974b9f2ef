import 'server-only';
import { updateTag } from 'next/cache';
import { bumpPublicRevision } from '@/lib/public-revision';

/**
 * After a write the public may see: expires the cached data under these tags
 * and the cached public pages (see lib/page-cache.ts), so the next visitor
 * gets the change at once.
 */
export function publicDataChanged(...tags: string[]): void {
  for (const tag of tags) updateTag(tag);
  bumpPublicRevision();
}
