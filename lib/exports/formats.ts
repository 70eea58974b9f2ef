/**
 * The organisers' exports of registrations: CSV, XLSX and GeoJSON, all from
 * the same rows and columns. Column names are stable snake_case (like the open
 * data feed), codes (status, kind) are untranslated, instants are UTC.
 */
import type { ExportRow } from './registrations';
import { toCsvTable, toXlsxTable, type Column } from './table';

export const REGISTRATION_COLUMNS: Column<ExportRow>[] = [
  { header: 'registration_id', type: 'integer', value: (r) => r.illuminationId },
  { header: 'year', type: 'integer', value: (r) => r.year },
  { header: 'status', type: 'text', width: 12, value: (r) => r.status },
  { header: 'building_id', type: 'integer', value: (r) => r.buildingId },
  { header: 'name', type: 'text', width: 36, value: (r) => r.name },
  { header: 'kind', type: 'text', width: 12, value: (r) => r.kind },
  { header: 'address', type: 'text', width: 36, value: (r) => r.address },
  { header: 'city', type: 'text', value: (r) => r.city },
  { header: 'province', type: 'text', value: (r) => r.province },
  { header: 'country', type: 'text', width: 8, value: (r) => r.country },
  { header: 'latitude', type: 'decimal', value: (r) => r.lat },
  { header: 'longitude', type: 'decimal', value: (r) => r.lng },
  { header: 'time_zone', type: 'text', width: 18, value: (r) => r.timeZone },
  { header: 'lights_on_mode', type: 'text', width: 10, value: (r) => r.lightsOnMode },
  { header: 'lights_on_local', type: 'text', width: 10, value: (r) => r.lightsOn },
  { header: 'lights_off_local', type: 'text', width: 10, value: (r) => r.lightsOff },
  { header: 'lights_on_at_utc', type: 'datetime', width: 20, value: (r) => r.lightsOnAt },
  { header: 'lights_off_at_utc', type: 'datetime', width: 20, value: (r) => r.lightsOffAt },
  { header: 'review_reason', type: 'text', width: 36, value: (r) => r.reviewReason },
  { header: 'reviewed_at_utc', type: 'datetime', width: 20, value: (r) => r.reviewedAt },
  { header: 'submitted_at_utc', type: 'datetime', width: 20, value: (r) => r.submittedAt },
  { header: 'updated_at_utc', type: 'datetime', width: 20, value: (r) => r.updatedAt },
  { header: 'lit_at_utc', type: 'datetime', width: 20, value: (r) => r.litAt },
  { header: 'description', type: 'text', width: 48, value: (r) => r.description },
];

export function registrationsCsv(rows: ExportRow[], delimiter: ',' | ';' = ','): string {
  return toCsvTable(REGISTRATION_COLUMNS, rows, delimiter);
}

export function registrationsXlsx(rows: ExportRow[]): Promise<Buffer> {
  return toXlsxTable(REGISTRATION_COLUMNS, rows);
}

export type RegistrationFeature = {
  type: 'Feature';
  id: number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, string | number | null>;
};

/** RFC 7946: positions are [longitude, latitude]; the other columns become properties. */
export function registrationsGeoJson(rows: ExportRow[]): { type: 'FeatureCollection'; features: RegistrationFeature[] } {
  const propertyColumns = REGISTRATION_COLUMNS.filter((c) => c.header !== 'latitude' && c.header !== 'longitude');
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      id: r.illuminationId,
      geometry: { type: 'Point', coordinates: [r.lng, r.lat] },
      properties: Object.fromEntries(
        propertyColumns.map((c) => {
          const v = c.value(r);
          return [c.header, v instanceof Date ? v.toISOString() : v];
        }),
      ),
    })),
  };
}
