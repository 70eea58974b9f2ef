/**
 * The events in the open data, beside the buildings': GeoJSON (RFC 7946) and
 * CSV from one column table, as the exports do. Codes stay codes (`launch`),
 * local times are `HH:MM` in the place's zone, instants ISO 8601 in UTC; the
 * titles and the organisation's names per language come last (`title_fr`,
 * `partner_nl`), like the buildings' `name_<lang>`. Every text cell goes
 * through the CSV writer's safe-text, so that no title becomes a formula.
 */
import { LOCALES, type Locale } from '@/lib/constants';
import { toCsv } from '@/lib/exports/csv';
import type { CellValue, Column } from '@/lib/exports/table';
import { formatLocalTime, localDate } from '@/lib/time';
import type { OpenEvent } from './open-data';

export const EVENT_FEED_FORMATS = ['ics', 'geojson', 'csv'] as const;
export type EventFeedFormat = (typeof EVENT_FEED_FORMATS)[number];

export const titleColumnOf = <L extends Locale>(locale: L) => `title_${locale}` as const;
export const partnerColumnOf = <L extends Locale>(locale: L) => `partner_${locale}` as const;

const round = (n: number) => Math.round(n * 1e6) / 1e6;
const at = (ms: number) => new Date(ms);

export const EVENT_COLUMNS: Column<OpenEvent>[] = [
  { header: 'id', type: 'integer', value: (e) => e.id },
  { header: 'year', type: 'integer', value: (e) => e.year },
  { header: 'kind', type: 'text', value: (e) => e.kind },
  { header: 'title', type: 'text', value: (e) => e.title },
  { header: 'partner_id', type: 'integer', value: (e) => e.partner.id },
  { header: 'partner', type: 'text', value: (e) => e.partner.name },
  { header: 'partner_website', type: 'text', value: (e) => e.partner.website || null },
  { header: 'address', type: 'text', value: (e) => e.address },
  { header: 'city_id', type: 'integer', value: (e) => e.city.id },
  { header: 'city', type: 'text', value: (e) => e.city.name },
  { header: 'province', type: 'text', value: (e) => e.city.province },
  { header: 'country', type: 'text', value: (e) => e.city.country },
  { header: 'lat', type: 'decimal', value: (e) => round(e.lat) },
  { header: 'lng', type: 'decimal', value: (e) => round(e.lng) },
  { header: 'time_zone', type: 'text', value: (e) => e.timeZone },
  { header: 'date', type: 'text', value: (e) => localDate(at(e.startsAt), e.timeZone) },
  { header: 'start', type: 'text', value: (e) => formatLocalTime(at(e.startsAt), e.timeZone) },
  { header: 'end', type: 'text', value: (e) => formatLocalTime(at(e.endsAt), e.timeZone) },
  { header: 'starts_at', type: 'datetime', value: (e) => at(e.startsAt) },
  { header: 'ends_at', type: 'datetime', value: (e) => at(e.endsAt) },
  { header: 'description', type: 'text', value: (e) => e.description },
  { header: 'accessibility', type: 'text', value: (e) => e.accessibility },
  { header: 'link', type: 'text', value: (e) => e.link || null },
  { header: 'url', type: 'text', value: (e) => `/events/${e.id}` },
  ...LOCALES.map((l) => ({ header: titleColumnOf(l), type: 'text' as const, value: (e: OpenEvent) => e.titles[l] ?? null })),
  ...LOCALES.map((l) => ({ header: partnerColumnOf(l), type: 'text' as const, value: (e: OpenEvent) => e.partner.names[l] ?? null })),
];

/**
 * One row per event. Written with the CSV writer itself rather than the
 * table module's, which also loads the XLSX writer: the open data needs none.
 */
export function eventsCsv(events: OpenEvent[]): string {
  return toCsv([EVENT_COLUMNS.map((c) => c.header), ...events.map((e) => EVENT_COLUMNS.map((c) => c.value(e)))]);
}

export type EventFeature = {
  type: 'Feature';
  id: number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, string | number | null>;
};

/** RFC 7946: positions are [longitude, latitude]; the other columns become properties. */
export function eventsGeoJson(year: number, events: OpenEvent[]): { type: 'FeatureCollection'; year: number; features: EventFeature[] } {
  const propertyColumns = EVENT_COLUMNS.filter((c) => c.header !== 'lat' && c.header !== 'lng');
  const json = (v: CellValue) => (v instanceof Date ? v.toISOString() : v);
  return {
    type: 'FeatureCollection',
    year,
    features: events.map((e) => ({
      type: 'Feature',
      id: e.id,
      geometry: { type: 'Point', coordinates: [round(e.lng), round(e.lat)] },
      properties: Object.fromEntries(propertyColumns.map((c) => [c.header, json(c.value(e))])),
    })),
  };
}
