import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import type { Actor } from '@/lib/permissions';
import { listRegistrationPage, WORKSPACE_PAGE_SIZE } from '@/lib/registrations/read';

describe('the workspace list', () => {
  it('comes in pages of its own city’s registrations, in order, whatever the page asked for', async () => {
    const db = getDb();
    const campaign = createCampaign(db, { year: 2081 });
    const city = createCity(db, { name: 'Paged town' });
    const other = createCity(db, { name: 'Elsewhere' });
    const n = WORKSPACE_PAGE_SIZE + 7;
    for (let i = 0; i < n; i++) {
      const b = createBuilding(db, { cityId: city.id, name: `Building ${String(i).padStart(3, '0')}`, lat: 50 + i * 0.01, lng: 4 });
      createIllumination(db, { campaignId: campaign.id, buildingId: b.id, status: 'submitted' });
    }
    const theirs = createBuilding(db, { cityId: other.id, name: 'Not mine', lat: 51, lng: 5 });
    createIllumination(db, { campaignId: campaign.id, buildingId: theirs.id, status: 'submitted' });
    const actor: Actor = { id: createUser(db, {}, [city.id]).id, role: 'coordinator', cityIds: [city.id] };

    const first = await listRegistrationPage(actor, campaign.id, { page: 1 });
    expect(first).toMatchObject({ total: n, page: 1, pages: 2 });
    expect(first.rows).toHaveLength(WORKSPACE_PAGE_SIZE);
    expect(first.rows[0]!.building.name).toBe('Building 000');
    const second = await listRegistrationPage(actor, campaign.id, { page: 2 });
    expect(second.rows.map((r) => r.building.name)).toEqual(Array.from({ length: 7 }, (_, i) => `Building ${String(WORKSPACE_PAGE_SIZE + i).padStart(3, '0')}`));
    // Past the end, or nonsense: the nearest real page.
    expect((await listRegistrationPage(actor, campaign.id, { page: 99 })).page).toBe(2);
    expect((await listRegistrationPage(actor, campaign.id, { page: Number.NaN })).page).toBe(1);
    expect([...first.rows, ...second.rows].some((r) => r.building.name === 'Not mine')).toBe(false);
  });
});
