import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { createBuilding, createIllumination } from '@/lib/demo/builders';
import { auditLog } from '@/db/schema';
import { organiseWorld } from '../helpers/organise-fixtures';
import { session } from '../helpers/acting-user';

vi.mock('@/app/_auth/current-actor', () => import('../helpers/acting-user'));
vi.mock('next-intl/server', () => import('../helpers/intl-by-locale'));

const { GET } = await import('@/app/api/exports/[format]/route');
const { listExportRows } = await import('@/lib/exports/registrations');

let w: ReturnType<typeof organiseWorld>;
let other: ReturnType<typeof organiseWorld>;

beforeAll(() => {
  w = organiseWorld(2041);
  other = organiseWorld(2042);
  const db = getDb();
  // A hostile name, approved, in Namur; and a rejected one in Mons.
  const hostile = createBuilding(db, { cityId: w.namur.id, name: '=HYPERLINK("http://evil.example","x")', kind: 'church', lat: 50.465, lng: 4.867 });
  createIllumination(db, { campaignId: w.campaign.id, buildingId: hostile.id, status: 'approved' });
  const rejected = createBuilding(db, { cityId: w.mons.id, name: 'Mons Town Hall', kind: 'town_hall', lat: 50.4543, lng: 3.9522 });
  createIllumination(db, { campaignId: w.campaign.id, buildingId: rejected.id, status: 'rejected', reviewReason: 'No lights' });
});

async function get(format: string, query: string) {
  return GET(new Request(`http://localhost/api/exports/${format}?${query}`), { params: Promise.resolve({ format }) });
}

const exportsBy = (actorId: string) => getDb().select().from(auditLog).where(eq(auditLog.actorId, actorId)).all().filter((a) => a.action === 'export');

describe('exports', () => {
  it('selects exactly the filtered rows, in every format', async () => {
    session.actor = w.organiserActor;
    const expected = (await listExportRows(w.organiserActor, { year: 2041, province: 'Namur' })).map((r) => r.name);
    expect(expected.sort()).toEqual(['=HYPERLINK("http://evil.example","x")', 'Namur Citadel', 'Royal Theatre of Namur'].sort());

    const csvRes = await get('csv', 'year=2041&province=Namur');
    expect(csvRes.status).toBe(200);
    expect(csvRes.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csvRes.headers.get('content-disposition')).toBe('attachment; filename="blue-lights-2041-namur.csv"');
    const csv = await csvRes.text();
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => r.name).sort()).toEqual(expected.map((n) => (n.startsWith('=') ? `'${n}` : n)).sort());
    expect(parsed.data.every((r) => r.year === '2041' && r.province === 'Namur')).toBe(true);

    // The bytes start with the UTF-8 byte-order mark (Response.text() would swallow it).
    const semi = Buffer.from(await (await get('csv', 'year=2041&province=Namur&sep=semicolon')).arrayBuffer());
    expect([...semi.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(semi.toString('utf8').split('\r\n')[0]).toMatch(/^\uFEFFregistration_id;year;status;/);
    // For Belgian Excel: decimals with a comma; integers, codes and ISO instants as they are.
    const semiRows = Papa.parse<Record<string, string>>(semi.toString('utf8').slice(1), { header: true, delimiter: ';', skipEmptyLines: true }).data;
    const hostileRow = semiRows.find((r) => r.name!.includes('HYPERLINK'))!;
    expect(hostileRow).toMatchObject({ year: '2041', latitude: '50,465', longitude: '4,867', status: 'approved' });
    expect(hostileRow.registration_id).toMatch(/^\d+$/);
    expect(hostileRow.submitted_at_utc).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const comma = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(comma.find((r) => r.name!.includes('HYPERLINK'))).toMatchObject({ latitude: '50.465', longitude: '4.867' });

    const xlsx = await get('xlsx', 'year=2041&status=approved');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    // For people: the organiser's language (English without `lang`).
    const nameCol = header.indexOf('Building') + 1;
    expect(nameCol).toBeGreaterThan(0);
    const names: unknown[] = [];
    for (let i = 2; i <= sheet.rowCount; i++) names.push(sheet.getRow(i).getCell(nameCol).value);
    expect(names).toEqual([`'=HYPERLINK("http://evil.example","x")`]);

    const geo = await (await get('geojson', 'year=2041&kind=tower')).json();
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(1);
    expect(geo.features[0].geometry).toEqual({ type: 'Point', coordinates: [3.9496, 50.4541] });
    expect(geo.features[0].properties).toMatchObject({ name: 'Mons Belfry', city: w.mons.name, status: 'submitted', year: 2041 });

    const byCity = (await (await get('geojson', `city=${w.mons.id}&status=rejected`)).json()).features;
    expect(byCity.map((f: { properties: { name: string } }) => f.properties.name)).toEqual(['Mons Town Hall']);
  });

  it('limits a coordinator to their own cities, in any status', async () => {
    session.actor = w.coordinatorActor;
    const res = await get('geojson', 'year=');
    const names = (await res.json()).features.map((f: { properties: { name: string; city: string } }) => f.properties.city);
    expect(new Set(names)).toEqual(new Set([w.namur.name]));
    expect(names).toHaveLength(3);
    // Asking for another city gives nothing rather than that city.
    const theirs = await (await get('geojson', `city=${other.namur.id}`)).json();
    expect(theirs.features).toEqual([]);
  });

  it('refuses the public and bad filters, and says why', async () => {
    session.actor = null;
    expect((await get('csv', '')).status).toBe(401);
    session.actor = w.organiserActor;
    expect((await get('pdf', '')).status).toBe(404);
    const bad = await get('csv', 'status=lit&year=1999&sep=tab');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'invalid', fields: { status: [{ key: 'choice' }], year: [{ key: 'invalid' }], sep: [{ key: 'choice' }] } });
  });

  it('writes every export to the audit log: who, which format, which filter, how many rows', async () => {
    const fresh = organiseWorld(2043);
    session.actor = fresh.organiserActor;
    await get('csv', 'year=2043&status=submitted');
    session.actor = fresh.coordinatorActor;
    await get('xlsx', 'year=2043');
    const [organiserExport] = exportsBy(fresh.organiser.id);
    expect(organiserExport).toMatchObject({
      entity: 'registrations',
      entityId: 'csv',
      after: { format: 'csv', filter: { year: 2043, status: 'submitted' }, rows: 3, scope: 'all', delimiter: ',' },
    });
    const [coordinatorExport] = exportsBy(fresh.coordinator.id);
    expect(coordinatorExport).toMatchObject({ entityId: 'xlsx', after: { rows: 2, scope: 'cities' } });
  });
});
