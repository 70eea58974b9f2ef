import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { approvedVersionOf, createBuilding, createIllumination } from '@/lib/demo/builders';
import { listExportRows } from '@/lib/exports/registrations';
import { pressList } from '@/lib/exports/press';
import { organiseWorld } from '../helpers/organise-fixtures';

let w: ReturnType<typeof organiseWorld>;

beforeAll(() => {
  w = organiseWorld(2043);
  const db = getDb();
  // Approved; approved then edited (awaiting review, the public keeps the approved name); rejected.
  const hall = createBuilding(db, { cityId: w.mons.id, name: 'Mons Town Hall', kind: 'town_hall', lat: 50.4543, lng: 3.9522 });
  createIllumination(db, { campaignId: w.campaign.id, buildingId: hall.id, status: 'approved' });
  const college = createBuilding(db, { cityId: w.mons.id, name: 'Collegiate Church (new name)', kind: 'church', lat: 50.455, lng: 3.947 });
  createIllumination(db, {
    campaignId: w.campaign.id,
    buildingId: college.id,
    status: 'submitted',
    approved: approvedVersionOf({ ...college, name: 'Sainte-Waudru Collegiate Church' }, { lightsOnMode: 'sunset', lightsOffTime: '00:00' }),
  });
  const bridge = createBuilding(db, { cityId: w.namur.id, name: 'Jambes Bridge', kind: 'bridge', lat: 50.4608, lng: 4.8702 });
  createIllumination(db, { campaignId: w.campaign.id, buildingId: bridge.id, status: 'rejected', reviewReason: 'No lights' });
});

describe('the press list', () => {
  it('lists and counts what the public map shows, whatever the status filter: approved versions only', async () => {
    const rows = await listExportRows(w.organiserActor, { year: 2043, status: 'rejected' }, { publicVersion: true });
    expect(rows.map((r) => [r.name, r.status]).sort()).toEqual([
      ['Mons Town Hall', 'approved'],
      ['Sainte-Waudru Collegiate Church', 'approved'],
    ]);
    const list = pressList(rows, 'en', (p) => p);
    expect({ buildings: list.buildings, cities: list.cities }).toEqual({ buildings: 2, cities: 1 });
  });

  it('never counts a registration that is not approved, even when handed one', async () => {
    const all = await listExportRows(w.organiserActor, { year: 2043 });
    expect(all.length).toBeGreaterThan(2);
    const list = pressList(all, 'en', (p) => p);
    expect(list.buildings).toBe(1);
    expect(list.provinces.flatMap((p) => p.cities.flatMap((c) => c.buildings.map((b) => b.name)))).toEqual(['Mons Town Hall']);
  });
});
