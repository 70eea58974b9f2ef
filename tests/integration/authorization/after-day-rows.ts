/**
 * The authorization matrix's rows for what comes after the day (see rows.ts):
 * photo credits and consent and posters for the city's coordinators and the
 * organisers, the press pack for organisers, a city's social card for all.
 */
import { createBuilding, createIllumination } from '@/lib/demo/builders';
import { preparePhoto, storePhoto } from '@/lib/photos/photos';
import { pngImage } from '../../helpers/images';
import type { Fixture } from './fixture';
import { form, unique } from './fixture';
import { cityStaff, organisersOnly, everyone } from './outcomes';


// A real image: the press pack converts the public photos to JPEG.
const prepared = await preparePhoto(await pngImage({ width: 40, height: 30 }));

let spread = 0;
/** An approved registration of the fixture's Ghent, with a photo, in the open (published) campaign. */
function approvedInGhent(f: Fixture) {
  spread += 1;
  const building = createBuilding(f.db, { cityId: f.ghent, name: unique('Matrix after the day'), lat: 51.1 + spread * 0.002, lng: 3.8 + spread * 0.002 });
  const illumination = createIllumination(f.db, { campaignId: f.campaign.id, buildingId: building.id, status: 'approved', photo: storePhoto(prepared) });
  return { building, illumination };
}

export const AFTER_DAY_ACTION_ROWS = {
  '[locale]/coordinate/actions.ts#savePhotoRightsAction': {
    expect: cityStaff,
    input: (f: Fixture) => form({ illuminationId: String(approvedInGhent(f).illumination.id), photoRights: '1', photoCredit: 'Matrix credit', photoPublish: 'on' }),
  },
};

export const AFTER_DAY_ROUTE_ROWS = {
  'api/press-pack/[year]/route.ts': {
    kind: 'checked' as const,
    expect: organisersOnly,
    request: (f: Fixture) => ({ url: `/api/press-pack/${f.campaign.year}?lang=fr`, params: { year: String(f.campaign.year) } }),
  },
  'api/posters/[year]/building/[id]/route.ts': {
    kind: 'checked' as const,
    expect: cityStaff,
    request: (f: Fixture) => {
      const { building } = approvedInGhent(f);
      return { url: `/api/posters/${f.campaign.year}/building/${building.id}?size=A3`, params: { year: String(f.campaign.year), id: String(building.id) } };
    },
  },
  'api/posters/[year]/city/[id]/route.ts': {
    kind: 'checked' as const,
    expect: cityStaff,
    request: (f: Fixture) => {
      approvedInGhent(f);
      return { url: `/api/posters/${f.campaign.year}/city/${f.ghent}`, params: { year: String(f.campaign.year), id: String(f.ghent) } };
    },
  },
  'api/cards/[year]/cities/[id]/route.tsx': {
    kind: 'checked' as const,
    expect: everyone,
    request: (f: Fixture) => {
      approvedInGhent(f);
      return { url: `/api/cards/${f.campaign.year}/cities/${f.ghent}?lang=nl`, params: { year: String(f.campaign.year), id: String(f.ghent) } };
    },
  },
};
