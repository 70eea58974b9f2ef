import type { Fixture, Role } from './fixture';
import { form, unique } from './fixture';

export type Outcome = 'allowed' | 'refused' | 'error';

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

const everyone: Record<Role, Outcome> = { anonymous: 'allowed', otherCity: 'allowed', ownCity: 'allowed', organiser: 'allowed' };
const organisersOnly: Record<Role, Outcome> = { anonymous: 'refused', otherCity: 'refused', ownCity: 'refused', organiser: 'allowed' };

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
    input: (f) => form({ email: `${unique('invitee')}@example.org`, name: 'New Person', role: 'coordinator', cityIds: [String(f.ghent)] }),
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
};
