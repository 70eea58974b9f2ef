/**
 * The columns of an import file and the words accepted in them. The template
 * names the columns in English (`city`, `name`…); a header in any of the
 * site's languages is understood too, as are the kinds of building, case,
 * accents and punctuation ignored. Each language's words are in its messages
 * file (`ImportWords`, comma-separated; the kinds' names in `Kinds`).
 */
import { BUILDING_KINDS, type BuildingKind } from '@/lib/constants';
import { LOCALES, type Locale } from '@/lib/languages';
import { nameColumnOf } from '@/lib/localized';
import { messagesOf, type Messages } from '@/lib/messages';
import { normaliseName } from '@/lib/registrations/duplicates';

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

/** A comma-separated list of words, each normalised. */
const wordsOf = (list: string | undefined) => (list ?? '').split(',').map(normaliseName).filter(Boolean);

/** A lookup from a normalised word, built once from every language's messages. */
function lookup<T>(entries: (messages: Messages) => [T, string[]][], own: [T, string][]): () => Map<string, T> {
  let map: Map<string, T> | undefined;
  return () =>
    (map ??= new Map<string, T>([
      ...own.map(([value, word]) => [normaliseName(word), value] as const),
      ...LOCALES.flatMap((l) => entries(messagesOf(l)).flatMap(([value, words]) => words.map((word) => [word, value] as const))),
    ]));
}

const columnByName = lookup<ImportColumn>(
  // A name per language is read by its own header only (`name_nl`).
  (m) => BASE_COLUMNS.map((column) => [column, wordsOf(m.ImportWords.columns[column])]),
  IMPORT_COLUMNS.map((column) => [column, column]),
);

/** The column a header cell names, or null. */
export function columnOf(header: string): ImportColumn | null {
  return columnByName().get(normaliseName(header)) ?? null;
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
const kindByWord = lookup<BuildingKind>(
  (m) => BUILDING_KINDS.map((kind) => [kind, [...wordsOf(m.Kinds[kind]), ...wordsOf((m.ImportWords.kinds as Partial<Record<BuildingKind, string>>)[kind])]]),
  BUILDING_KINDS.map((kind) => [kind, kind]),
);

/** The kind a cell names; empty is "other"; anything else is returned as it is (and refused as a choice). */
export function kindOf(cell: string): string {
  if (!cell.trim()) return 'other';
  return kindByWord().get(normaliseName(cell)) ?? cell;
}

/** Words for "at sunset" in a lights-on cell (an empty cell means sunset too). */
const sunsetWords = lookup<true>((m) => [[true, wordsOf(m.ImportWords.sunset)]], []);

export function isSunset(cell: string): boolean {
  return !cell.trim() || sunsetWords().has(normaliseName(cell));
}
