/**
 * A CSV writer for open data and exports: RFC 4180 quoting, CRLF line ends,
 * UTF-8 with a byte-order mark (so that Excel reads accents right), and
 * spreadsheet formulas neutralised (OWASP "CSV injection", see
 * safe-text.ts): a text cell that starts with = + - @ tab or carriage return
 * gets a leading apostrophe, so a building named `=HYPERLINK(...)` stays text
 * when opened in a spreadsheet.
 *
 * Text is quoted whenever it holds a comma, a semicolon, a tab, a quote or a
 * line break, whichever delimiter the file uses. Yet a reader may split on
 * another separator than the one we chose (Belgian and French Excel split on
 * `;` whatever the file says, many tools sniff the delimiter) and then no
 * longer sees our quotes: a field split there starts a new cell with whatever
 * follows. So a formula character after a `;`, `,`, tab or line break inside
 * text gets the apostrophe too (`Town Hall;=1+1` → `Town Hall;'=1+1`).
 */
import { neutralise, spreadsheetText } from './safe-text';

export { neutralise };

export type CsvCell = string | number | null | undefined | Date;
export type CsvDelimiter = ',' | ';';
export type CsvOptions = {
  /**
   * `;` for Belgian/French Excel, whose list separator is the semicolon and
   * whose decimal separator is the comma: numbers are then written `50,8467`.
   */
  delimiter?: CsvDelimiter;
};

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * A number as the spreadsheet of that delimiter reads it: with a decimal
 * point in comma files, with a decimal comma in semicolon files (the
 * locales whose list separator is `;` are those whose decimal sign is `,`).
 */
function csvNumber(value: number, delimiter: CsvDelimiter): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return delimiter === ';' ? text.replace('.', ',') : text;
}

/** A cell's text: dates as ISO 8601 (UTC), numbers as the delimiter's locale writes them, null as empty. */
export function csvCell(value: CsvCell, delimiter: CsvDelimiter = ','): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  // Only text can be a formula: a number such as -4.35 is a number, and stays one.
  // A number is never quoted: with `;` its decimal comma is not a separator.
  if (typeof value === 'number') return csvNumber(value, delimiter);
  const text = spreadsheetText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows (the first usually the header) as one CSV document, starting with a BOM. */
export function toCsv(rows: CsvCell[][], { delimiter = ',' }: CsvOptions = {}): string {
  const lines = rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
