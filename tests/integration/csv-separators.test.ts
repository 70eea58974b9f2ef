/**
 * Both CSV exports (the organisers' registrations, the public open data) as
 * a spreadsheet may read them: with our delimiter, or split on another one
 * without regard for quotes (Belgian Excel and LibreOffice nl-BE split a
 * comma file on `;`), or broken into lines at any line break. However the
 * file is cut, no cell may start a formula.
 */
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import { listExportRows } from '@/lib/exports/registrations';
import { registrationsCsv } from '@/lib/exports/formats';
import { lightsToCsv } from '@/lib/lights/open-data';
import { listPublicLights } from '@/lib/lights/public';
import type { Actor } from '@/lib/permissions';

const YEAR = 2071;
const HOSTILE = [
  'Town Hall;=1+1',
  'Town Hall,=HYPERLINK("http://evil.example","Click")',
  'Hall;"=1+1"',
  'Hall; =1+1',
  'Hall, +32 2 279 22 11',
  'Hall\t-2+3',
  'Hall\r\n@SUM(A1)',
  'Hall\n=cmd|\' /C calc\'!A0',
  'Hall;\t=1',
  '=plain',
  'Liège, \u202Eevil',
];

let organiser: NonNullable<Actor>;
let campaignId: number;

beforeAll(() => {
  const db = getDb();
  const campaign = createCampaign(db, { year: YEAR });
  campaignId = campaign.id;
  const city = createCity(db, { name: 'Leuven;=1+1', province: 'Flemish Brabant,-1' });
  organiser = { id: createUser(db, { role: 'organiser' }).id, role: 'organiser', cityIds: [] };
  HOSTILE.forEach((text, i) => {
    const building = createBuilding(db, { cityId: city.id, name: text, address: `Grote Markt ${i};+1`, description: text, lat: 50.87 + i / 1000, lng: -4.7 - i / 1000 });
    createIllumination(db, { campaignId: campaign.id, buildingId: building.id });
  });
});

/** A number as either spreadsheet writes one: a number cell is not a formula, even negative. */
const NUMBER = /^-?\d+([.,]\d+)?$/;

/** Every cell of `file` split on `separator` and at every line break, quotes ignored, as a careless reader does. */
function naiveCells(file: string, separator: string): string[] {
  return file
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .flatMap((line) => line.split(separator));
}

function expectNoFormula(file: string, label: string) {
  for (const separator of [';', ',', '\t']) {
    for (const cell of naiveCells(file, separator)) {
      // Readers drop the quotes and may trim spaces before a cell's text.
      const text = cell.replace(/^[" ]+/, '');
      if (NUMBER.test(text)) continue;
      expect(text, `${label}, split on ${JSON.stringify(separator)}: ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/);
    }
  }
}

describe('CSV exports read with any separator', () => {
  it('start no formula in the registrations export, comma or semicolon, however split', async () => {
    const rows = await listExportRows(organiser, { year: YEAR });
    expect(rows).toHaveLength(HOSTILE.length);
    for (const delimiter of [',', ';'] as const) {
      const file = registrationsCsv(rows, delimiter);
      expectNoFormula(file, `registrations (${delimiter})`);
      // Read as written, each name is there, with an apostrophe before each formula start and no bidi override.
      const parsed = Papa.parse<Record<string, string>>(file.slice(1), { header: true, delimiter, skipEmptyLines: true }).data;
      expect(parsed.map((r) => r.name).sort()).toEqual(HOSTILE.map(readBack).sort());
    }
  });

  it('start no formula in the open data, however split', async () => {
    const lights = await listPublicLights(campaignId);
    expect(lights).toHaveLength(HOSTILE.length);
    const file = lightsToCsv(lights);
    expectNoFormula(file, 'open data');
    const parsed = Papa.parse<Record<string, string>>(file.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(parsed.map((r) => r.description).sort()).toEqual(HOSTILE.map(readBack).sort());
    expect(new Set(parsed.map((r) => r.city))).toEqual(new Set(["Leuven;'=1+1"]));
  });
});

/** What a reader that honours the quotes gets back: the text with an apostrophe before each would-be formula. */
function readBack(text: string): string {
  const expected: Record<string, string> = {
    'Town Hall;=1+1': "Town Hall;'=1+1",
    'Town Hall,=HYPERLINK("http://evil.example","Click")': 'Town Hall,\'=HYPERLINK("http://evil.example","Click")',
    'Hall;"=1+1"': 'Hall;"\'=1+1"',
    'Hall; =1+1': "Hall; '=1+1",
    'Hall, +32 2 279 22 11': "Hall, '+32 2 279 22 11",
    'Hall\t-2+3': "Hall\t'-2+3",
    'Hall\r\n@SUM(A1)': "Hall\r\n'@SUM(A1)",
    "Hall\n=cmd|' /C calc'!A0": "Hall\n'=cmd|' /C calc'!A0",
    'Hall;\t=1': "Hall;'\t'=1",
    '=plain': "'=plain",
    'Liège, \u202Eevil': 'Liège, evil',
  };
  return expected[text]!;
}
