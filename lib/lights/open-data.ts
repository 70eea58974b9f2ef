/**
 * The open-data feed of a campaign: GeoJSON and CSV bodies, and the HTTP
 * validators (strong ETag) that let caches and re-users skip unchanged data.
 */
import { createHash } from 'node:crypto';
import { toCsv, type CsvCell } from '@/lib/exports';
import { toFeatureCollection } from './geojson';
import type { PublicCampaign, PublicLight } from './view';

export const FEED_FORMATS = ['geojson', 'csv'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export const CSV_COLUMNS = [
  'id',
  'name',
  'kind',
  'address',
  'city_id',
  'city',
  'province',
  'country',
  'lat',
  'lng',
  'time_zone',
  'lights_on_mode',
  'lights_on',
  'lights_on_at',
  'lights_off',
  'lights_off_at',
  'lit_at',
  'description',
  'url',
] as const;

/** One row per approved building; times are local (`HH:MM`) and instants ISO 8601 UTC. */
export function lightsToCsv(lights: PublicLight[]): string {
  const rows: CsvCell[][] = [[...CSV_COLUMNS]];
  for (const l of lights) {
    rows.push([
      l.id,
      l.name,
      l.kind,
      l.address,
      l.city.id,
      l.city.name,
      l.city.province,
      l.city.country,
      Math.round(l.lat * 1e6) / 1e6,
      Math.round(l.lng * 1e6) / 1e6,
      l.city.timeZone,
      l.lightsOn.mode,
      l.lightsOn.time,
      l.lightsOn.at,
      l.lightsOff.time,
      l.lightsOff.at,
      l.litAt,
      l.description,
      `/buildings/${l.id}`,
    ]);
  }
  return toCsv(rows);
}

export function feedBody(format: FeedFormat, campaign: PublicCampaign, lights: PublicLight[]): string {
  return format === 'csv' ? lightsToCsv(lights) : JSON.stringify(toFeatureCollection(campaign, lights));
}

/** A strong entity tag: the hash of the exact bytes sent. */
export function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 32)}"`;
}

/**
 * Whether an `If-None-Match` header matches `etag` (RFC 9110 §13.1.2: weak
 * comparison, a list of tags, or `*`).
 */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
