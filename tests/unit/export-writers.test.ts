import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralise, toCsvTable, toXlsxTable, type Column } from '@/lib/exports/table';

type Row = { id: number; name: string; lat: number; at: Date | null; note: string | null };

const COLUMNS: Column<Row>[] = [
  { header: 'id', type: 'integer', value: (r) => r.id },
  { header: 'name', type: 'text', value: (r) => r.name },
  { header: 'lat', type: 'decimal', value: (r) => r.lat },
  { header: 'at', type: 'datetime', value: (r) => r.at },
  { header: 'note', type: 'text', value: (r) => r.note },
];

/** Cells a spreadsheet or a naive parser would trip on. */
const HOSTILE = [
  '=HYPERLINK("http://evil.example","click")',
  '+SUM(1,2)',
  '-2+3',
  '@cmd',
  '\tTabbed',
  '\rCarriage',
  'Say "hello", please',
  'two\nlines',
  'semi;colon',
  'Brussel · Bruxelles · Brüssel',
  'Łódź – Ørsted – Ελλάδα – 東京 – القاهرة – 🩵',
  "'already quoted",
  '',
];

function rowsOf(n: number): Row[] {
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    name: HOSTILE[i % HOSTILE.length]!,
    lat: 50.8467 + i / 1e6,
    at: i % 7 === 0 ? null : new Date(Date.UTC(2025, 6, 30, 19, 45, i % 60)),
    note: i % 5 === 0 ? null : `note ${i}`,
  }));
}

/** What a reader should see in a text cell: the same text, defused if it could be a formula. */
const expected = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

describe('neutralise', () => {
  it('prefixes formula starters, and only those', () => {
    expect(neutralise('=1+1')).toBe("'=1+1");
    expect(neutralise('+1')).toBe("'+1");
    expect(neutralise('-1')).toBe("'-1");
    expect(neutralise('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralise('\t=1')).toBe("'\t=1");
    expect(neutralise('\r=1')).toBe("'\r=1");
    expect(neutralise('Ghent')).toBe('Ghent');
    expect(neutralise('a=b')).toBe('a=b');
  });
});

describe('CSV writer', () => {
  it.each([',', ';'] as const)('round-trips hostile cells and 10,000 rows through a real parser (delimiter %s)', (delimiter) => {
    const rows = rowsOf(10_000);
    const csv = toCsvTable(COLUMNS, rows, delimiter);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter, newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(['id', 'name', 'lat', 'at', 'note']);
    expect(parsed.data).toHaveLength(10_001);
    rows.forEach((r, i) => {
      const cells = parsed.data[i + 1]!;
      // Belgian Excel, which reads the semicolon file, reads decimals with a comma.
      const lat = delimiter === ';' ? String(r.lat).replace('.', ',') : String(r.lat);
      expect(cells).toEqual([String(r.id), expected(r.name), lat, r.at ? r.at.toISOString() : '', r.note ?? '']);
    });
  });

  it('keeps negative numbers as numbers (only text can be a formula)', () => {
    const csv = toCsvTable(COLUMNS, [{ id: 1, name: 'x', lat: -4.35, at: null, note: null }]);
    expect(csv.split('\r\n')[1]).toBe('1,x,-4.35,,');
  });
});

describe('XLSX writer', () => {
  it('round-trips hostile cells and 10,000 rows with typed columns', async () => {
    const rows = rowsOf(10_000);
    const buffer = await toXlsxTable(COLUMNS, rows, 'Test');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Test')!;
    expect(sheet.rowCount).toBe(10_001);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['id', 'name', 'lat', 'at', 'note']);
    rows.forEach((r, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(r.id);
      expect(row.getCell(1).type).toBe(ExcelJS.ValueType.Number);
      // In a spreadsheet cell a line break is LF, so CR and CRLF arrive as LF.
      expect(row.getCell(2).value ?? '').toBe(expected(r.name).replace(/\r\n?/g, '\n'));
      expect(row.getCell(3).value).toBeCloseTo(r.lat, 10);
      if (r.at) {
        expect(row.getCell(4).type).toBe(ExcelJS.ValueType.Date);
        expect((row.getCell(4).value as Date).getTime()).toBe(r.at.getTime());
      } else {
        expect(row.getCell(4).value).toBeNull();
      }
      expect(row.getCell(5).value ?? null).toBe(r.note);
    });
    // No cell anywhere was stored as a formula.
    let formulas = 0;
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) formulas++;
    }));
    expect(formulas).toBe(0);
  });
});
