/**
 * The columns of an import file and the words accepted in them. The template
 * names the columns in English (`city`, `name`…); a header in French, Dutch
 * or German is understood too, as are the kinds of building in any of the
 * four languages, case, accents and punctuation ignored.
 */
import { BUILDING_KINDS, LOCALES, type BuildingKind, type Locale } from '@/lib/constants';
import { nameColumnOf } from '@/lib/localized';
import { normaliseName } from '@/lib/registrations/duplicates';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import nl from '@/messages/nl.json';

const BASE_COLUMNS = ['city', 'name', 'kind', 'address', 'latitude', 'longitude', 'lights_on', 'lights_off', 'description'] as const;
type BaseColumn = (typeof BASE_COLUMNS)[number];
/** The building's name in a language (`name_nl`), optional: one column per language of the site. */
export type OtherNameColumn = `name_${Locale}`;
export type ImportColumn = BaseColumn | OtherNameColumn;
const OTHER_NAME_COLUMNS: OtherNameColumn[] = LOCALES.map(nameColumnOf);

/** The columns in the template's order: the names in other languages right after the name. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [...BASE_COLUMNS.slice(0, 2), ...OTHER_NAME_COLUMNS, ...BASE_COLUMNS.slice(2)];

/** The language of a column of names per language, else null. */
export function languageOfColumn(column: ImportColumn): Locale | null {
  return LOCALES.find((l) => column === nameColumnOf(l)) ?? null;
}

/** Without these a file cannot be read at all. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['city', 'name'];

/** Other names of each column, in the four languages (compared normalised). */
const COLUMN_ALIASES: Record<BaseColumn, string[]> = {
  city: ['city', 'town', 'municipality', 'ville', 'commune', 'stad', 'gemeente', 'stadt', 'gemeinde', 'ort'],
  name: ['name', 'building', 'building name', 'nom', 'batiment', 'nom du batiment', 'naam', 'gebouw', 'naam van het gebouw', 'gebaude', 'gebaudename'],
  kind: ['kind', 'type', 'kind of building', 'genre', 'type de batiment', 'soort', 'soort gebouw', 'art', 'typ', 'gebaudeart'],
  address: ['address', 'adresse', 'adres', 'anschrift'],
  latitude: ['latitude', 'lat', 'breedtegraad', 'breitengrad', 'breite'],
  longitude: ['longitude', 'lng', 'lon', 'long', 'lengtegraad', 'langengrad', 'lange'],
  lights_on: ['lights on', 'lights on time', 'on', 'allumage', 'heure d allumage', 'aan', 'lichten aan', 'einschalten', 'licht an', 'an'],
  lights_off: ['lights off', 'lights off time', 'off', 'extinction', 'heure d extinction', 'uit', 'lichten uit', 'ausschalten', 'licht aus', 'aus'],
  description: ['description', 'beschrijving', 'omschrijving', 'beschreibung'],
};

const COLUMN_BY_NAME = new Map<string, ImportColumn>(
  IMPORT_COLUMNS.flatMap((column) => [column, ...(languageOfColumn(column) ? [] : COLUMN_ALIASES[column as BaseColumn])].map((alias) => [normaliseName(alias), column] as const)),
);

/** The column a header cell names, or null. */
export function columnOf(header: string): ImportColumn | null {
  return COLUMN_BY_NAME.get(normaliseName(header)) ?? null;
}

export type HeaderMap = {
  /** For each cell of the header row, the column it is (null: not one of ours, ignored). */
  columns: (ImportColumn | null)[];
  missing: ImportColumn[];
  /** Header cells that name no column (shown, so a misspelt one is noticed). */
  ignored: string[];
  /** Columns named twice: only the first is read. */
  repeated: ImportColumn[];
};

export function mapHeader(cells: string[]): HeaderMap {
  const seen = new Set<ImportColumn>();
  const repeated = new Set<ImportColumn>();
  const ignored: string[] = [];
  const columns = cells.map((cell) => {
    const column = columnOf(cell);
    if (!column) {
      if (cell.trim()) ignored.push(cell.trim());
      return null;
    }
    if (seen.has(column)) {
      repeated.add(column);
      return null;
    }
    seen.add(column);
    return column;
  });
  return { columns, missing: REQUIRED_COLUMNS.filter((c) => !seen.has(c)), ignored, repeated: [...repeated] };
}

/** The words for each kind: its key (`town_hall`), its name in each language, and a few common others. */
const KIND_EXTRAS: Partial<Record<BuildingKind, string[]>> = {
  town_hall: ['city hall', 'hotel de ville', 'maison communale', 'gemeentehuis', 'stadhuis', 'rathaus'],
  embassy: ['embassy', 'consulate', 'ambassade', 'consulat', 'consulaat', 'botschaft', 'konsulat'],
  church: ['cathedral', 'cathedrale', 'kathedraal', 'dom', 'basilica', 'basilique'],
  tower: ['belfry', 'beffroi', 'belfort', 'glockenturm'],
  monument: ['palace', 'palais', 'paleis', 'palast'],
};
const KIND_BY_WORD = new Map<string, BuildingKind>(
  BUILDING_KINDS.flatMap((kind) =>
    [kind, ...[en, fr, nl, de].map((messages) => messages.Kinds[kind]), ...(KIND_EXTRAS[kind] ?? [])].map((word) => [normaliseName(word), kind] as const),
  ),
);

/** The kind a cell names; empty is "other"; anything else is returned as it is (and refused as a choice). */
export function kindOf(cell: string): string {
  if (!cell.trim()) return 'other';
  return KIND_BY_WORD.get(normaliseName(cell)) ?? cell;
}

/** Words for "at sunset" in a lights-on cell (an empty cell means sunset too). */
const SUNSET_WORDS = new Set(['sunset', 'at sunset', 'coucher du soleil', 'au coucher du soleil', 'zonsondergang', 'bij zonsondergang', 'sonnenuntergang', 'bei sonnenuntergang'].map(normaliseName));

export function isSunset(cell: string): boolean {
  return !cell.trim() || SUNSET_WORDS.has(normaliseName(cell));
}
