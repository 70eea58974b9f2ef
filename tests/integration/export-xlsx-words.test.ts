/**
 * The XLSX an organiser downloads is for people: headings and values (kinds,
 * statuses, lights-on modes, countries, zones) in the language of the page it
 * was asked from. The CSV and GeoJSON keep the stable machine names.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { createBuilding, createIllumination } from '@/lib/demo/builders';
import { organiseWorld } from '../helpers/organise-fixtures';
import { session } from '../helpers/acting-user';

vi.mock('@/app/_auth/current-actor', () => import('../helpers/acting-user'));
vi.mock('next-intl/server', () => import('../helpers/intl-by-locale'));

const { GET } = await import('@/app/api/exports/[format]/route');

let w: ReturnType<typeof organiseWorld>;

beforeAll(() => {
  w = organiseWorld(2061);
  const hall = createBuilding(getDb(), { cityId: w.mons.id, name: 'Mons Town Hall', kind: 'town_hall', lat: 50.4543, lng: 3.9522 });
  createIllumination(getDb(), { campaignId: w.campaign.id, buildingId: hall.id, status: 'approved', lightsOnMode: 'time', lightsOnTime: '22:00' });
  session.actor = w.organiserActor;
});

const get = (format: string, query: string) => GET(new Request(`http://localhost/api/exports/${format}?${query}`), { params: Promise.resolve({ format }) });

/** The sheet read back as exceljs reads it: its name, headings, and rows keyed by heading. */
async function readXlsx(res: Response) {
  expect(res.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  const sheet = workbook.worksheets[0]!;
  const headings = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  for (let i = 2; i <= sheet.rowCount; i++) {
    const values = (sheet.getRow(i).values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headings.map((h, j) => [h, values[j]])));
  }
  return { name: sheet.name, headings, rows };
}

describe('the organiser’s XLSX', () => {
  it('is in English by default: headings and values for people', async () => {
    const { name, headings, rows } = await readXlsx(await get('xlsx', 'year=2061&city=' + w.mons.id));
    expect(name).toBe('Registrations');
    expect(headings.slice(0, 6)).toEqual(['Registration no.', 'Year', 'Status', 'Building no.', 'Building', 'Kind']);
    expect(headings).not.toContain('town_hall');
    const hall = rows.find((r) => r.Building === 'Mons Town Hall')!;
    expect(hall).toMatchObject({ Status: 'Approved', Kind: 'Town hall', Country: 'Belgium', 'Lights on at': 'A set time', 'Time zone': 'Central European Time', 'Lights on (local time)': '22:00', Year: 2061 });
    const belfry = rows.find((r) => r.Building === 'Mons Belfry')!;
    expect(belfry).toMatchObject({ Status: 'Submitted', Kind: 'Tower', 'Lights on at': 'Sunset' });
    // Instants stay dates, numbers numbers.
    expect(hall['Submitted (UTC)']).toBeInstanceOf(Date);
    expect(typeof hall.Latitude).toBe('number');
  });

  it('is in French when asked from the French page', async () => {
    const { name, headings, rows } = await readXlsx(await get('xlsx', `year=2061&city=${w.mons.id}&lang=fr`));
    expect(name).toBe('Inscriptions');
    expect(headings.slice(0, 6)).toEqual(['N° d’inscription', 'Année', 'Statut', 'N° du bâtiment', 'Bâtiment', 'Type']);
    const hall = rows.find((r) => r['Bâtiment'] === 'Mons Town Hall')!;
    expect(hall).toMatchObject({ Statut: 'Validée', Type: 'Hôtel de ville', Pays: 'Belgique', Allumage: 'À heure fixe', 'Fuseau horaire': 'heure d’Europe centrale', Province: 'Hainaut' });
    expect(rows.find((r) => r['Bâtiment'] === 'Mons Belfry')).toMatchObject({ Statut: 'Soumise', Type: 'Tour', Allumage: 'Au coucher du soleil' });
  });

  it('refuses a language the site does not have', async () => {
    const res = await get('xlsx', 'year=2061&lang=xx');
    expect(res.status).toBe(400);
    expect((await res.json()).fields).toHaveProperty('lang');
  });

  it('leaves the CSV and GeoJSON to machines: stable names and codes, whatever the language', async () => {
    const csv = await (await get('csv', `year=2061&city=${w.mons.id}&lang=fr`)).text();
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields!.slice(0, 6)).toEqual(['registration_id', 'year', 'status', 'building_id', 'name', 'kind']);
    expect(parsed.data.find((r) => r.name === 'Mons Town Hall')).toMatchObject({ status: 'approved', kind: 'town_hall', lights_on_mode: 'time', time_zone: 'Europe/Brussels' });
    const geo = await (await get('geojson', `year=2061&city=${w.mons.id}&lang=fr`)).json();
    const props = geo.features.find((f: { properties: { name: string } }) => f.properties.name === 'Mons Town Hall').properties;
    expect(props).toMatchObject({ status: 'approved', kind: 'town_hall', lights_on_mode: 'time' });
  });
});
