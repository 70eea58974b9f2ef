import { describe, expect, it, vi } from 'vitest';
import { eventFigures, type EventFigureRow } from '@/lib/events/figures';

vi.mock('next-intl/server', () => import('../helpers/intl-by-locale'));
const { eventsClause, resultsSentence } = await import('@/app/_lib/press-sentence');

const city = (id: number, name: string, names = {}) => ({ id, name, names });
const BRUSSELS = city(1, 'Brussels', { fr: 'Bruxelles', nl: 'Brussel', de: 'Brüssel' });
const LEUVEN = city(2, 'Leuven', { fr: 'Louvain', de: 'Löwen' });
const LLN = city(3, 'Louvain-la-Neuve');
const LIEGE = city(4, 'Liège', { nl: 'Luik', de: 'Lüttich' });
const stand = (c: EventFigureRow['city']): EventFigureRow => ({ kind: 'information_stand', city: c });
const DEMO_2023 = eventFigures([stand(BRUSSELS), stand(LEUVEN), stand(LLN), { kind: 'launch', city: LIEGE }]);
const FIGURES = { buildings: 5, cities: 4, countries: 2, lit: 3 };

describe('the press sentence with the partners’ events', () => {
  it('counts stands and events by kind, naming the city when there is only one', async () => {
    expect(await eventsClause('en', DEMO_2023)).toBe(', and the campaign’s partners held 3 information stands in 3 cities and 1 launch event in Liège');
    expect(await eventsClause('fr', DEMO_2023)).toBe(', et les partenaires de la campagne ont organisé 3 stands d’information dans 3 villes et 1 événement de lancement à Liège');
    expect(await eventsClause('nl', DEMO_2023)).toBe(', en de partners van de campagne organiseerden 3 infostands in 3 steden en 1 lanceringsevenement in Luik');
    expect(await eventsClause('de', DEMO_2023)).toBe(', und die Partner der Kampagne veranstalteten 3 Infostände in 3 Städten und 1 Auftaktveranstaltung in Lüttich');
  });

  it('says one stand in one city in the singular, and lists three kinds as the language does', async () => {
    const one = eventFigures([stand(BRUSSELS)]);
    expect(await eventsClause('en', one)).toBe(', and the campaign’s partners held 1 information stand in Brussels');
    expect(await eventsClause('de', one)).toBe(', und die Partner der Kampagne veranstalteten 1 Infostand in Brüssel');
    const three = eventFigures([stand(BRUSSELS), stand(BRUSSELS), { kind: 'walk', city: LEUVEN }, { kind: 'walk', city: LIEGE }, { kind: 'projection', city: LLN }]);
    expect(await eventsClause('en', three)).toBe(
      ', and the campaign’s partners held 2 information stands in Brussels, 2 walks or runs in 2 cities and 1 projection of the Blue Heart in Louvain-la-Neuve',
    );
    expect(await eventsClause('fr', three)).toContain('2 stands d’information à Bruxelles, 2 marches ou courses dans 2 villes et 1 projection du Cœur bleu à Louvain-la-Neuve');
  });

  it('goes into the sentence before the hotline, and adds nothing when there was no event', async () => {
    const withEvents = await resultsSentence('en', '2023-07-30', FIGURES, DEMO_2023);
    expect(withEvents).toContain('(3 confirmed lit on the night), and the campaign’s partners held 3 information stands in 3 cities and 1 launch event in Liège. Victim or witness');
    const without = await resultsSentence('en', '2023-07-30', FIGURES, eventFigures([]));
    expect(without).toContain('(3 confirmed lit on the night). Victim or witness');
    expect(await resultsSentence('nl', '2023-07-30', FIGURES)).toContain('(3 verlichtingen bevestigd op de avond zelf). Slachtoffer');
  });
});

describe('event figures', () => {
  it('counts by kind in the kinds’ order and by city, most events first', () => {
    const f = eventFigures([{ kind: 'launch', city: LIEGE }, stand(LEUVEN), stand(BRUSSELS), stand(BRUSSELS)]);
    expect(f).toMatchObject({ events: 4, cities: 3 });
    expect(f.byKind.map((k) => [k.kind, k.events, k.cities])).toEqual([
      ['information_stand', 3, 2],
      ['launch', 1, 1],
    ]);
    expect(f.byCity.map((c) => [c.name, c.events])).toEqual([
      ['Brussels', 2],
      ['Leuven', 1],
      ['Liège', 1],
    ]);
  });
});
