/**
 * Reading an uploaded file into rows of text, whatever it is: a CSV
 * (comma or semicolon, UTF-8 with or without a byte-order mark, or the
 * Windows-1252 that Excel writes on Windows), or an XLSX workbook (its first
 * sheet). Nothing here knows about buildings beyond the column names; every
 * value comes out as the text the spreadsheet shows, never as a formula.
 */
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { IMPORT_COLUMNS, mapHeader, type ImportColumn } from './columns';
import { ImportFileError } from './errors';
import { IMPORT_LIMITS } from './limits';
import { scanFirstSheet, type RawRow } from './xlsx';

export type CellProblem = 'formula' | 'cellError';

export type SheetRow = {
  /** The row's number in the file as a spreadsheet shows it (the header is row 1, usually). */
  row: number;
  cells: Record<ImportColumn, string>;
  /** Cells that could not be read as a value. */
  problems: { column: ImportColumn; problem: CellProblem }[];
};

export type Sheet = {
  format: 'csv' | 'xlsx';
  /** How a CSV's text was decoded (null for XLSX, which says so itself). */
  encoding: 'utf-8' | 'windows-1252' | null;
  delimiter: ',' | ';' | null;
  /** Header cells that name none of our columns, and columns named twice: ignored, said in the preview. */
  ignoredColumns: string[];
  repeatedColumns: ImportColumn[];
  rows: SheetRow[];
};

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** The old binary Excel format (.xls) and other OLE documents. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Reads a file of buildings; throws ImportFileError for a file that cannot be read as one. */
export async function readSpreadsheet(bytes: Buffer): Promise<Sheet> {
  if (bytes.length === 0) throw new ImportFileError('fileEmpty');
  if (bytes.length > IMPORT_LIMITS.FILE_MAX_BYTES) throw new ImportFileError('fileTooLarge', { max: IMPORT_LIMITS.FILE_MAX_BYTES / (1024 * 1024) });
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return readXlsx(bytes);
  if (bytes.subarray(0, 4).equals(OLE_MAGIC)) throw new ImportFileError('oldExcel');
  return readCsv(bytes);
}

// ---------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------

/** A valid UTF-8 sequence of two to four bytes, in bytes read one to one as characters. */
const UTF8_SEQUENCE = /[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3}/;

/**
 * The file's text. UTF-8 is read strictly. A file that is not UTF-8 but has
 * no UTF-8 sequence at all is what Excel saves as "CSV" on Windows
 * (Windows-1252, e.g. `Liège` with a single byte for è): read as that, and
 * the preview says so. A file with both is broken (parts saved in different
 * encodings): refused, since any reading would garble some names.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const body = bytes.subarray(0, 3).equals(UTF8_BOM) ? bytes.subarray(3) : bytes;
  // A text file has no NUL byte; a binary one (an image, a PDF) almost always has.
  if (body.includes(0)) throw new ImportFileError('fileType');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    if (UTF8_SEQUENCE.test(body.toString('latin1'))) throw new ImportFileError('encoding');
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

/** The five bytes Windows-1252 leaves undefined, which WHATWG (and so browsers) read as the C1 control of that number. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Windows-1252 as browsers read it (WHATWG's table), with iconv-lite: Node
 * 20's own TextDecoder turns 0x80–0x9F (’ € œ „ “ – —) into control
 * characters (nodejs/node#56542), so `Cathédrale d’Anvers` would be refused.
 * One byte is one character, so a byte iconv-lite leaves undecoded (U+FFFD)
 * is put back as WHATWG reads it: a control character, refused like any other.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
  if (!text.includes('\uFFFD')) return text;
  return Array.from(text, (ch, i) => (UNDEFINED_IN_1252.has(bytes[i]!) ? String.fromCharCode(bytes[i]!) : ch)).join('');
}

/** The delimiter of the header line: the one it uses more of, outside quotes (`;` in Belgian and French Excel). */
export function detectDelimiter(text: string): ',' | ';' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

function readCsv(bytes: Buffer): Sheet {
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false, dynamicTyping: false });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) throw new ImportFileError('csvQuotes', { row: (broken.row ?? 0) + 1 });
  const lines = parsed.data.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => String(c ?? '')), problems: [] as { index: number; problem: CellProblem }[] }));
  return { ...fromLines(lines), format: 'csv', encoding, delimiter };
}

// ---------------------------------------------------------------------------
// XLSX
// ---------------------------------------------------------------------------

type Cell = { text: string; problem?: CellProblem };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A cell's value as the text a spreadsheet shows. A formula is never
 * evaluated: its last computed result (what the sheet showed when it was
 * saved) is taken as text; without one the cell is refused. Times (lights
 * on and off) come as `HH:MM`.
 */
export function cellText(value: ExcelJS.CellValue, asTime = false): Cell {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') {
    // Excel keeps a time of day as a fraction of a day.
    if (asTime && value >= 0 && value < 1) {
      const minutes = Math.round(value * 24 * 60) % (24 * 60);
      return { text: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` };
    }
    return { text: String(value) };
  }
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { text: '', problem: 'cellError' };
    // Spreadsheet dates carry no zone: exceljs reads them as UTC.
    return { text: asTime ? `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}` : value.toISOString().slice(0, 10) };
  }
  if ('error' in value) return { text: '', problem: 'cellError' };
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (result === undefined || result === null) return { text: '', problem: 'formula' };
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) return { text: '', problem: 'cellError' };
    return cellText(result as ExcelJS.CellValue, asTime);
  }
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    return cellText((text ?? '') as ExcelJS.CellValue, asTime);
  }
  return { text: '', problem: 'cellError' };
}

/**
 * The first sheet, read in one streaming pass (./xlsx.ts) that stops at the
 * first limit crossed: rows are counted as they come, and the file is
 * refused at the first row past the limit.
 */
async function readXlsx(bytes: Buffer): Promise<Sheet> {
  // The header first (times are read as times only once it says which columns hold them).
  let timeColumns: Set<number> | null = null;
  const lines: Line[] = [];
  scanFirstSheet(bytes, (r: RawRow) => {
    const header = timeColumns === null;
    if (header) {
      const { columns } = mapHeader(r.values.map((v) => cellText(v).text));
      timeColumns = new Set(columns.flatMap((c, i) => (c === 'lights_on' || c === 'lights_off' ? [i] : [])));
    }
    const cells = r.values.map((v, index) => cellText(v, !header && timeColumns!.has(index)));
    const line = { row: r.row, cells: cells.map((c) => c.text), problems: cells.flatMap((c, index) => (c.problem ? [{ index, problem: c.problem }] : [])) };
    // A row that shows nothing (spaces, an empty formula result) is not the header and not counted.
    if (!line.cells.some((c) => c.trim() !== '')) {
      if (header) timeColumns = null;
      return;
    }
    lines.push(line);
    if (lines.length > IMPORT_LIMITS.ROWS_MAX + 1) throw new ImportFileError('tooManyRows', { max: IMPORT_LIMITS.ROWS_MAX });
  });
  return { ...fromLines(lines), format: 'xlsx', encoding: null, delimiter: null };
}

// ---------------------------------------------------------------------------

type Line = { row: number; cells: string[]; problems: { index: number; problem: CellProblem }[] };

/** The header (the first line with anything in it) and the rows under it, by column; empty lines skipped. */
function fromLines(lines: Line[]): Omit<Sheet, 'format' | 'encoding' | 'delimiter'> {
  const filled = lines.filter((l) => l.cells.some((c) => c.trim() !== ''));
  const [header, ...body] = filled;
  if (!header) throw new ImportFileError('noRows');
  const map = mapHeader(header.cells);
  if (map.missing.length) throw new ImportFileError('missingColumns', { columns: map.missing.join(', ') });
  if (body.length === 0) throw new ImportFileError('noRows');
  if (body.length > IMPORT_LIMITS.ROWS_MAX) throw new ImportFileError('tooManyRows', { max: IMPORT_LIMITS.ROWS_MAX });
  const rows = body.map((line) => {
    // Every column, empty where the file has none (only city and name are required).
    const cells = Object.fromEntries(IMPORT_COLUMNS.map((column) => [column, ''])) as Record<ImportColumn, string>;
    map.columns.forEach((column, index) => {
      if (column) cells[column] = line.cells[index] ?? '';
    });
    const problems = line.problems.flatMap(({ index, problem }) => {
      const column = map.columns[index];
      return column ? [{ column, problem }] : [];
    });
    return { row: line.row, cells, problems };
  });
  return { ignoredColumns: map.ignored, repeatedColumns: map.repeated, rows };
}
