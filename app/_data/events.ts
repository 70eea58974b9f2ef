import 'server-only';
import { cache } from 'react';
import { memoised } from '@/lib/public-data/memo';
import { getPublicEvent, listPublicEvents } from '@/lib/events/public';
import type { PublicEvent } from '@/lib/events/public-view';

/**
 * A published campaign's public events in one language, kept until the
 * public data changes (the database moves its revision when an event or a
 * partner does).
 */
export function cachedPublicEvents(year: number, locale: string): Promise<PublicEvent[]> {
  return memoised(`events:${year}:${locale}`, () => listPublicEvents(year, locale));
}

/**
 * One public event, read on each render like a building (random ids must not
 * grow a cache); shared by the page and its metadata within one request.
 */
export const publicEvent = cache((eventId: number, locale: string) => getPublicEvent(eventId, locale));
