import 'server-only';
import { cache } from 'react';
import { getPublicCampaign, getPublishedCampaign, listPublishedCampaigns } from '@/lib/campaigns/campaigns';
import { mapDataFor, mapDataPath, toMapDocument, type MapDataDocument } from '@/lib/lights/map-data';
import { type MapData } from '@/lib/lights/view';
import { getPublicBuilding, listPublicLights, toPublicCampaign } from '@/lib/lights/public';
import { type PublicCampaign, type PublicLight } from '@/lib/lights/view';
import { feedBody, type FeedFormat } from '@/lib/lights/open-data';
import { encodeBody, type EncodedBody } from '@/lib/http/compression';
import { currentPublicRevision } from '@/lib/public-data/revision';
import { hasMemoised, memoised, peekMemoised } from '@/lib/public-data/memo';
import { encodedAnswer, registerFastLane } from '@/lib/http/lanes';
import { dayTimeline, windowsOf, type DayTimeline } from '@/lib/lights/day';
import { listHelpCentres } from '@/lib/help-centres/help-centres';
import { toPublicHelpCentres, type PublicHelpCentre } from '@/lib/help-centres/public';
import { localDate } from '@/lib/time';
import { listOpenEvents, type OpenEvent } from '@/lib/events/open-data';

export type PublicMapData = { campaign: PublicCampaign; lights: PublicLight[] };

/** The year of the campaign the public map shows, or null when none is published. */
export function cachedPublicCampaignYear(): Promise<number | null> {
  return memoised('public-campaign-year', async () => (await getPublicCampaign())?.year ?? null);
}

/** Years of the published campaigns, newest first. */
export function cachedPublishedYears(): Promise<number[]> {
  return memoised('published-years', async () => (await listPublishedCampaigns()).map((c) => c.year));
}

/** A published campaign's approved lights, kept per year until the public data's revision moves on. */
export function cachedLights(year: number): Promise<PublicMapData | null> {
  return memoised(`lights:${year}`, async (): Promise<PublicMapData | null> => {
    const campaign = await getPublishedCampaign(year);
    if (!campaign) return null;
    return { campaign: toPublicCampaign(campaign), lights: await listPublicLights(campaign.id) };
  });
}

/** A published campaign's approved events, kept per year until the public data's revision moves on (partners and events move it too). */
export function cachedEvents(year: number): Promise<OpenEvent[] | null> {
  return memoised(`events:${year}`, async () => {
    const campaign = await getPublishedCampaign(year);
    return campaign ? listOpenEvents(campaign.id) : null;
  });
}

function cachedMapDocument(year: number): Promise<MapDataDocument | null> {
  return memoised(`map-document:${year}`, async () => {
    const [data, events] = await Promise.all([cachedLights(year), cachedEvents(year)]);
    // The partners' events travel with the buildings: the map's script draws them from this one download.
    const mapped = (events ?? []).map((e) => ({ ...e, day: localDate(new Date(e.startsAt), e.timeZone) }));
    return data && toMapDocument(year, data.campaign.eventDate, data.lights, mapped);
  });
}

/** A year's map data document, encoded once per change, and its version (the hash of its bytes). */
export type MapDataPayload = { year: number; version: string; path: string; encoded: EncodedBody };

/** A version names one body for ever: browsers, nginx and CDNs may keep it a year without asking again. */
export const MAP_DATA_HEADERS: Record<string, string> = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'public, max-age=31536000, immutable',
  'Access-Control-Allow-Origin': '*',
};

const MAP_DATA_URL = /^\/api\/lights\/(\d{4})\/map\/([A-Za-z0-9_-]{1,64})\.json$/;

// This module may be loaded more than once (pages and route handlers are
// bundled apart): each copy offers what its own memory holds. (The open-data
// feed has no lane: it is not what the evening's visitors ask for, and nginx
// keeps it as its Cache-Control says.)
const copy = Math.random().toString(36).slice(2);

// The current version of a year's map data, as the route handler would send
// it; any other version goes to the route handler, which redirects it.
registerFastLane(`map-data:${copy}`, async (req) => {
  const match = MAP_DATA_URL.exec(req.url ?? '');
  if (!match) return null;
  const key = `map-data:${match[1]}`;
  if (!hasMemoised(key)) return null;
  const payload = peekMemoised<MapDataPayload | null>(key, await currentPublicRevision());
  return payload && payload.version === match[2] ? encodedAnswer(req, payload.encoded, MAP_DATA_HEADERS) : null;
});

/**
 * The map data the browser fetches (see lib/lights/map-data.ts), the same in
 * every language, serialised and compressed once per change of the public
 * data. Its version is a hash of its bytes, so a URL always names the same
 * bytes, whichever process or restore made them.
 */
export function cachedMapData(year: number): Promise<MapDataPayload | null> {
  return memoised(`map-data:${year}`, async (): Promise<MapDataPayload | null> => {
    const document = await cachedMapDocument(year);
    if (!document) return null;
    const encoded = encodeBody(JSON.stringify(document));
    const version = encoded.identity.etag.slice(1, 17);
    return { year, version, path: mapDataPath(year, version), encoded };
  });
}

export type PublicMapView = {
  campaign: PublicCampaign;
  /** In one language and in list order; the page sends only its first rows. */
  map: MapData;
  timeline: DayTimeline;
  confirmedLit: number;
  /** Where the browser fetches the whole map data. */
  dataPath: string;
};

/**
 * What a map page needs on the server: the year's lights in one language and
 * list order (for the rows it sends), the day's timeline and the map data's
 * URL. Kept per year and language until the public data changes.
 */
export function cachedMapView(year: number, locale: string): Promise<PublicMapView | null> {
  return memoised(`map:${year}:${locale}`, async (): Promise<PublicMapView | null> => {
    const [data, document, payload] = await Promise.all([cachedLights(year), cachedMapDocument(year), cachedMapData(year)]);
    if (!data || !document || !payload) return null;
    return {
      campaign: data.campaign,
      map: mapDataFor(document, locale),
      timeline: dayTimeline(data.campaign.eventDate, windowsOf(data.lights)),
      confirmedLit: data.lights.filter((l) => l.litAt !== null).length,
      dataPath: payload.path,
    };
  });
}

/** The body is kept as bytes in every encoding, so a request neither encodes nor compresses. */
export type Feed = { campaign: PublicCampaign; encoded: EncodedBody };

/** The open-data body of a year, serialised, compressed and hashed once per change, not per request. */
export function cachedFeed(year: number, format: FeedFormat): Promise<Feed | null> {
  return memoised(`feed:${year}:${format}`, async (): Promise<Feed | null> => {
    const data = await cachedLights(year);
    if (!data) return null;
    return { campaign: data.campaign, encoded: encodeBody(feedBody(format, data.campaign, data.lights)) };
  });
}

const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  geojson: 'application/geo+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
};

/** The feed's headers: served from caches for 5 minutes, then revalidated in the background for up to a day; readable from any origin. */
export function feedHeaders(year: number, format: FeedFormat): Record<string, string> {
  return {
    'Content-Type': FEED_CONTENT_TYPES[format],
    'Cache-Control': 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400',
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'ETag',
    ...(format === 'csv' ? { 'Content-Disposition': `attachment; filename="blue-lights-${year}.csv"` } : {}),
  };
}

/** Only the lights of one city (an embed for a city's website). */
export function onlyCity(map: MapData, cityId: number): MapData {
  return { cities: map.cities.filter((c) => c.id === cityId), lights: map.lights.filter((l) => l.cityId === cityId) };
}

/**
 * A building as the public may see it, with its approved lights of every
 * year, or undefined. Read from SQLite on each render, not kept in Next.js's
 * data cache: that cache stores an entry (a file) for every id it is asked
 * for, so random `/buildings/{id}` requests would grow the disk without
 * bound. The read is a few indexed lookups, and an anonymous visitor's
 * building page is kept by the public page cache anyway. Shared by the page
 * and its metadata within one request.
 */
export const publicBuilding = cache((buildingId: number) => getPublicBuilding(buildingId));

/** The help centres in one language for the map page (layer and list), kept until the public data changes: an organiser's edit moves its revision. */
export function cachedHelpCentres(locale: string): Promise<PublicHelpCentre[]> {
  return memoised(`help-centres:${locale}`, async () => toPublicHelpCentres(await listHelpCentres(), locale));
}
