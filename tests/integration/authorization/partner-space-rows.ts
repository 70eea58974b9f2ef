/**
 * The rows of the authorization matrix for the partners' workspace (see
 * rows.ts): registering, editing and withdrawing an organisation's events and
 * its profile are for its own people and the organisers; another
 * organisation's people, coordinators and the public are refused. Event pages'
 * calendar files are public, for approved events only.
 */
import { createEvent } from '@/lib/demo/builders';
import type { Fixture } from './fixture';
import { form, unique } from './fixture';
import { everyone, partnerStaff, type Expect } from './outcomes';

let spread = 0;
/** An event of the fixture's own organisation in the open campaign, of its own. */
function ownEvent(f: Fixture, status: 'submitted' | 'approved' = 'submitted') {
  spread += 1;
  return createEvent(f.db, {
    campaignId: f.campaign.id,
    partnerId: f.partner.id,
    cityId: f.ghent,
    status,
    title: unique('Matrix stand'),
    lat: 51.05 + spread * 0.001,
    lng: 3.72,
    startsAt: new Date(`${f.campaign.eventDate}T12:00:00Z`),
  });
}

/** The partners' workspace and the gazetteer's suggestions: partners and organisers, not the public or coordinators. */
const partnersAndOrganisers: Expect = { ...partnerStaff, otherPartner: 'allowed' };

export const PARTNER_SPACE_ACTION_ROWS = {
  '[locale]/partner/actions.ts#saveEventAction': {
    expect: partnerStaff,
    // A new stand for the fixture's own organisation: another organisation's people may not register it.
    input: (f: Fixture) =>
      form({
        campaignId: String(f.campaign.id),
        partnerId: String(f.partner.id),
        kind: 'information_stand',
        title: unique('Matrix stand'),
        city: 'Ghent',
        country: 'BE',
        lat: '51.0543',
        lng: '3.7174',
        date: f.campaign.eventDate,
        startTime: '14:00',
        endTime: '18:00',
      }),
  },
  '[locale]/partner/actions.ts#withdrawEventAction': {
    expect: partnerStaff,
    input: (f: Fixture) => {
      const event = ownEvent(f);
      return form({ eventId: String(event.id), version: String(event.updatedAt.getTime()), confirm: 'on' });
    },
  },
  '[locale]/partner/actions.ts#saveProfileAction': {
    expect: partnerStaff,
    input: (f: Fixture) => form({ partnerId: String(f.partner.id), website: 'https://www.matrix.example', description: unique('Matrix profile') }),
  },
};

export const PARTNER_SPACE_ROUTE_ROWS = {
  'api/partner/places/route.ts': {
    kind: 'checked' as const,
    expect: partnersAndOrganisers,
    request: () => ({ url: '/api/partner/places?q=leu', params: {} }),
  },
  '[locale]/events/[id]/calendar/route.ts': {
    kind: 'checked' as const,
    expect: everyone,
    request: (f: Fixture) => {
      const event = ownEvent(f, 'approved');
      return { url: `/events/${event.id}/calendar`, params: { locale: 'en', id: String(event.id) } };
    },
  },
};
