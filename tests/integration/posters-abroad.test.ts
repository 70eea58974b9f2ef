/**
 * Posters as the route handlers make them, from a real database: an embassy
 * abroad prints the hotline as dialled from there and names its time zone; a
 * city poster lists each building once with its own times and says "from
 * sunset" only when every building lights up at sunset. next-intl's server
 * helpers are replaced by the real messages of each language.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import { zoneInWords } from '@/lib/dates';
import { actorOf } from '../helpers/organise-fixtures';
import { pdfText } from '../helpers/pdf';

vi.mock('next-intl/server', () => import('../helpers/intl-by-locale'));

const { buildingPosterPdf, cityPosterPdf, pdfResponse } = await import('@/app/_lib/posters');
const { buildingPoster, cityPoster } = await import('@/lib/posters/data');

const YEAR = 2033;
let organiser: ReturnType<typeof actorOf>;
let embassyId: number;
let tokyoId: number;
let brusselsId: number;

beforeAll(() => {
  const db = getDb();
  const campaign = createCampaign(db, { year: YEAR, published: true });
  organiser = actorOf(createUser(db, { role: 'organiser' }));
  const tokyo = createCity(db, { name: 'Tokyo', country: 'JP', lat: 35.68, lng: 139.76, timeZone: 'Asia/Tokyo', posterLocales: ['en', 'fr'] });
  tokyoId = tokyo.id;
  const embassy = createBuilding(db, { cityId: tokyo.id, name: 'Botschaft des Königreichs Belgien', kind: 'embassy', lat: 35.68, lng: 139.74 });
  embassyId = embassy.id;
  createIllumination(db, { campaignId: campaign.id, buildingId: embassy.id, lightsOnMode: 'time', lightsOnTime: '19:00', lightsOffTime: '22:00' });

  const brussels = createCity(db, { name: 'Brussels', names: { fr: 'Bruxelles', nl: 'Brussel' }, country: 'BE', posterLocales: ['fr', 'nl'] });
  brusselsId = brussels.id;
  const townHall = createBuilding(db, { cityId: brussels.id, name: 'Brussels Town Hall', kind: 'town_hall', lat: 50.8467, lng: 4.3524 });
  const parliament = createBuilding(db, { cityId: brussels.id, name: 'European Parliament', kind: 'monument', lat: 50.8386, lng: 4.3754 });
  createIllumination(db, { campaignId: campaign.id, buildingId: townHall.id, lightsOnMode: 'sunset', lightsOffTime: '01:00' });
  createIllumination(db, { campaignId: campaign.id, buildingId: parliament.id, lightsOnMode: 'time', lightsOnTime: '21:00', lightsOffTime: '00:30' });
});

const words = (pdf: Buffer) => pdfText(pdf).replace(/\s+/g, ' ');

describe('posters abroad', () => {
  it('of an embassy print the hotline as dialled from there, the times with their zone in words, and the lights-off', async () => {
    const poster = await buildingPoster(organiser, YEAR, embassyId);
    const text = words(await buildingPosterPdf(poster, 'A4'));
    expect(text).toContain('+32 78 05 58 00');
    expect(text).not.toContain('078/055.800');
    expect(text).toContain('Lights on at 19:00');
    expect(text).toContain('Lights off at 22:00');
    expect(text).toContain('Allumage à 19:00');
    expect(text).toContain('Extinction à 22:00');
    const at = poster.light.onAt!;
    expect(text).toContain(`Times in ${zoneInWords('Asia/Tokyo', 'en', at)}`);
    expect(text).toContain(`Heures : ${zoneInWords('Asia/Tokyo', 'fr', at)}`);
    expect(zoneInWords('Asia/Tokyo', 'en', at)).toMatch(/Japan/);

    const city = words(await cityPosterPdf(await cityPoster(organiser, YEAR, tokyoId), 'A4'));
    expect(city).toContain('+32 78 05 58 00');
    expect(city).toContain('Botschaft des Königreichs Belgien 19:00 – 22:00');
  });

  it('are named without broken letters', async () => {
    const poster = await buildingPoster(organiser, YEAR, embassyId);
    const response = pdfResponse(await buildingPosterPdf(poster, 'A4'), `poster-${YEAR}-${poster.light.name}-A4`);
    expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="poster-${YEAR}-botschaft-des-konigreichs-belgien-a4.pdf"`);
  });
});

describe('a city poster in Belgium', () => {
  it('lists each building once with its own times, and says "from sunset" only when all light up at sunset', async () => {
    const poster = await cityPoster(organiser, YEAR, brusselsId);
    const text = words(await cityPosterPdf(poster, 'A4'));
    const sunset = poster.lights.find((l) => l.name === 'Brussels Town Hall')!.lightsOn.time!;
    expect(sunset).toMatch(/^21:\d\d$/);
    expect(text).toContain(`Brussels Town Hall ${sunset} – 01:00`);
    expect(text).toContain('European Parliament 21:00 – 00:30');
    expect(text.split('European Parliament').length - 1).toBe(1);
    expect(text).toContain('2 bâtiments s’illuminent en bleu');
    expect(text).toContain('2 gebouwen kleuren blauw');
    expect(text).not.toContain('coucher du soleil');
    expect(text).not.toContain('zonsondergang');
    expect(text).toContain('078/055.800');
    expect(text).not.toContain('+32 78');
    expect(text).not.toContain('Heures :');
  });
});
