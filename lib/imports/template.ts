/**
 * The template offered for download: the columns an import reads, named in
 * English whatever the language (a header in French, Dutch or German is
 * understood as well). The CSV uses semicolons, which Belgian and French
 * Excel open in columns; the XLSX adds a sheet explaining each column in the
 * organiser's language.
 */
import ExcelJS from 'exceljs';
import { toCsv } from '@/lib/exports/csv';
import { IMPORT_COLUMNS, type ImportColumn } from './columns';

export type ColumnHelp = { column: ImportColumn; meaning: string; example: string };

export function templateCsv(): string {
  return toCsv([[...IMPORT_COLUMNS]], { delimiter: ';' });
}

export async function templateXlsx(help: ColumnHelp[], { sheetName, helpName }: { sheetName: string; helpName: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Blue Lights';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  // Text columns throughout: a time stays `21:30` and a decimal comma stays as typed.
  sheet.columns = IMPORT_COLUMNS.map((column) => ({ header: column, key: column, width: column === 'name' || column === 'address' || column === 'description' ? 32 : 14, style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  const about = workbook.addWorksheet(helpName.slice(0, 31));
  about.columns = [
    { header: 'column', key: 'column', width: 14 },
    { header: '', key: 'meaning', width: 70 },
    { header: '', key: 'example', width: 28 },
  ];
  about.getRow(1).font = { bold: true };
  for (const h of help) about.addRow({ column: h.column, meaning: h.meaning, example: h.example });
  about.getColumn('meaning').alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
