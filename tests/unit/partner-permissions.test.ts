import { describe, expect, it } from 'vitest';
import {
  canConfirmLit,
  canEditPartnerProfile,
  canManagePartners,
  canRegister,
  canRegisterEvent,
  canReview,
  canUsePartnerSpace,
  canUseWorkspace,
  canViewEvent,
  exportScope,
  type Actor,
} from '@/lib/permissions';

const PARTNER = 7;
const CITY = 1;
const actors = {
  public: null,
  coordinator: { id: 'c', role: 'coordinator', cityIds: [CITY] },
  otherPartner: { id: 'p2', role: 'partner', cityIds: [], partnerIds: [PARTNER + 1] },
  ownPartner: { id: 'p1', role: 'partner', cityIds: [], partnerIds: [PARTNER] },
  organiser: { id: 'o', role: 'organiser', cityIds: [] },
} satisfies Record<string, Actor>;
const before = new Date('2026-07-01T00:00:00Z');
const deadline = new Date('2026-07-16T22:00:00Z');
const after = new Date('2026-07-20T00:00:00Z');

/** The partners' rows of the permission table: public, a coordinator, another organisation's partner, the organisation's partner, organiser. */
const table: [string, (a: Actor) => boolean, [boolean, boolean, boolean, boolean, boolean]][] = [
  ['see an approved event', (a) => canViewEvent(a, { partnerId: PARTNER, status: 'approved' }), [true, true, true, true, true]],
  ['see a submitted event', (a) => canViewEvent(a, { partnerId: PARTNER, status: 'submitted' }), [false, false, false, true, true]],
  ['register an event before the deadline', (a) => canRegisterEvent(a, { partnerId: PARTNER, registrationDeadline: deadline }, before), [false, false, false, true, true]],
  ['register an event after the deadline', (a) => canRegisterEvent(a, { partnerId: PARTNER, registrationDeadline: deadline }, after), [false, false, false, false, true]],
  ['edit the organisation’s profile', (a) => canEditPartnerProfile(a, { partnerId: PARTNER }), [false, false, false, true, true]],
  ['manage partners', canManagePartners, [false, false, false, false, true]],
  ['the partners’ workspace', canUsePartnerSpace, [false, false, true, true, true]],
  ['the coordinators’ workspace', canUseWorkspace, [false, true, false, false, true]],
  ['register a building', (a) => canRegister(a, { cityId: CITY, registrationDeadline: deadline }, before), [false, true, false, false, true]],
  ['confirm lit', (a) => canConfirmLit(a, { cityId: CITY }), [false, true, false, false, true]],
  ['review', canReview, [false, false, false, false, true]],
];

describe('the partners in the permission table', () => {
  it.each(table)('%s', (_name, allowed, expected) => {
    const order = [actors.public, actors.coordinator, actors.otherPartner, actors.ownPartner, actors.organiser];
    expect(order.map((a) => allowed(a))).toEqual(expected);
  });

  it('lets a partner export only the open data', () => {
    expect(exportScope(actors.ownPartner)).toEqual({ kind: 'public' });
  });
});
