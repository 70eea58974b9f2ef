/**
 * Wherever a person reads a time zone, it is in words in their language,
 * never an IANA id: here the calendar file's description of an embassy's
 * evening in Tokyo, in the four languages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LightFacts } from '@/lib/calendar/events';
import { LOCALES, type Locale } from '@/lib/constants';
import { resetEnvCache } from '@/lib/env';

let calendar: typeof import('@/lib/calendar/events');

beforeAll(async () => {
  process.env.AUTH_URL = 'https://bluelights.example.org';
  resetEnvCache();
  calendar = await import('@/lib/calendar/events');
});

const tokyo: LightFacts = {
  buildingId: 7,
  year: 2027,
  eventDate: '2027-07-30',
  theme: { en: 'Reach every victim' },
  name: 'Embassy of Belgium',
  address: '5 Nibancho',
  city: { name: 'Tokyo', names: {}, timeZone: 'Asia/Tokyo' },
  lat: 35.6866,
  lng: 139.7378,
  lightsOnMode: 'time',
  lightsOnTime: '19:30',
  lightsOffTime: '23:00',
};

const WHEN: Record<Locale, string> = {
  en: 'Lights on at 19:30 (Japan Standard Time).',
  fr: 'Allumage à 19:30 (heure normale du Japon).',
  nl: 'Verlichting aan om 19:30 (Japanse standaardtijd).',
  de: 'Beleuchtung an um 19:30 (Japanische Normalzeit).',
};

describe('the calendar file of an evening abroad', () => {
  it.each(LOCALES)('says in %s when the lights go on, on the building’s clock, with the zone in words', (locale) => {
    const event = calendar.lightEvent(locale, tokyo, 'https://bluelights.example.org/buildings/7')!;
    expect(event.description).toContain(WHEN[locale]);
    expect(event.description).not.toContain('Asia/Tokyo');
  });
});
