import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, decodeText, decodeWindows1252, detectDelimiter, readSpreadsheet } from '@/lib/imports/read';
import { IMPORT_LIMITS } from '@/lib/imports/limits';
import { ImportFileError } from '@/lib/imports/errors';

const refusal = async (bytes: Buffer) => {
  try {
    await readSpreadsheet(bytes);
  } catch (error) {
    if (error instanceof ImportFileError) return { code: error.code, params: error.params };
    throw error;
  }
  return null;
};

async function xlsx(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Buildings');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('reading a CSV', () => {
  it('reads semicolons, a byte-order mark and decimal commas as Belgian Excel writes them', async () => {
    const text = '\uFEFFcity;name;latitude;longitude\r\nGent;"Belfort; toren";51,0536;3,7247\r\n\r\n';
    const sheet = await readSpreadsheet(Buffer.from(text, 'utf8'));
    expect(sheet).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';' });
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.rows[0]).toMatchObject({ row: 2, cells: { city: 'Gent', name: 'Belfort; toren', latitude: '51,0536', longitude: '3,7247', kind: '' } });
  });

  it('reads commas, with quoted decimal commas', async () => {
    const sheet = await readSpreadsheet(Buffer.from('name,city,lat,lng\nTown Hall,Arlon,"49,6838","5,8165"\n'));
    expect(sheet.delimiter).toBe(',');
    expect(sheet.rows[0]!.cells).toMatchObject({ name: 'Town Hall', city: 'Arlon', latitude: '49,6838', longitude: '5,8165' });
  });

  it('understands headers in French, Dutch and German, and says which columns it ignores', async () => {
    const sheet = await readSpreadsheet(Buffer.from('Ville;Nom;Breedtegraad;Längengrad;Allumage;Notes\nLiège;Palais;50,6;5,5;21h30;x\n'));
    expect(sheet.rows[0]!.cells).toMatchObject({ city: 'Liège', name: 'Palais', latitude: '50,6', longitude: '5,5', lights_on: '21h30' });
    expect(sheet.ignoredColumns).toEqual(['Notes']);
  });

  it('detects the delimiter of the header line only, outside quotes', () => {
    expect(detectDelimiter('"a;b",c,d\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('city;name;lat\n"1,2",x')).toBe(';');
  });

  it('reads Windows-1252 (Excel’s CSV on Windows) and says so, but refuses a file mixing encodings', () => {
    expect(decodeText(Buffer.from([0x4c, 0x69, 0xe8, 0x67, 0x65]))).toEqual({ text: 'Liège', encoding: 'windows-1252' });
    const mixed = Buffer.concat([Buffer.from('Liège;', 'utf8'), Buffer.from([0xe8])]);
    expect(() => decodeText(mixed)).toThrow(ImportFileError);
  });

  it('reads Excel’s Windows-1252 punctuation (’ € œ „ “ – —) as the characters they are', async () => {
    // `Cathédrale d’Anvers; “Œuvre” – 5 €`, as Excel on Windows saves it.
    const bytes = Buffer.from([
      ...Buffer.from('city;name\nAntwerp;Cath', 'latin1'), 0xe9, ...Buffer.from('drale d', 'latin1'), 0x92, ...Buffer.from('Anvers ', 'latin1'),
      0x93, 0x8c, ...Buffer.from('uvre', 'latin1'), 0x94, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80, 0x0a,
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'city;name\nAntwerp;Cathédrale d’Anvers “Œuvre” – 5 €\n', encoding: 'windows-1252' });
    const sheet = await readSpreadsheet(bytes);
    expect(sheet.encoding).toBe('windows-1252');
    expect(sheet.rows[0]!.cells.name).toBe('Cathédrale d’Anvers “Œuvre” – 5 €');
  });

  it('decodes every byte 0x80–0xFF of Windows-1252 as WHATWG’s table says', () => {
    // https://encoding.spec.whatwg.org/index-windows-1252.txt, pointers 0–31 (bytes 0x80–0x9F); 0xA0–0xFF are U+00A0–U+00FF.
    const high = [
      0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
      0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
    ];
    for (let byte = 0x80; byte <= 0xff; byte++) {
      const expected = byte < 0xa0 ? high[byte - 0x80]! : byte;
      expect(decodeWindows1252(Uint8Array.of(0x41, byte, 0x42)), `0x${byte.toString(16)}`).toBe(`A${String.fromCodePoint(expected)}B`);
    }
    // All at once, as in a file.
    const all = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
    expect([...decodeWindows1252(all)].map((c) => c.codePointAt(0))).toEqual([...high, ...Array.from({ length: 96 }, (_, i) => 0xa0 + i)]);
  });

  it('refuses what is not a CSV or XLSX of buildings, saying why', async () => {
    expect(await refusal(Buffer.alloc(0))).toMatchObject({ code: 'fileEmpty' });
    expect(await refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toMatchObject({ code: 'fileType' });
    expect(await refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatchObject({ code: 'oldExcel' });
    expect(await refusal(Buffer.from('name;kind\nA;tower\n'))).toMatchObject({ code: 'missingColumns', params: { columns: 'city' } });
    expect(await refusal(Buffer.from('city;name\n'))).toMatchObject({ code: 'noRows' });
    expect(await refusal(Buffer.from('city;name\nGent;"Belfort\n'))).toMatchObject({ code: 'csvQuotes' });
    expect(await refusal(Buffer.from(`city;name\n${'Gent;x\n'.repeat(IMPORT_LIMITS.ROWS_MAX + 1)}`))).toMatchObject({ code: 'tooManyRows' });
    expect(await refusal(Buffer.alloc(IMPORT_LIMITS.FILE_MAX_BYTES + 1, 0x41))).toMatchObject({ code: 'fileTooLarge' });
  });
});

describe('reading an XLSX', () => {
  it('reads the first sheet’s values as text: numbers, times, rich text, links', async () => {
    const bytes = await xlsx([
      ['city', 'name', 'latitude', 'longitude', 'lights_on', 'lights_off'],
      ['Gent', { richText: [{ text: 'Belfort ' }, { text: 'van Gent', font: { bold: true } }] }, 51.0536, 3.7247, 0.875, new Date(Date.UTC(1899, 11, 30, 1, 0))],
      ['Brugge', { text: 'Belfort', hyperlink: 'https://example.org' }, 51.2, 3.22, 'sunset', '00:30'],
    ]);
    const sheet = await readSpreadsheet(bytes);
    expect(sheet.format).toBe('xlsx');
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      expect.objectContaining({ city: 'Gent', name: 'Belfort van Gent', latitude: '51.0536', longitude: '3.7247', lights_on: '21:00', lights_off: '01:00' }),
      expect.objectContaining({ city: 'Brugge', name: 'Belfort', lights_on: 'sunset', lights_off: '00:30' }),
    ]);
  });

  it('never evaluates a formula: takes the value it last showed, or refuses the cell', async () => {
    const bytes = await xlsx([
      ['city', 'name', 'address'],
      ['Gent', { formula: 'HYPERLINK("http://evil.example","Click me")', result: 'Click me' }, { formula: 'A1&B1' }],
      ['Gent', 'Tower', { formula: '1/0', result: { error: '#DIV/0!' } }],
    ]);
    const sheet = await readSpreadsheet(bytes);
    expect(sheet.rows[0]!.cells.name).toBe('Click me');
    expect(sheet.rows[0]!.problems).toEqual([{ column: 'address', problem: 'formula' }]);
    expect(sheet.rows[1]!.problems).toEqual([{ column: 'address', problem: 'cellError' }]);
  });

  it('turns each kind of cell into the text a spreadsheet shows', () => {
    expect(cellText(null)).toEqual({ text: '' });
    expect(cellText(true)).toEqual({ text: 'TRUE' });
    expect(cellText(0.5, true)).toEqual({ text: '12:00' });
    expect(cellText(0.5)).toEqual({ text: '0.5' });
    expect(cellText({ error: '#N/A' } as ExcelJS.CellErrorValue)).toEqual({ text: '', problem: 'cellError' });
  });

  it('refuses a broken workbook and one that unpacks to far more than it weighs', async () => {
    const good = await xlsx([['city', 'name'], ['Gent', 'Belfort']]);
    expect(await refusal(good.subarray(0, good.length - 40))).toMatchObject({ code: 'xlsxUnreadable' });
    // A ZIP whose one entry inflates to 40 MB of zeros, from a few kilobytes.
    const zeros = zlib.deflateRawSync(Buffer.alloc(40 * 1024 * 1024));
    const bomb = zipOf('xl/worksheets/sheet1.xml', zeros, 40 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(100_000);
    expect(await refusal(bomb)).toMatchObject({ code: 'xlsxTooLarge' });
    // Its central directory may lie about the size: the inflated bytes are what counts.
    expect(await refusal(zipOf('xl/worksheets/sheet1.xml', zeros, 10))).toMatchObject({ code: 'xlsxTooLarge' });
  });
});

/** A ZIP archive of one deflated entry, saying `size` as its uncompressed size. */
function zipOf(name: string, deflated: Buffer, size: number): Buffer {
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt32LE(0, 42);
  const centralOffset = local.length + fileName.length + deflated.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, fileName, deflated, central, fileName, end]);
}
