import { describe, expect, it } from 'vitest';
import { isMapDocument, mapDataFor, mapDataPath, toMapDocument } from '@/lib/lights/map-data';
import { foldForSearch, type PublicLight } from '@/lib/lights/view';
import type { MapEventSource } from '@/lib/events/map-data';
import { filterEvents, shownEventWords } from '@/lib/events/public-view';

const brussels = { id: 1, name: 'Brussels', names: { fr: 'Bruxelles', nl: 'Brussel' }, province: 'Brussels-Capital Region', country: 'BE', timeZone: 'Europe/Brussels' };
const ghent = { id: 2, name: 'Ghent', names: { fr: 'Gand', nl: 'Gent' }, province: 'East Flanders', country: 'BE', timeZone: 'Europe/Brussels' };
const aalst = { id: 3, name: 'Aalst', names: { fr: 'Alost' }, province: 'East Flanders', country: 'BE', timeZone: 'Europe/Brussels' };

function light(id: number, name: string, city: PublicLight['city'], extra: Partial<PublicLight> = {}): PublicLight {
  return {
    id,
    illuminationId: id + 100,
    name,
    names: {},
    kind: 'town_hall',
    address: 'Somewhere 1',
    description: 'Not sent to the map',
    lat: 50.8467123,
    lng: 4.3524987,
    city,
    lightsOn: { mode: 'sunset', time: '21:32', at: '2026-07-30T19:32:10.000Z' },
    lightsOff: { time: '01:00', at: '2026-07-30T23:00:00.000Z' },
    litAt: null,
    photos: [],
    ...extra,
  };
}

const lights = [
  light(10, 'Town Hall', ghent),
  light(11, 'Belfry', ghent, { kind: 'tower', litAt: '2026-07-30T19:40:00.000Z' }),
  light(12, 'Grand-Place', brussels, { lightsOn: { mode: 'time', time: '22:00', at: '2026-07-30T20:00:00.000Z' } }),
  light(13, 'Belfry', aalst),
];
const doc = toMapDocument(2026, '2026-07-30', lights);

describe('the map data document', () => {
  it('carries every approved building once, without what the map does not show', () => {
    expect(isMapDocument(JSON.parse(JSON.stringify(doc)))).toBe(true);
    expect(doc.lights.id).toHaveLength(4);
    const text = JSON.stringify(doc);
    expect(text).not.toContain('Not sent to the map');
    expect(text).not.toContain('illuminationId');
    // Cities once each, with their names in every language.
    expect(doc.cities.map((c) => c.name).sort()).toEqual(['Aalst', 'Brussels', 'Ghent']);
    expect(doc.cities.find((c) => c.id === 2)?.names).toEqual({ fr: 'Gand', nl: 'Gent' });
  });

  it('reads back to the same buildings, instants to the minute, positions to the millionth of a degree', () => {
    const data = mapDataFor(doc, 'en');
    const belfry = data.lights.find((l) => l.id === 11)!;
    expect(belfry).toEqual({
      id: 11,
      name: 'Belfry',
      kind: 'tower',
      cityId: 2,
      lat: 50.846712,
      lng: 4.352499,
      on: { mode: 'sunset', time: '21:32' },
      offTime: '01:00',
      onAt: Date.parse('2026-07-30T19:32:00.000Z'),
      offAt: Date.parse('2026-07-30T23:00:00.000Z'),
      litAt: Date.parse('2026-07-30T19:40:00.000Z'),
      photo: null,
    });
    expect(data.lights.find((l) => l.id === 12)!.on).toEqual({ mode: 'time', time: '22:00' });
    expect(data.lights.find((l) => l.id === 10)!.litAt).toBeNull();
  });

  it('orders the list by province, then city as the reader spells it, then name, in each language', () => {
    const names = (locale: string) => {
      const data = mapDataFor(doc, locale);
      const cities = new Map(data.cities.map((c) => [c.id, c.name]));
      return data.lights.map((l) => `${cities.get(l.cityId)}: ${l.name}`);
    };
    expect(names('en')).toEqual(['Brussels: Grand-Place', 'Aalst: Belfry', 'Ghent: Belfry', 'Ghent: Town Hall']);
    // "Alost" and "Gand": Alost still first; Bruxelles in its province before both.
    expect(names('fr')).toEqual(['Bruxelles: Grand-Place', 'Alost: Belfry', 'Gand: Belfry', 'Gand: Town Hall']);
    const data = mapDataFor(doc, 'nl');
    expect(data.cities.map((c) => c.name)).toEqual(['Brussel', 'Aalst', 'Gent']);
    // Every name of a city is searchable, whatever the page's language.
    expect(data.cities.find((c) => c.id === 2)?.search).toContain('gand');
  });

  it('is the same document whatever order the buildings come in', () => {
    expect(toMapDocument(2026, '2026-07-30', [...lights].reverse())).toEqual(doc);
  });

  it("gives each popup one photo, the night's before the registration's, and none to a building without", () => {
    const withPhotos = toMapDocument(2026, '2026-07-30', [
      light(20, 'Castle', ghent, {
        photos: [
          { url: '/uploads/aaaa.jpg', role: 'registration', credit: 'City of Ghent' },
          { url: '/uploads/bbbb.jpg', role: 'night', credit: 'A. Photographer' },
        ],
      }),
      light(21, 'Church', ghent, { photos: [{ url: '/uploads/cccc.jpg', role: 'registration', credit: '' }] }),
      light(22, 'Bridge', ghent),
    ]);
    expect(JSON.stringify(withPhotos)).not.toContain('Photographer');
    const byName = new Map(mapDataFor(withPhotos, 'en').lights.map((l) => [l.name, l.photo]));
    expect(Object.fromEntries(byName)).toEqual({ Bridge: null, Castle: '/uploads/bbbb.jpg', Church: '/uploads/cccc.jpg' });
  });

  it('lives at an address that names its year and version', () => {
    expect(mapDataPath(2026, 'abcDEF_-123')).toBe('/api/lights/2026/map/abcDEF_-123.json');
    expect(isMapDocument({ format: 1, cities: [], lights: { id: [] } })).toBe(false);
    expect(isMapDocument(null)).toBe(false);
  });
});

describe("the partners' events in the map data", () => {
  const pagAsa = { id: 5, name: 'PAG-ASA', names: {} };
  const unodc = { id: 6, name: 'Blue Heart Campaign (UNODC)', names: { fr: 'Campagne Cœur bleu (ONUDC)' } };
  const stand = (id: number, city: { id: number; name: string; names: Record<string, string> }, startsAt: string, extra: Partial<MapEventSource> = {}): MapEventSource => ({
    id,
    kind: 'information_stand',
    title: 'Information stand',
    titles: {},
    lat: 50.8467123,
    lng: 4.3524987,
    startsAt: Date.parse(startsAt),
    endsAt: Date.parse(startsAt) + 5 * 3600_000,
    timeZone: 'Europe/Brussels',
    day: startsAt.slice(0, 10),
    partner: pagAsa,
    city,
    ...extra,
  });
  const events = [
    stand(1, ghent, '2026-07-30T11:00:00.000Z', { titles: { nl: 'Infostand', fr: 'Stand d’information' } }),
    stand(2, brussels, '2026-07-30T09:00:00.000Z', { kind: 'talk', title: 'A talk', partner: unodc }),
    stand(3, aalst, '2026-07-24T16:00:00.000Z', { kind: 'launch', title: 'Launch' }),
  ];
  const withEvents = toMapDocument(2026, '2026-07-30', lights, events);

  it('carries each event once, its titles in other languages only where they differ, and nothing the public may not see', () => {
    expect(isMapDocument(JSON.parse(JSON.stringify(withEvents)))).toBe(true);
    expect(withEvents.events.id).toEqual([3, 2, 1]);
    expect(withEvents.events.partners.map((p) => p.name)).toEqual(['PAG-ASA', 'Blue Heart Campaign (UNODC)']);
    expect(Object.keys(withEvents.events.titles)).toEqual(['2']);
    // The same events in another order make the same bytes (the version is their hash).
    expect(JSON.stringify(toMapDocument(2026, '2026-07-30', [...lights].reverse(), [...events].reverse()))).toBe(JSON.stringify(withEvents));
    // The buildings' cities are still only theirs: an event's city does not count as a city with lights.
    expect(mapDataFor(withEvents, 'en').cities).toHaveLength(3);
    expect(toMapDocument(2026, '2026-07-30', lights).events.id).toEqual([]);
  });

  it('reads back in the reader\'s language and the list\'s order (day, city, start), times on the place\'s clock', () => {
    const en = mapDataFor(withEvents, 'en').events!;
    expect(en.map((e) => `${e.day} ${e.city.name}: ${e.title}`)).toEqual(['2026-07-24 Aalst: Launch', '2026-07-30 Brussels: A talk', '2026-07-30 Ghent: Information stand']);
    expect(en[1]).toEqual({
      id: 2,
      lat: 50.84671,
      lng: 4.3525,
      kind: 'talk',
      title: 'A talk',
      partner: 'Blue Heart Campaign (UNODC)',
      city: { id: 1, name: 'Brussels' },
      day: '2026-07-30',
      times: '11:00–16:00',
      startsAt: Date.parse('2026-07-30T09:00:00.000Z'),
      endsAt: Date.parse('2026-07-30T14:00:00.000Z'),
      timeZone: 'Europe/Brussels',
      names: foldForSearch('Campagne Cœur bleu (ONUDC) Bruxelles Brussel'),
    });
    const nl = mapDataFor(withEvents, 'nl').events!;
    expect(nl.map((e) => `${e.city.name}: ${e.title}`)).toEqual(['Aalst: Launch', 'Brussel: A talk', 'Gent: Infostand']);
    // Found by its names in other languages: its own title and the city's English name.
    expect(filterEvents(nl, 'information ghent', shownEventWords).map((e) => e.id)).toEqual([1]);
    const fr = mapDataFor(withEvents, 'fr').events!;
    expect(fr.find((e) => e.id === 2)?.partner).toBe('Campagne Cœur bleu (ONUDC)');
  });
});
