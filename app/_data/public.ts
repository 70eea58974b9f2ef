import 'server-only';
import { cache } from 'react';
import { getPublicCampaign, getPublishedCampaign, listPublishedCampaigns } from '@/lib/campaigns';
import { mapDataFor, mapDataPath, toMapDocument, type MapData, type MapDataDocument } from '@/lib/lights';
import { getPublicBuilding, listPublicLights, toPublicCampaign, type PublicCampaign, type PublicLight } from '@/lib/lights';
import { feedBody, type FeedFormat } from '@/lib/lights';
import { encodeBody, type EncodedBody } from '@/lib/http/compression';
import { memoised } from '@/lib/public-data';
import { dayTimeline, windowsOf, type DayTimeline } from '@/lib/lights';

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

function cachedMapDocument(year: number): Promise<MapDataDocument | null> {
  return memoised(`map-document:${year}`, async () => {
    const data = await cachedLights(year);
    return data && toMapDocument(year, data.campaign.eventDate, data.lights);
  });
}

/** A year's map data document, encoded once per change, and its version (the hash of its bytes). */
export type MapDataPayload = { year: number; version: string; path: string; encoded: EncodedBody };

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
