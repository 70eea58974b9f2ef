/**
 * Hostile spreadsheets cost the server little: each is read in a process of
 * its own, and its memory's high-water mark (maxRSS) may grow by less than
 * 150 MB while the reader refuses it with a clear, translated reason. The
 * files are small to upload and huge once read: 600,000 cells in one row,
 * 400,000 rows, a zip bomb, a million shared strings.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '@/lib/imports/limits';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-hostile-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const MESSAGES = Object.fromEntries(['en', 'fr', 'nl', 'de'].map((l) => [l, JSON.parse(fs.readFileSync(path.join(root, `messages/${l}.json`), 'utf8'))]));

/** A workbook with one sheet, written by hand: the sheet's XML and, if given, the shared strings. */
function workbook(sheetData: Uint8Array | string, sharedStrings?: Uint8Array | string, level: 1 | 9 = 9): Buffer {
  const u8 = (x: Uint8Array | string) => (typeof x === 'string' ? strToU8(x) : x);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook><sheets><sheet name="Buildings" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0"?><Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': u8(sheetData),
  };
  if (sharedStrings) files['xl/sharedStrings.xml'] = u8(sharedStrings);
  return Buffer.from(zipSync(files, { level }));
}

const sheet = (rows: string) => `<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData></worksheet>`;
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

async function readInItsOwnProcess(name: string, bytes: Buffer) {
  expect(bytes.length).toBeLessThanOrEqual(IMPORT_LIMITS.FILE_MAX_BYTES);
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const { stdout } = await run(process.execPath, ['--expose-gc', '--conditions=react-server', '--import', 'tsx', 'tests/helpers/import-memory-worker.ts'], {
    cwd: root,
    env: { ...process.env, FILE: file },
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(stdout) as { code?: string; rows?: number; params?: Record<string, number>; growthMb: number; ms: number };
}

function expectTranslated(code: string) {
  for (const [locale, messages] of Object.entries(MESSAGES)) expect(messages.Import.errors[code], `${locale}: ${code}`).toEqual(expect.any(String));
}

describe('hostile spreadsheets', { timeout: 90_000 }, () => {
  it('600,000 cells in one row: refused for its columns, within 150 MB', async () => {
    const bytes = workbook(sheet(`<row r="1">${'<c><v>1</v></c>'.repeat(600_000)}</row>`));
    const outcome = await readInItsOwnProcess('wide.xlsx', bytes);
    expect(outcome).toMatchObject({ code: 'tooManyColumns', params: { max: IMPORT_LIMITS.COLUMNS_MAX } });
    expect(outcome.growthMb).toBeLessThan(150);
    expectTranslated('tooManyColumns');
  });

  it('400,000 rows: refused as more than 1,000 rows, within 150 MB', async () => {
    const rows = [`<row r="1">${inline('A1', 'city')}${inline('B1', 'name')}</row>`];
    // Rows without references (allowed: each follows the one before) compress to almost nothing.
    rows.push('<row><c t="inlineStr"><is><t>Gent</t></is></c><c t="inlineStr"><is><t>Belfort</t></is></c></row>'.repeat(400_000));
    const bytes = workbook(sheet(rows.join('')));
    const outcome = await readInItsOwnProcess('long.xlsx', bytes);
    expect(outcome).toMatchObject({ code: 'tooManyRows', params: { max: 1000 } });
    expect(outcome.growthMb).toBeLessThan(150);
    expectTranslated('tooManyRows');
  });

  it('a zip bomb (a sheet that unpacks to 200 MB): refused as too large, within 150 MB', async () => {
    const filler = new Uint8Array(200 * 1024 * 1024).fill(0x20);
    const bytes = workbook(new Uint8Array(Buffer.concat([Buffer.from('<?xml version="1.0"?><worksheet><sheetData>'), filler, Buffer.from('</sheetData></worksheet>')])), undefined, 1);
    const outcome = await readInItsOwnProcess('bomb.xlsx', bytes);
    expect(outcome.code).toBe('xlsxTooLarge');
    expect(outcome.growthMb).toBeLessThan(150);
    expectTranslated('xlsxTooLarge');
  });

  it('a million shared strings: refused as too large, within 150 MB', async () => {
    const strings = `<?xml version="1.0"?><sst count="1000000">${'<si><t>Belfort</t></si>'.repeat(1_000_000)}</sst>`;
    const bytes = workbook(sheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`), strings);
    const outcome = await readInItsOwnProcess('strings.xlsx', bytes);
    expect(outcome.code).toBe('xlsxTooLarge');
    expect(outcome.growthMb).toBeLessThan(150);
  });

  it('a good file still reads, in the same harness', async () => {
    const rows = [`<row r="1">${inline('A1', 'city')}${inline('B1', 'name')}</row>`];
    for (let r = 2; r <= 1001; r++) rows.push(`<row r="${r}">${inline(`A${r}`, 'Gent')}${inline(`B${r}`, `Building ${r}`)}</row>`);
    const outcome = await readInItsOwnProcess('good.xlsx', workbook(sheet(rows.join(''))));
    expect(outcome).toMatchObject({ rows: 1000 });
    expect(outcome.growthMb).toBeLessThan(150);
  });
});
