import 'server-only';
import { cache } from 'react';
import { getPublicCampaign, getPublishedCampaign, listPublishedCampaigns } from '@/lib/campaigns';
import { sortByPlace, toMapData, type MapData } from '@/lib/lights';
import { getPublicBuilding, listPublicLights, toPublicCampaign, type PublicCampaign, type PublicLight } from '@/lib/lights';
import { feedBody, strongEtag, type FeedFormat } from '@/lib/lights';
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

export type PublicMapView = { campaign: PublicCampaign; map: MapData; timeline: DayTimeline };

/**
 * What the map page sends to the browser: the compact view of a year's lights
 * in one language, sorted for the list, and the day's timeline. Cached per
 * year and language, so the sorting is not redone per visit.
 */
export function cachedMapView(year: number, locale: string): Promise<PublicMapView | null> {
  return memoised(`map:${year}:${locale}`, async (): Promise<PublicMapView | null> => {
    const data = await cachedLights(year);
    if (!data) return null;
    const map = toMapData(data.lights, locale);
    const cities = new Map(map.cities.map((c) => [c.id, c]));
    return {
      campaign: data.campaign,
      map: { cities: map.cities, lights: sortByPlace(map.lights, cities, locale) },
      timeline: dayTimeline(data.campaign.eventDate, windowsOf(data.lights)),
    };
  });
}

/** The body is kept as bytes, so a request does not encode a large string again. */
export type Feed = { campaign: PublicCampaign; body: Uint8Array<ArrayBuffer>; etag: string };

/** The open-data body of a year and its ETag, serialised and hashed once per change, not per request. */
export function cachedFeed(year: number, format: FeedFormat): Promise<Feed | null> {
  return memoised(`feed:${year}:${format}`, async (): Promise<Feed | null> => {
    const data = await cachedLights(year);
    if (!data) return null;
    const text = feedBody(format, data.campaign, data.lights);
    return { campaign: data.campaign, body: new TextEncoder().encode(text), etag: strongEtag(text) };
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
