/**
 * A CSV writer for open data and exports: RFC 4180 quoting, CRLF line ends,
 * UTF-8 with a byte-order mark (so that Excel reads accents right), and
 * spreadsheet formulas neutralised (OWASP "CSV injection"): a text cell that
 * starts with = + - @ tab or carriage return gets a leading apostrophe, so a
 * building named `=HYPERLINK(...)` stays text when opened in a spreadsheet.
 */

export type CsvCell = string | number | null | undefined | Date;
export type CsvOptions = {
  /** `;` for Belgian/French Excel, whose list separator is the semicolon. */
  delimiter?: ',' | ';';
};

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell's text: dates as ISO 8601 (UTC), numbers as written by JavaScript, null as empty. */
export function csvCell(value: CsvCell, delimiter: ',' | ';' = ','): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? '' : value.toISOString();
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  // Only text can be a formula: a number such as -4.35 is a number, and stays one.
  else text = FORMULA_START.test(value) ? `'${value}` : value;
  if (text.includes('"') || text.includes(delimiter) || text.includes('\n') || text.includes('\r')) {
    return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}

/** Rows (the first usually the header) as one CSV document, starting with a BOM. */
export function toCsv(rows: CsvCell[][], { delimiter = ',' }: CsvOptions = {}): string {
  const lines = rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
