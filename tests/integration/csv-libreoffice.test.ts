/**
 * Both CSV exports opened by a real spreadsheet, LibreOffice Calc (Debian's
 * libreoffice-calc-nogui, installed by .ci/run), told to split on `;` (as
 * Belgian Excel and LibreOffice nl-BE do with any CSV) and on `,`: whichever
 * it uses, no cell of the sheet it makes is a formula.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import { listExportRows } from '@/lib/exports/registrations';
import { registrationsCsv } from '@/lib/exports/formats';
import { lightsToCsv } from '@/lib/lights/open-data';
import { listPublicLights } from '@/lib/lights/public';
import type { Actor } from '@/lib/permissions';

const run = promisify(execFile);
const SOFFICE = process.env.SOFFICE_PATH || '/usr/bin/soffice';
const YEAR = 2072;
/** Each becomes a whole, valid formula once a reader splits on `;` or `,` without regard for quotes. */
const HOSTILE = ['Hall;=1+1;x', 'Hall,=2+2,x', 'Hall; =3+3;x', 'Hall;"=4+4";x', 'Hall;@SUM(1;2);x', 'Hall,-5+5,x'];

let work: string;
let files: Record<string, string>;

beforeAll(async () => {
  if (!fs.existsSync(SOFFICE)) throw new Error(`LibreOffice is missing: sudo apt-get install libreoffice-calc-nogui (.ci/run does), or set SOFFICE_PATH`);
  const db = getDb();
  const campaign = createCampaign(db, { year: YEAR });
  const city = createCity(db, { name: 'Mechelen;=9+9;x' });
  const organiser: NonNullable<Actor> = { id: createUser(db, { role: 'organiser' }).id, role: 'organiser', cityIds: [] };
  HOSTILE.forEach((text, i) => {
    const building = createBuilding(db, { cityId: city.id, name: text, description: `Line one\n=6+${i}`, lat: 51.02 + i / 1000, lng: 4.47 });
    createIllumination(db, { campaignId: campaign.id, buildingId: building.id });
  });
  const rows = await listExportRows(organiser, { year: YEAR });
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-calc-'));
  files = {
    'registrations-comma.csv': registrationsCsv(rows, ','),
    'registrations-semicolon.csv': registrationsCsv(rows, ';'),
    'open-data.csv': lightsToCsv(await listPublicLights(campaign.id)),
  };
  for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(work, name), body);
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** Opens every file with LibreOffice splitting on `separator` (UTF-8, `"` quotes) and saves each as XLSX. */
async function openInCalc(separator: ';' | ','): Promise<Map<string, ExcelJS.Worksheet>> {
  const out = path.join(work, `out-${separator === ';' ? 'semicolon' : 'comma'}`);
  const inputs = Object.keys(files).map((name) => path.join(work, name));
  await run(
    SOFFICE,
    [
      `-env:UserInstallation=file://${path.join(work, 'profile')}`,
      '--headless',
      '--convert-to',
      'xlsx',
      // Separator, text delimiter `"`, UTF-8, from line 1, no column formats, English (US).
      `--infilter=CSV:${separator.charCodeAt(0)},34,76,1,,1033`,
      '--outdir',
      out,
      ...inputs,
    ],
    { timeout: 50_000 },
  );
  const sheets = new Map<string, ExcelJS.Worksheet>();
  for (const name of Object.keys(files)) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(out, name.replace(/\.csv$/, '.xlsx')));
    sheets.set(name, book.worksheets[0]!);
  }
  return sheets;
}

describe('CSV exports in LibreOffice Calc', () => {
  it.each([';', ','] as const)('hold no formula when split on "%s"', async (separator) => {
    const sheets = await openInCalc(separator);
    for (const [name, sheet] of sheets) {
      expect(sheet.rowCount, name).toBeGreaterThan(HOSTILE.length);
      const formulas: string[] = [];
      let texts = 0;
      sheet.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${name} row ${r} column ${c}: ${JSON.stringify(cell.value)}`);
          if (cell.type === ExcelJS.ValueType.String) texts++;
        }),
      );
      expect(texts, name).toBeGreaterThan(0);
      expect(formulas).toEqual([]);
    }
  }, 60_000);
});
