/**
 * An event's calendar file: its times in the place's zone with a VTIMEZONE,
 * a stable UID, the words in the reader's language, and nothing of what only
 * organisers see.
 */
import { describe, expect, it } from 'vitest';
import { partnerEventCalendar } from '@/lib/events/calendar';
import { toPublicEvent } from '@/lib/events/public-view';

const event = toPublicEvent(
  {
    id: 42,
    approved: {
      title: 'Information stand',
      titles: { nl: 'Infostand' },
      description: 'Come and talk to us.',
      descriptions: {},
      kind: 'information_stand',
      cityId: 1,
      address: 'Ladeuzeplein',
      lat: 50.8786,
      lng: 4.7073,
      startsAt: Date.parse('2027-07-30T12:00:00Z'),
      endsAt: Date.parse('2027-07-30T16:00:00Z'),
      timeZone: 'Europe/Brussels',
      link: '',
      accessibility: 'Step-free',
    },
    partner: { id: 3, name: 'PAG-ASA', names: {}, website: '', logo: null },
    city: { id: 1, name: 'Leuven', names: { fr: 'Louvain' } },
  },
  'nl',
  (n) => n,
);

describe("an event's calendar file", () => {
  it('has the event in the place’s local time, in the reader language, with a stable UID', () => {
    const { body, filename } = partnerEventCalendar(event, 2027, 'nl', 'https://example.org/nl/events/42', new Date('2027-07-01T00:00:00Z'));
    const unfolded = body.replace(/\r\n /g, '');
    expect(filename).toBe('blue-lights-2027-infostand.ics');
    expect(unfolded).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels');
    expect(unfolded).toContain('DTSTART;TZID=Europe/Brussels:20270730T140000');
    expect(unfolded).toContain('DTEND;TZID=Europe/Brussels:20270730T180000');
    expect(unfolded).toMatch(/UID:blue-lights-2027-event-42@/);
    expect(unfolded).toContain('SUMMARY:Infostand (PAG-ASA)');
    expect(unfolded).toContain('LOCATION:Ladeuzeplein\\, Leuven');
    expect(unfolded).toContain('Georganiseerd door PAG-ASA.');
    expect(unfolded).toContain('Lokale tijd: 14:00–18:00');
    expect(body.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });
});
