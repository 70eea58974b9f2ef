/**
 * The coordinator workspace's rows of the authorization matrix (see rows.ts):
 * register, edit, withdraw and "lights are on" for the city's coordinators and
 * organisers; the photos of unapproved registrations likewise.
 */
import { eq } from 'drizzle-orm';
import { createBuilding, createIllumination } from '@/lib/demo/builders';
import { PAST_YEAR } from '@/lib/demo/demo-data';
import { campaigns } from '@/db/schema';
import { storePhoto } from '@/lib/photos/photos';
import type { Fixture } from './fixture';
import { form, unique } from './fixture';
import { cityStaff } from './outcomes';


let spread = 0;
/** A place of its own for each new building, so that no call meets another's near-duplicate. */
function place() {
  spread += 1;
  return { lat: 51.0 + spread * 0.002, lng: 3.6 + spread * 0.002 };
}

/** A registration of the fixture's Ghent for the open campaign, of its own. */
function registration(f: Fixture, status: 'submitted' | 'approved' = 'submitted', photo: string | null = null) {
  const building = createBuilding(f.db, { cityId: f.ghent, name: unique('Matrix coordinate'), ...place() });
  return createIllumination(f.db, { campaignId: f.campaign.id, buildingId: building.id, status, photo });
}

export const COORDINATE_ACTION_ROWS = {
  '[locale]/coordinate/actions.ts#saveRegistrationAction': {
    expect: cityStaff,
    input: (f: Fixture) => {
      const { lat, lng } = place();
      return form({
        campaignId: String(f.campaign.id),
        cityId: String(f.ghent),
        name: unique('Matrix registration'),
        kind: 'tower',
        lat: String(lat),
        lng: String(lng),
        lightsOnMode: 'sunset',
        duplicateChoice: 'new',
      });
    },
  },
  '[locale]/coordinate/actions.ts#withdrawRegistrationAction': {
    expect: cityStaff,
    input: (f: Fixture) => form({ illuminationId: String(registration(f).id) }),
  },
  '[locale]/coordinate/actions.ts#reregisterAction': {
    expect: cityStaff,
    input: (f: Fixture) => {
      const past = f.db.select().from(campaigns).where(eq(campaigns.year, PAST_YEAR)).get()!;
      const building = createBuilding(f.db, { cityId: f.ghent, name: unique('Matrix returning'), ...place() });
      createIllumination(f.db, { campaignId: past.id, buildingId: building.id, status: 'approved' });
      return form({ campaignId: String(f.campaign.id), buildingIds: String(building.id) });
    },
  },
  // Coordinators only on the night: outside it they are told when (not refused).
  '[locale]/coordinate/actions.ts#confirmLitAction': {
    expect: cityStaff,
    input: (f: Fixture) => form({ illuminationId: String(registration(f, 'approved').id) }),
  },
};

export const COORDINATE_ROUTE_ROWS = {
  // A registration's calendar file: whoever may see the registration in the workspace.
  '[locale]/coordinate/[illuminationId]/calendar/route.ts': {
    kind: 'checked' as const,
    expect: cityStaff,
    request: (f: Fixture) => {
      const id = String(registration(f).id);
      return { url: `/coordinate/${id}/calendar`, params: { locale: 'en', illuminationId: id } };
    },
  },
  // The photo of a registration not (yet) approved: its city's coordinators and organisers.
  'uploads/[name]/route.ts': {
    kind: 'checked' as const,
    expect: cityStaff,
    request: (f: Fixture) => {
      const name = storePhoto({ data: Buffer.from('RIFF\0\0\0\0WEBPVP8 '), width: 1, height: 1 });
      registration(f, 'submitted', name);
      return { url: `/uploads/${name}`, params: { name } };
    },
  },
};
