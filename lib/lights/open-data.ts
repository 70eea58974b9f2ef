/**
 * The open-data feed of a campaign: GeoJSON and CSV bodies, and the HTTP
 * validators (strong ETag) that let caches and re-users skip unchanged data.
 */
import { LOCALES } from '@/lib/constants';
import { toCsv, type CsvCell } from '@/lib/exports/csv';
import { nameColumnOf } from '@/lib/localized';
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
  // Added last, so that a re-user reading the earlier columns by position is not thrown off.
  ...LOCALES.map(nameColumnOf),
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
      ...LOCALES.map((locale) => l.names[locale] ?? null),
    ]);
  }
  return toCsv(rows);
}

export function feedBody(format: FeedFormat, campaign: PublicCampaign, lights: PublicLight[]): string {
  return format === 'csv' ? lightsToCsv(lights) : JSON.stringify(toFeatureCollection(campaign, lights));
}

/** Matching `If-None-Match` lives with the other HTTP helpers. */
export { ifNoneMatchHits } from '@/lib/http/compression';
