import 'server-only';
import { cache } from 'react';
import { DEFAULT_LOCALE, type Locale } from '@/lib/constants';
import { env } from '@/lib/env';
import { eventsCalendar } from '@/lib/events/feed';
import { getPublicEvent, listPublicEvents } from '@/lib/events/public';
import type { PublicEvent } from '@/lib/events/public-view';
import { eventsCsv, eventsGeoJson, type EventFeedFormat } from '@/lib/events/open-data-formats';
import { encodeBody, type EncodedBody } from '@/lib/http/compression';
import { memoised } from '@/lib/public-data/memo';
import { listListedPartners, partnersOfYear, type PartnerWithEvents, type PublicPartner } from '@/lib/partners/public';
import { cachedEvents, cachedPublicCampaignYear } from './public';

// Kept beside the map data, which carries the events too (app/_data/public.ts).
export { cachedEvents };

/**
 * The events' open data of a year in one format, serialised, compressed and
 * hashed once per change (the calendar once per language too: its words are
 * the reader's; the GeoJSON and CSV are the same in every language).
 */
export function cachedEventsFeed(year: number, format: EventFeedFormat, locale: Locale): Promise<EncodedBody | null> {
  const lang = format === 'ics' ? locale : DEFAULT_LOCALE;
  return memoised(`events-feed:${year}:${format}:${lang}`, async () => {
    const events = await cachedEvents(year);
    if (!events) return null;
    const body =
      format === 'ics'
        ? eventsCalendar(year, events, lang, env().siteUrl.hostname)
        : format === 'csv'
          ? eventsCsv(events)
          : JSON.stringify(eventsGeoJson(year, events));
    return encodeBody(body);
  });
}

const CONTENT_TYPES: Record<EventFeedFormat, string> = {
  ics: 'text/calendar; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
};

/** The buildings' feed's caching: five minutes in shared caches, then revalidated in the background; readable from any origin. */
export function eventsFeedHeaders(year: number, format: EventFeedFormat): Record<string, string> {
  return {
    'Content-Type': CONTENT_TYPES[format],
    'Cache-Control': 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400',
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'ETag',
    'X-Content-Type-Options': 'nosniff',
    ...(format === 'csv' ? { 'Content-Disposition': `attachment; filename="blue-lights-${year}-events.csv"` } : {}),
    // Opened in place (a calendar program subscribes to the URL); saved under a telling name.
    ...(format === 'ics' ? { 'Content-Disposition': `inline; filename="blue-lights-${year}-events.ics"` } : {}),
  };
}

/** The listed partners (organisers' order), kept until the public data changes. */
function cachedListedPartners(): Promise<PublicPartner[]> {
  return memoised('listed-partners', listListedPartners);
}

/**
 * A year's partners with their approved events that year: every listed
 * partner for the campaign the public map shows (or a later one), those that
 * held an event for an earlier year; null for a year not published.
 */
export function cachedYearPartners(year: number): Promise<PartnerWithEvents[] | null> {
  return memoised(`year-partners:${year}`, async () => {
    const [events, listed, current] = await Promise.all([cachedEvents(year), cachedListedPartners(), cachedPublicCampaignYear()]);
    if (!events) return null;
    return partnersOfYear(listed, events, current === null || year >= current);
  });
}

/**
 * A published campaign's public events in one language, kept until the
 * public data changes (the database moves its revision when an event or a
 * partner does).
 */
export function cachedPublicEvents(year: number, locale: string): Promise<PublicEvent[]> {
  return memoised(`public-events:${year}:${locale}`, () => listPublicEvents(year, locale));
}

/**
 * One public event, read on each render like a building (random ids must not
 * grow a cache); shared by the page and its metadata within one request.
 */
export const publicEvent = cache((eventId: number, locale: string) => getPublicEvent(eventId, locale));
