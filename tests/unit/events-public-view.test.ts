/**
 * Partners' events as the public reads them: words in the reader's language
 * (falling back to the registered ones), only http(s) links, the list's
 * grouping by day then city, "on now" and "starts in" on the day, search in
 * any language, and the embed's choice of layers.
 */
import { describe, expect, it } from 'vitest';
import { allEventTitles, eventDescription, eventTitle, partnerName } from '@/lib/events/localized';
import { eventMoment, filterEvents, groupEvents, parseLayers, safeLink, shownEventWords, sortEvents, toListedEvent, toPublicEvent, toShownEvent, type ApprovedEventRow } from '@/lib/events/public-view';
import { foldForSearch } from '@/lib/lights/view';

const at = (iso: string) => Date.parse(iso);

const row = (over: Partial<ApprovedEventRow['approved']> = {}, id = 1, city: ApprovedEventRow['city'] = { id: 7, name: 'Brussel', names: { en: 'Brussels', fr: 'Bruxelles' } }): ApprovedEventRow => ({
  id,
  approved: {
    title: 'Information stand',
    titles: { fr: 'Stand d’information', nl: 'Infostand' },
    description: 'Come and talk to us.',
    descriptions: { fr: 'Venez nous parler.' },
    kind: 'information_stand',
    cityId: city.id,
    address: 'Grand-Place',
    lat: 50.8467,
    lng: 4.3524,
    // 13:00–18:00 in Brussels (summer time, UTC+2).
    startsAt: at('2027-07-30T11:00:00Z'),
    endsAt: at('2027-07-30T16:00:00Z'),
    timeZone: 'Europe/Brussels',
    link: 'https://pag-asa.be/stand',
    accessibility: 'Step-free',
    ...over,
  },
  partner: { id: 3, name: 'PAG-ASA', names: { fr: 'PAG-ASA asbl' }, website: 'https://www.pag-asa.be', logo: 'abc.webp' },
  city,
});

const logoUrl = (name: string) => `/uploads/${name}`;

describe('an event in the reader language', () => {
  it('takes the title and description in that language where given, else the registered ones', () => {
    const v = row().approved;
    expect(eventTitle(v, 'fr')).toBe('Stand d’information');
    expect(eventTitle(v, 'de')).toBe('Information stand');
    expect(eventDescription(v, 'fr')).toBe('Venez nous parler.');
    expect(eventDescription(v, 'nl')).toBe('Come and talk to us.');
    expect(eventTitle({ title: 'Walk', titles: { nl: '   ' } }, 'nl')).toBe('Walk');
    expect(partnerName({ name: 'PAG-ASA', names: { fr: 'PAG-ASA asbl' } }, 'fr')).toBe('PAG-ASA asbl');
    expect(allEventTitles(v)).toEqual(['Information stand', 'Stand d’information', 'Infostand']);
  });

  it('is shaped for the page: city and organisation in the language, local day, logo address, no contact', () => {
    const e = toPublicEvent(row(), 'fr', logoUrl);
    expect(e).toMatchObject({
      id: 1,
      title: 'Stand d’information',
      city: { id: 7, name: 'Bruxelles' },
      partner: { name: 'PAG-ASA asbl', website: 'https://www.pag-asa.be/', logo: '/uploads/abc.webp' },
      day: '2027-07-30',
      link: 'https://pag-asa.be/stand',
    });
    expect(JSON.stringify(e)).not.toContain('contact');
    // Searchable by any title, the organisation and the city in any language.
    for (const q of ['infostand', 'bruxelles', 'brussels', 'pag-asa', 'stand d’information']) expect(filterEvents([e], q, (x) => x.search)).toHaveLength(1);
    expect(filterEvents([e], 'ghent', (x) => x.search)).toHaveLength(0);
    // The map page carries only the names the reader does not see, and finds the event by them too.
    const shown = toShownEvent(e, () => '13:00');
    expect(shown.names).toBe(foldForSearch('Information stand Infostand PAG-ASA Brussel Brussels'));
    for (const q of ['infostand', 'brussels', 'bruxelles', 'pag-asa asbl']) expect(filterEvents([shown], q, shownEventWords)).toHaveLength(1);
    // The page's list carries only what it shows; position and other names come with the map data.
    const listed = toListedEvent(e, () => '13:00');
    expect(listed).toEqual({ id: 1, kind: e.kind, title: 'Stand d’information', partner: 'PAG-ASA asbl', city: { id: 7, name: 'Bruxelles' }, day: '2027-07-30', times: '13:00–13:00', startsAt: e.startsAt, endsAt: e.endsAt, timeZone: e.timeZone });
  });

  it('keeps only http and https links', () => {
    expect(safeLink('javascript:alert(1)')).toBe('');
    expect(safeLink('data:text/html,x')).toBe('');
    expect(safeLink('www.example.org')).toBe('');
    expect(safeLink(' HTTPS://example.org/a ')).toBe('https://example.org/a');
    expect(toPublicEvent(row({ link: 'javascript:alert(1)' }), 'en', logoUrl).link).toBe('');
  });

  it('tells the local day of an event that starts after midnight UTC elsewhere', () => {
    // 23:30 UTC on 29 July is 01:30 on 30 July in Brussels.
    expect(toPublicEvent(row({ startsAt: at('2027-07-29T23:30:00Z'), endsAt: at('2027-07-30T01:00:00Z') }), 'en', logoUrl).day).toBe('2027-07-30');
  });
});

describe("the list's groups", () => {
  it('are by day, then city as the reader names it, then start', () => {
    const liege = { id: 9, name: 'Liège', names: { nl: 'Luik' } };
    const leuven = { id: 8, name: 'Leuven', names: { fr: 'Louvain' } };
    const events = [
      toPublicEvent(row({ startsAt: at('2027-07-30T12:00:00Z'), endsAt: at('2027-07-30T13:00:00Z') }, 1), 'fr', logoUrl),
      toPublicEvent(row({ cityId: 8 }, 2, leuven), 'fr', logoUrl),
      toPublicEvent(row({ startsAt: at('2027-07-24T16:00:00Z'), endsAt: at('2027-07-24T18:00:00Z'), cityId: 9 }, 3, liege), 'fr', logoUrl),
      toPublicEvent(row({}, 4), 'fr', logoUrl),
    ];
    const days = groupEvents(sortEvents(events, 'fr'));
    expect(days.map((d) => d.day)).toEqual(['2027-07-24', '2027-07-30']);
    expect(days[1]!.cities.map((c) => c.name)).toEqual(['Bruxelles', 'Louvain']);
    expect(days[1]!.cities[0]!.events.map((e) => e.id)).toEqual([4, 1]);
  });
});

describe('where an event stands', () => {
  const e = toPublicEvent(row(), 'en', logoUrl);
  it('is on between its start and end, and counts down earlier the same local day', () => {
    expect(eventMoment(e, at('2027-07-30T13:00:00Z'))).toEqual({ state: 'on' });
    expect(eventMoment(e, at('2027-07-30T08:50:00Z'))).toEqual({ state: 'soon', msLeft: (2 * 60 + 10) * 60_000 });
    expect(eventMoment(e, at('2027-07-30T16:00:00Z'))).toEqual({ state: 'over' });
    // The evening before, in Brussels, is another day.
    expect(eventMoment(e, at('2027-07-29T21:00:00Z'))).toEqual({ state: 'other-day' });
  });
});

describe('the embed layers', () => {
  it('are all by default; unknown names are ignored', () => {
    expect([...parseLayers(undefined)]).toEqual(['lights', 'events', 'help']);
    expect([...parseLayers('events')]).toEqual(['events']);
    expect([...parseLayers('lights,help,bogus')]).toEqual(['lights', 'help']);
    expect([...parseLayers('bogus')]).toEqual(['lights', 'events', 'help']);
    expect([...parseLayers(['lights', 'EVENTS'])]).toEqual(['lights', 'events']);
  });
});
