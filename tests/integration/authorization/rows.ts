import { createBuilding, createIllumination } from '@/lib/demo/builders';
import { outbox } from '@/db/schema';
import { reviewVersionOf } from '@/lib/review/decisions';
import type { Fixture, Role } from './fixture';
import { form, unique } from './fixture';
import { COORDINATE_ACTION_ROWS, COORDINATE_ROUTE_ROWS } from './coordinate-rows';
import { AFTER_DAY_ACTION_ROWS, AFTER_DAY_ROUTE_ROWS } from './after-day-rows';
import { IMPORT_ACTION_ROWS, IMPORT_ROUTE_ROWS } from './import-rows';
import { JOIN_ACTION_ROWS } from './join-rows';
import { REVIEW_EVENT_ACTION_ROWS } from './review-event-rows';
import { PARTNER_ACTION_ROWS } from './partner-rows';
import { PARTNER_SPACE_ACTION_ROWS, PARTNER_SPACE_ROUTE_ROWS } from './partner-space-rows';
import { everyone, organisersOnly, signedIn, type Outcome } from './outcomes';

export type { Outcome };

type ActionRow = {
  /** What the design's permission table says for each kind of user. */
  expect: Record<Role, Outcome>;
  /** A valid input, so that "allowed" means the action did its work. */
  input: (f: Fixture, role: Role) => FormData;
};

type RouteRow =
  | { kind: 'auth' }
  | {
      kind: 'checked';
      expect: Record<Role, Outcome>;
      request: (f: Fixture, role: Role) => { method?: string; url: string; params: Record<string, string> };
    };


let campaignYear = 2200;
/**
 * A submitted registration of its own, so that reviewing it disturbs no other
 * row: one row's approve button with the version the review page shows.
 */
function approveSubmitted(f: Fixture): FormData {
  const building = createBuilding(f.db, { cityId: f.ghent, name: unique('Matrix review'), lat: 51.05, lng: 3.72 });
  const illumination = createIllumination(f.db, { campaignId: f.campaign.id, buildingId: building.id, status: 'submitted' });
  return form({ decision: `approve:${illumination.id}`, [`version:${illumination.id}`]: reviewVersionOf(building, illumination) });
}

export const ACTION_ROWS: Record<string, ActionRow> = {
  // Anyone may ask for a sign-in link (only invited addresses get one) and sign out.
  '[locale]/sign-in/actions.ts#requestSignInLink': {
    expect: everyone,
    input: () => form({ email: `${unique('someone')}@example.org` }),
  },
  '_auth/sign-out-action.ts#signOutAction': { expect: everyone, input: () => form({}) },

  // Coordinators: organisers only.
  '[locale]/organise/coordinators/actions.ts#inviteUserAction': {
    expect: organisersOnly,
    input: (f) => form({ email: `${unique('invitee')}@example.org`, name: 'New Person', role: 'coordinator', cityIds: [String(f.ghent)], locale: 'fr' }),
  },
  '[locale]/organise/coordinators/actions.ts#setUserCitiesAction': {
    expect: organisersOnly,
    input: (f) => form({ userId: f.users.other.id, cityIds: [String(f.bruges)] }),
  },
  '[locale]/organise/coordinators/actions.ts#setUserActiveAction': {
    expect: organisersOnly,
    // Reactivating an active user changes nothing, so the matrix can run it as often as it likes.
    input: (f) => form({ userId: f.users.other.id, active: 'true' }),
  },

  // The organiser console: review, campaigns, cities are organisers only.
  '[locale]/organise/review/actions.ts#reviewAction': {
    expect: organisersOnly,
    input: (f) => approveSubmitted(f),
  },
  '[locale]/organise/review/actions.ts#sendDigestAction': { expect: organisersOnly, input: () => form({}) },
  '[locale]/organise/campaigns/actions.ts#createCampaignAction': {
    expect: organisersOnly,
    input: () => {
      const year = ++campaignYear;
      return form({ year: String(year), eventDate: `${year}-07-30`, theme_en: 'Matrix', registrationDeadline: `${year}-07-16`, reminderDays: '7, 1' });
    },
  },
  '[locale]/organise/campaigns/actions.ts#updateCampaignAction': {
    expect: organisersOnly,
    input: (f) => form({ id: String(f.campaign.id), eventDate: f.campaign.eventDate, theme_en: 'Matrix', registrationDeadline: `${f.campaign.year}-07-17`, reminderDays: '7, 1', published: 'on' }),
  },
  '[locale]/organise/campaigns/actions.ts#setMapCampaignAction': { expect: organisersOnly, input: () => form({ id: 'none' }) },
  // The outbox: organisers only. A failed mail of its own, so that each call retries one.
  '[locale]/organise/outbox/actions.ts#retryMailAction': {
    expect: organisersOnly,
    input: (f) => {
      const mail = f.db
        .insert(outbox)
        .values({ kind: 'review', recipient: `${unique('failed')}@example.org`, locale: 'en', subject: 'Approved', text: 'x', html: '<p>x</p>', status: 'failed', attempts: 12, nextAttemptAt: new Date(), lastError: '550 No such user' })
        .returning()
        .get();
      return form({ id: String(mail.id) });
    },
  },
  // One's own account (the language of one's mails): anyone signed in.
  '[locale]/account/actions.ts#setOwnLocaleAction': { expect: signedIn, input: () => form({ locale: 'nl' }) },
  '[locale]/organise/cities/actions.ts#saveCityAction': {
    expect: organisersOnly,
    input: () => form({ name: unique('Matrix City'), country: 'BE', province: 'Namur', lat: '50.46', lng: '4.87', timeZone: '' }),
  },

  // The coordinator workspace (register, edit, withdraw, lit): the city's coordinators and organisers.
  ...COORDINATE_ACTION_ROWS,
  ...AFTER_DAY_ACTION_ROWS,
  ...IMPORT_ACTION_ROWS,
  // Asking to take part (everyone), answering requests and help centres (organisers).
  ...JOIN_ACTION_ROWS,
  // Partners' events are reviewed by organisers only, like buildings.
  ...REVIEW_EVENT_ACTION_ROWS,
  // Partner organisations and their people (organisers only).
  ...PARTNER_ACTION_ROWS,
  // An organisation's events and profile: its people and the organisers.
  ...PARTNER_SPACE_ACTION_ROWS,
};

export const ROUTE_ROWS: Record<string, RouteRow> = {
  'api/auth/[...nextauth]/route.ts': { kind: 'auth' },
  // Open data and health checks are public.
  'api/health/route.ts': { kind: 'checked', expect: everyone, request: () => ({ url: '/api/health', params: {} }) },
  'api/lights/[year]/route.ts': {
    kind: 'checked',
    expect: everyone,
    request: (f) => ({ url: `/api/lights/${f.campaign.year}`, params: { year: String(f.campaign.year) } }),
  },
  // The partners' events as open data (calendar, GeoJSON, CSV): public, like the buildings'.
  'api/events/[file]/route.ts': {
    kind: 'checked',
    expect: everyone,
    request: (f) => ({ url: `/api/events/${f.campaign.year}.ics`, params: { file: `${f.campaign.year}.ics` } }),
  },
  // The map data: an old version is redirected to the current one, for everyone alike.
  'api/lights/[year]/map/[file]/route.ts': {
    kind: 'checked',
    expect: everyone,
    request: (f) => ({ url: `/api/lights/${f.campaign.year}/map/old.json`, params: { year: String(f.campaign.year), file: 'old.json' } }),
  },
  // Exports: coordinators their own cities, organisers everything, the public nothing.
  // "Add to calendar" on a public building page: public, like the page.
  '[locale]/buildings/[id]/calendar/route.ts': {
    kind: 'checked',
    expect: everyone,
    request: (f) => {
      const building = createBuilding(f.db, { cityId: f.ghent, name: unique('Matrix public'), lat: 51.06, lng: 3.73 });
      createIllumination(f.db, { campaignId: f.campaign.id, buildingId: building.id, status: 'approved' });
      return { url: `/buildings/${building.id}/calendar`, params: { locale: 'en', id: String(building.id) } };
    },
  },
  // Partners export their own events (not registrations): the registrations' export refuses them.
  'api/exports/[format]/route.ts': {
    kind: 'checked',
    expect: { ...signedIn, otherPartner: 'refused', ownPartner: 'refused' },
    request: (f) => ({ url: `/api/exports/csv?year=${f.campaign.year}`, params: { format: 'csv' } }),
  },
  ...COORDINATE_ROUTE_ROWS,
  ...AFTER_DAY_ROUTE_ROWS,
  ...IMPORT_ROUTE_ROWS,
  ...PARTNER_SPACE_ROUTE_ROWS,
};
