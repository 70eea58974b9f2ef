/**
 * The organisers' exports of registrations: CSV, XLSX and GeoJSON, all from
 * the same rows and columns.
 * - For machines (CSV, GeoJSON): stable snake_case column names (like the open
 *   data feed), codes (status, kind) untranslated, instants in UTC.
 * - For people (XLSX): the same columns, named and filled in the organiser's
 *   language ("Town hall", not `town_hall`), from words the caller passes in
 *   (ExportWords), so that lib/ never reaches for the request.
 */
import { LOCALES, type BuildingKind, type IlluminationStatus, type LightsOnMode, type Locale } from '@/lib/constants';
import { zoneInWords } from '@/lib/dates';
import { cityName, nameColumnOf } from '@/lib/localized';
import type { ExportRow } from './registrations';
import { toCsvTable, toXlsxTable, type CellValue, type Column } from './table';

/** A column: its stable machine name (`header`), and how a person reads it where that differs from the code. */
type RegistrationColumn = Column<ExportRow> & { forPeople?: (row: ExportRow, words: ExportWords) => CellValue };

/** The building's name in a language (`name_nl`): one column per language of the site, empty where it has none. */
const NAME_COLUMNS = LOCALES.map((l) => ({ header: nameColumnOf(l), type: 'text' as const, width: 36, value: (r: ExportRow) => r.names[l] ?? null }));

/** Whether a column is one of the names per language, and which. */
export function languageOfColumn(header: string): Locale | null {
  return LOCALES.find((l) => nameColumnOf(l) === header) ?? null;
}

export const REGISTRATION_COLUMNS = [
  { header: 'registration_id', type: 'integer', value: (r) => r.illuminationId },
  { header: 'year', type: 'integer', value: (r) => r.year },
  { header: 'status', type: 'text', width: 12, value: (r) => r.status, forPeople: (r, w) => w.statuses[r.status] },
  { header: 'building_id', type: 'integer', value: (r) => r.buildingId },
  { header: 'name', type: 'text', width: 36, value: (r) => r.name },
  { header: 'kind', type: 'text', width: 12, value: (r) => r.kind, forPeople: (r, w) => w.kinds[r.kind] },
  { header: 'address', type: 'text', width: 36, value: (r) => r.address },
  { header: 'city', type: 'text', value: (r) => r.city, forPeople: (r, w) => cityName({ name: r.city, names: r.cityNames }, w.locale) },
  { header: 'province', type: 'text', value: (r) => r.province, forPeople: (r, w) => w.province(r.province) },
  { header: 'country', type: 'text', width: 8, value: (r) => r.country, forPeople: (r, w) => countryName(r.country, w.locale) },
  { header: 'latitude', type: 'decimal', value: (r) => r.lat },
  { header: 'longitude', type: 'decimal', value: (r) => r.lng },
  { header: 'time_zone', type: 'text', width: 18, value: (r) => r.timeZone, forPeople: (r, w) => zoneInWords(r.timeZone, w.locale, r.lightsOnAt ?? undefined) },
  { header: 'lights_on_mode', type: 'text', width: 10, value: (r) => r.lightsOnMode, forPeople: (r, w) => w.lightsOnModes[r.lightsOnMode] },
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
  // Last, so that a reader of the earlier columns by position is not thrown off.
  ...NAME_COLUMNS,
] as const satisfies readonly RegistrationColumn[];

/** The stable name of each column: `registration_id`, `status`… (CSV headers, GeoJSON properties). */
export type RegistrationColumnName = (typeof REGISTRATION_COLUMNS)[number]['header'];

/** The words of the people's export, in the organiser's language (messages `ExportColumns`, `Kinds`, `Exports.statuses`). */
export type ExportWords = {
  locale: Locale;
  /** The sheet's name: "Registrations", "Inscriptions"… */
  sheet: string;
  headers: Record<RegistrationColumnName, string>;
  statuses: Record<IlluminationStatus, string>;
  kinds: Record<BuildingKind, string>;
  lightsOnModes: Record<LightsOnMode, string>;
  /** A province's name in the language, where known ("Oost-Vlaanderen"); else as stored. */
  province: (province: string) => string;
};

/** "Belgium", "Belgique", "België", "Belgien" for `BE`; the code where Intl has no name. */
function countryName(code: string, locale: Locale): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The columns as a person reads them: headings and values in the words given. */
export function peopleColumns(words: ExportWords): Column<ExportRow>[] {
  return REGISTRATION_COLUMNS.map((c: RegistrationColumn) => ({
    header: words.headers[c.header as RegistrationColumnName],
    type: c.type,
    // Wide enough for the heading, which may be longer than the code.
    width: Math.max(c.width ?? (c.type === 'text' ? 24 : 14), Math.min(40, words.headers[c.header as RegistrationColumnName].length + 2)),
    value: c.forPeople ? (r: ExportRow) => c.forPeople!(r, words) : c.value,
  }));
}

export function registrationsCsv(rows: ExportRow[], delimiter: ',' | ';' = ','): string {
  return toCsvTable([...REGISTRATION_COLUMNS], rows, delimiter);
}

/** The XLSX: for people in `words`' language; without words, with the machine names of the CSV. */
export function registrationsXlsx(rows: ExportRow[], words?: ExportWords): Promise<Buffer> {
  return words ? toXlsxTable(peopleColumns(words), rows, words.sheet) : toXlsxTable([...REGISTRATION_COLUMNS], rows);
}

export type RegistrationFeature = {
  type: 'Feature';
  id: number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, string | number | null>;
};

/** RFC 7946: positions are [longitude, latitude]; the other columns become properties. */
export function registrationsGeoJson(rows: ExportRow[]): { type: 'FeatureCollection'; features: RegistrationFeature[] } {
  const propertyColumns = REGISTRATION_COLUMNS.filter((c: Column<ExportRow>) => c.header !== 'latitude' && c.header !== 'longitude');
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
