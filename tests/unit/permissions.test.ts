import { describe, expect, it } from 'vitest';
import {
  canConfirmLit,
  canManageCampaigns,
  canManageCities,
  canManageCoordinators,
  canRegister,
  canReview,
  canViewAuditLog,
  canViewIllumination,
  exportScope,
  type Actor,
} from '@/lib/permissions';

const CITY = 1;
const OTHER = 2;
const actors = {
  public: null,
  otherCity: { id: 'c2', role: 'coordinator', cityIds: [OTHER] },
  ownCity: { id: 'c1', role: 'coordinator', cityIds: [CITY] },
  organiser: { id: 'o', role: 'organiser', cityIds: [] },
} satisfies Record<string, Actor>;
const before = new Date('2026-07-01T00:00:00Z');
const deadline = new Date('2026-07-16T22:00:00Z');
const after = new Date('2026-07-20T00:00:00Z');

/** The permission table of the design, row by row: public, other city, own city, organiser. */
const table: [string, (a: Actor) => boolean, [boolean, boolean, boolean, boolean]][] = [
  ['see approved illuminations', (a) => canViewIllumination(a, { cityId: CITY, status: 'approved' }), [true, true, true, true]],
  ['see submitted ones', (a) => canViewIllumination(a, { cityId: CITY, status: 'submitted' }), [false, false, true, true]],
  ['see rejected ones', (a) => canViewIllumination(a, { cityId: CITY, status: 'rejected' }), [false, false, true, true]],
  ['register before the deadline', (a) => canRegister(a, { cityId: CITY, registrationDeadline: deadline }, before), [false, false, true, true]],
  ['register after the deadline', (a) => canRegister(a, { cityId: CITY, registrationDeadline: deadline }, after), [false, false, false, true]],
  ['approve, reject', canReview, [false, false, false, true]],
  ['confirm lit', (a) => canConfirmLit(a, { cityId: CITY }), [false, false, true, true]],
  ['campaigns', canManageCampaigns, [false, false, false, true]],
  ['cities', canManageCities, [false, false, false, true]],
  ['coordinators', canManageCoordinators, [false, false, false, true]],
  ['audit log', canViewAuditLog, [false, false, false, true]],
];

describe('the permission table', () => {
  it.each(table)('%s', (_name, rule, expected) => {
    expect(([actors.public, actors.otherCity, actors.ownCity, actors.organiser] as Actor[]).map((a) => rule(a))).toEqual(expected);
  });

  it('scopes exports: open data for the public, own cities for coordinators, everything for organisers', () => {
    expect(exportScope(actors.public)).toEqual({ kind: 'public' });
    expect(exportScope(null)).toEqual({ kind: 'public' });
    expect(exportScope(actors.ownCity)).toEqual({ kind: 'cities', cityIds: [CITY] });
    expect(exportScope(actors.organiser)).toEqual({ kind: 'all' });
  });
});
