import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@/lib/csv';

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
    expect(csvCell('a;b')).toBe('a;b');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(toCsv([['a,b', 'c;d']], { delimiter: ';' })).toBe('\uFEFFa,b;"c;d"\r\n');
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
