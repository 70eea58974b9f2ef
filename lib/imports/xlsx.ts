/**
 * Reading the first sheet of an XLSX workbook in one streaming pass, with
 * limits that stop at the first one crossed: entries in the archive, bytes
 * unpacked (all entries read together), time, shared strings (count and
 * characters), columns, cells and rows. Only the entries needed are
 * unpacked (workbook, its relations, styles, shared strings, the first
 * sheet), piece by piece, and the sheet's XML is scanned as it arrives: a
 * hostile file costs what the limits allow, never what it holds.
 *
 * Values come out as exceljs would give them (strings, numbers, dates for
 * cells styled as dates, booleans, errors, formulas with their last result),
 * so that `cellText` turns them into the text a spreadsheet shows.
 */
import type ExcelJS from 'exceljs';
import { ImportFileError } from './errors';
import { IMPORT_LIMITS } from './limits';
import { XmlScanner, XmlTooLargeError, attribute, decodeXml, type XmlHandler } from './xml-scan';
import { inflateEntry, listZip, UnpackBudget, ZipLimitError, type ZipEntry } from './zip';

/** One row of the sheet as read: its number and its cells' values by column (0-based). */
export type RawRow = { row: number; values: ExcelJS.CellValue[] };

/**
 * Calls `onRow` for each row of the first sheet that has anything in it, in
 * order. `onRow` may throw to stop (e.g. at too many rows).
 */
export function scanFirstSheet(bytes: Buffer, onRow: (row: RawRow) => void): void {
  try {
    const entries = listZip(bytes, IMPORT_LIMITS.XLSX_ENTRIES_MAX);
    const budget = new UnpackBudget(IMPORT_LIMITS.XLSX_UNPACKED_MAX_BYTES, IMPORT_LIMITS.XLSX_READ_MAX_MS);
    const sheet = entries.get(firstSheetPath(entries, budget));
    if (!sheet) throw new ImportFileError('xlsxUnreadable');
    const dateStyles = readDateStyles(entries.get('xl/styles.xml'), budget);
    const strings = readSharedStrings(entries.get('xl/sharedStrings.xml'), budget);
    const scanner = new XmlScanner(sheetHandler(strings, dateStyles, onRow));
    inflateEntry(sheet, budget, (chunk) => scanner.push(chunk));
    scanner.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    if (error instanceof ZipLimitError || error instanceof XmlTooLargeError) throw new ImportFileError('xlsxTooLarge');
    throw new ImportFileError('xlsxUnreadable');
  }
}

/** The text of a small entry (workbook, relations), unpacked within the budget. */
function smallText(entry: ZipEntry | undefined, budget: UnpackBudget, max = 1024 * 1024): string {
  if (!entry) return '';
  const decoder = new TextDecoder('utf-8');
  let text = '';
  inflateEntry(entry, budget, (chunk) => {
    text += decoder.decode(chunk, { stream: true });
    if (text.length > max) throw new ZipLimitError('Entry too large.');
  });
  return text + decoder.decode();
}

/** The first sheet's entry, as the workbook and its relations say; `xl/worksheets/sheet1.xml` otherwise. */
function firstSheetPath(entries: Map<string, ZipEntry>, budget: UnpackBudget): string {
  const fallback = 'xl/worksheets/sheet1.xml';
  const workbook = smallText(entries.get('xl/workbook.xml'), budget);
  const sheetTag = /<(?:\w+:)?sheet\s([^>]*)>/.exec(workbook);
  const id = sheetTag ? attribute(sheetTag[1]!, 'id') : undefined;
  if (!id) return fallback;
  const rels = smallText(entries.get('xl/_rels/workbook.xml.rels'), budget);
  for (const match of rels.matchAll(/<(?:\w+:)?Relationship\s([^>]*)>/g)) {
    if (attribute(match[1]!, 'Id') !== id) continue;
    const target = attribute(match[1]!, 'Target') ?? '';
    return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }
  return fallback;
}

/** Built-in number formats that are dates or times. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Which cell styles (`s` attribute) show a number as a date or time. */
function readDateStyles(entry: ZipEntry | undefined, budget: UnpackBudget): Set<number> {
  const styles = smallText(entry, budget, 4 * 1024 * 1024);
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<(?:\w+:)?numFmt\s([^>]*)>/g)) custom.set(Number(attribute(m[1]!, 'numFmtId')), attribute(m[1]!, 'formatCode') ?? '');
  const cellXfs = /<(?:\w+:)?cellXfs[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)?.[1] ?? '';
  const dates = new Set<number>();
  let index = 0;
  for (const m of cellXfs.matchAll(/<(?:\w+:)?xf(\s[^>]*)?>/g)) {
    const id = Number(attribute(m[1] ?? '', 'numFmtId') ?? 0);
    const code = custom.get(id);
    // A custom format is a date if it has day, month, year, hour or second codes outside quotes and brackets.
    if (DATE_FORMAT_IDS.has(id) || (code !== undefined && /[dmyhs]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')))) dates.add(index);
    index++;
  }
  return dates;
}

/** The shared strings, refused beyond their limits (count and characters) as soon as one is crossed. */
function readSharedStrings(entry: ZipEntry | undefined, budget: UnpackBudget): string[] {
  const strings: string[] = [];
  if (!entry) return strings;
  let chars = 0;
  let current: string[] | null = null;
  let inText = false;
  let skip = 0; // inside phonetic runs (<rPh>), which are not shown
  const handler: XmlHandler = {
    open(name) {
      if (name === 'si') current = [];
      else if (name === 'rPh') skip++;
      else if (name === 't' && current && !skip) inText = true;
    },
    close(name) {
      if (name === 'si' && current) {
        const text = decodeXml(current.join(''));
        chars += text.length;
        if (strings.length >= IMPORT_LIMITS.XLSX_SHARED_STRINGS_MAX || chars > IMPORT_LIMITS.XLSX_SHARED_CHARS_MAX) throw new ImportFileError('xlsxTooLarge');
        strings.push(text);
        current = null;
      } else if (name === 'rPh') skip--;
      else if (name === 't') inText = false;
    },
    text(raw) {
      if (!inText || !current) return;
      current.push(raw);
      if (current.length > 1 && current.reduce((n, s) => n + s.length, 0) > IMPORT_LIMITS.XLSX_SHARED_CHARS_MAX) throw new ImportFileError('xlsxTooLarge');
    },
  };
  const scanner = new XmlScanner(handler);
  inflateEntry(entry, budget, (chunk) => scanner.push(chunk));
  scanner.push(new Uint8Array(0), true);
  return strings;
}

/** `BC12` → 54 (0-based column of the reference), or -1. */
function columnOfRef(ref: string | undefined): number {
  if (!ref) return -1;
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
    if (n > 16384) return Number.MAX_SAFE_INTEGER;
  }
  return i === 0 ? -1 : n - 1;
}

/** A spreadsheet serial date (1900 system) as the UTC date exceljs gives. */
const serialToDate = (serial: number) => new Date(Math.round((serial - 25569) * 86_400_000));

/** The sheet's rows, cell by cell, with the column, cell and row limits. */
function sheetHandler(strings: string[], dateStyles: Set<number>, onRow: (row: RawRow) => void): XmlHandler {
  let rowNumber = 0;
  let values: ExcelJS.CellValue[] | null = null;
  let cells = 0;
  let column = -1;
  let cell: { type: string; style: number; value: string[] | null; formula: boolean; inline: string[] | null } | null = null;
  let field: 'v' | 'f' | 't' | null = null;
  let fieldChars = 0;

  const finishCell = () => {
    if (!cell || !values) return;
    const raw = cell.value ? decodeXml(cell.value.join('')) : undefined;
    let value: ExcelJS.CellValue = null;
    switch (cell.type) {
      case 's': {
        const s = raw === undefined ? undefined : strings[Number(raw)];
        value = s ?? null;
        break;
      }
      case 'inlineStr':
        value = cell.inline ? decodeXml(cell.inline.join('')) : null;
        break;
      case 'str':
        value = raw ?? null;
        break;
      case 'b':
        value = raw === undefined ? null : raw === '1' || raw === 'true';
        break;
      case 'e':
        value = raw === undefined ? null : ({ error: raw } as ExcelJS.CellErrorValue);
        break;
      case 'd':
        value = raw === undefined ? null : new Date(raw);
        break;
      default: {
        const n = raw === undefined || raw.trim() === '' ? undefined : Number(raw);
        value = n === undefined ? null : Number.isFinite(n) ? (dateStyles.has(cell.style) ? serialToDate(n) : n) : raw!;
      }
    }
    if (cell.formula) value = { formula: '', result: value ?? undefined } as unknown as ExcelJS.CellValue;
    if (value !== null && value !== '') values[column] = value;
    cell = null;
  };

  return {
    open(name, attributes) {
      if (name === 'row') {
        const r = Number(attribute(attributes, 'r'));
        rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
        values = [];
        column = -1;
      } else if (name === 'c' && values) {
        const at = columnOfRef(attribute(attributes, 'r'));
        column = at >= 0 ? at : column + 1;
        if (column >= IMPORT_LIMITS.COLUMNS_MAX) throw new ImportFileError('tooManyColumns', { max: IMPORT_LIMITS.COLUMNS_MAX });
        if (++cells > IMPORT_LIMITS.CELLS_MAX) throw new ImportFileError('tooManyCells', { max: IMPORT_LIMITS.CELLS_MAX });
        cell = { type: attribute(attributes, 't') ?? 'n', style: Number(attribute(attributes, 's') ?? 0), value: null, formula: false, inline: null };
      } else if (cell && (name === 'v' || name === 'f' || (name === 't' && cell.type === 'inlineStr'))) {
        field = name;
        fieldChars = 0;
        if (name === 'f') cell.formula = true;
        if (name === 'v') cell.value = [];
        if (name === 't') cell.inline ??= [];
      }
    },
    close(name) {
      if (name === 'v' || name === 'f' || name === 't') field = null;
      else if (name === 'c') finishCell();
      else if (name === 'row' && values) {
        if (values.some((v) => v !== undefined)) onRow({ row: rowNumber, values: Array.from(values, (v) => v ?? null) });
        values = null;
      }
    },
    text(raw) {
      if (!cell || !field || field === 'f') return;
      fieldChars += raw.length;
      // Excel holds at most 32,767 characters in a cell.
      if (fieldChars > 40_000) throw new ImportFileError('xlsxTooLarge');
      (field === 'v' ? cell.value : cell.inline)?.push(raw);
    },
  };
}
