import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@/lib/exports/csv';

describe('the CSV writer', () => {
  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv([['name', 'city'], ['Hôtel de Ville', 'Liège']]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFname,city\r\nHôtel de Ville,Liège\r\n');
  });

  it('quotes delimiters, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(toCsv([['a,b', 'c;d']], { delimiter: ';' })).toBe('\uFEFF"a,b";"c;d"\r\n');
  });

  it('quotes any separator a spreadsheet might split on, whichever delimiter the file uses', () => {
    // Belgian Excel splits a comma file on semicolons, and then no longer sees the quotes:
    // whatever follows a separator inside text starts a cell, so a formula there is neutralised too.
    for (const delimiter of [',', ';'] as const) {
      expect(csvCell('Town Hall;=1+1', delimiter)).toBe(`"Town Hall;'=1+1"`);
      expect(csvCell('Town Hall,=1+1', delimiter)).toBe(`"Town Hall,'=1+1"`);
      expect(csvCell('Town Hall, +32 2 279 22 11', delimiter)).toBe(`"Town Hall, '+32 2 279 22 11"`);
      expect(csvCell('Town Hall;"=1+1"', delimiter)).toBe(`"Town Hall;""'=1+1"""`);
      expect(csvCell('Town\tHall', delimiter)).toBe('"Town\tHall"');
      expect(csvCell('Town\t=Hall\r\n@x', delimiter)).toBe(`"Town\t'=Hall\r\n'@x"`);
      expect(csvCell('Town Hall', delimiter)).toBe('Town Hall');
      expect(csvCell('Saint-Jean; a=b, c-d', delimiter)).toBe('"Saint-Jean; a=b, c-d"');
    }
    const file = toCsv([['Town Hall;=1+1', 'Ghent']]);
    expect(file).toBe(`\uFEFF"Town Hall;'=1+1",Ghent\r\n`);
    // Split on the other separator without regard for quotes, the hostile text starts no formula.
    expect(file.slice(1).split('\r\n')[0]!.split(';')).toEqual(['"Town Hall', `'=1+1",Ghent`]);
  });

  it('writes decimals with a decimal comma in the semicolon variant, and leaves integers and dates alone', () => {
    expect(csvCell(50.8467, ';')).toBe('50,8467');
    expect(csvCell(-4.35, ';')).toBe('-4,35');
    expect(csvCell(2026, ';')).toBe('2026');
    expect(csvCell(new Date('2026-07-30T19:32:00.250Z'), ';')).toBe('2026-07-30T19:32:00.250Z');
    expect(csvCell('2026-07-30', ';')).toBe('2026-07-30');
    expect(csvCell(Number.NaN, ';')).toBe('');
    expect(toCsv([['lat', 'lng', 'id'], [50.8467, 4.3524, 7]], { delimiter: ';' })).toBe('\uFEFFlat;lng;id\r\n50,8467;4,3524;7\r\n');
    // The comma variant keeps the decimal point.
    expect(toCsv([[50.8467, 4.3524, 7]])).toBe('\uFEFF50.8467,4.3524,7\r\n');
  });

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    const hostile = ['=1+1', '+SUM(A1:A2)', '-2+3', '@cmd', '\t=evil', '\r=evil', '=HYPERLINK("http://x","y")'];
    for (const cell of hostile) expect(csvCell(cell).replace(/^"/, '').startsWith("'"), cell).toBe(true);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    // Harmless text, numbers (negative ones included) and dates stay as they are.
    expect(csvCell('Brussels = Bruxelles')).toBe('Brussels = Bruxelles');
    expect(csvCell(-4.35)).toBe('-4.35');
    expect(csvCell(50.8467)).toBe('50.8467');
    expect(csvCell(new Date('2026-07-30T19:32:00Z'))).toBe('2026-07-30T19:32:00.000Z');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('round-trips through a CSV parser, hostile cells included', () => {
    const rows = [
      ['name', 'description', 'lat'],
      ['<script>alert(1)</script>', 'line one\r\nline "two", three', 50.85],
      ['=cmd|" /C calc"!A0', '', -4.35],
    ];
    const parsed = Papa.parse<string[]>(toCsv(rows).slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ['name', 'description', 'lat'],
      ['<script>alert(1)</script>', 'line one\r\nline "two", three', '50.85'],
      ['\'=cmd|" /C calc"!A0', '', '-4.35'],
    ]);
  });
});
