import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/constants';
import { filterLights, type PublicLight } from '@/lib/lights/view';
import { mapDataFor, toMapDocument } from '@/lib/lights/map-data';
import { buildingName, differingNames, languageName } from '@/lib/localized';
import { fieldErrorsOf } from '@/lib/validation/common';
import { registrationFormInput, registrationSchema, REGISTRATION_LIMITS } from '@/lib/validation/registration';

const townHall = { name: 'Brussels Town Hall', names: { fr: 'Hôtel de Ville de Bruxelles', nl: 'Stadhuis van Brussel' } };

describe('a building’s name in the reader’s language', () => {
  it('is its name in that language where it has one, else its own name', () => {
    expect(buildingName(townHall, 'nl')).toBe('Stadhuis van Brussel');
    expect(buildingName(townHall, 'fr')).toBe('Hôtel de Ville de Bruxelles');
    expect(buildingName(townHall, 'de')).toBe('Brussels Town Hall');
    expect(buildingName(townHall, 'en')).toBe('Brussels Town Hall');
    // An approved version from before there were names has none.
    expect(buildingName({ name: 'Egmont Palace' }, 'nl')).toBe('Egmont Palace');
    expect(buildingName({ name: 'Egmont Palace', names: { nl: '' } }, 'nl')).toBe('Egmont Palace');
  });

  it('keeps only names that differ from the own name, trimmed, in the site’s languages', () => {
    expect(differingNames('Atomium', { fr: 'Atomium', nl: ' Atomium ', de: '', en: '   ' })).toEqual({});
    expect(differingNames('Brussels Town Hall', { nl: ' Stadhuis van Brussel ', xx: 'Other' })).toEqual({ nl: 'Stadhuis van Brussel' });
  });

  it('names each language in the reader’s own words', () => {
    expect(languageName('nl', 'en')).toBe('Dutch');
    expect(languageName('nl', 'fr')).toBe('néerlandais');
    expect(languageName('fr', 'de')).toBe('Französisch');
  });
});

function form(fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}
const valid = { cityId: '3', name: 'Brussels Town Hall', kind: 'town_hall', address: '', description: '', lat: '50,8467', lng: '4,3524', lightsOnMode: 'sunset', lightsOnTime: '', lightsOffTime: '' };

describe('the registration form’s names in other languages', () => {
  it('takes one optional field per language of the site, and keeps the ones that differ', () => {
    const names = Object.fromEntries(LOCALES.map((l) => [`name_${l}`, l === 'nl' ? ' Stadhuis van Brussel ' : l === 'en' ? 'Brussels Town Hall' : '']));
    const r = registrationSchema.safeParse(registrationFormInput(form({ ...valid, ...names })));
    expect(r.success).toBe(true);
    expect(r.data?.names).toEqual({ nl: 'Stadhuis van Brussel' });
    expect(r.data).not.toHaveProperty('name_nl');
    // A form without the fields (an older page) has no names.
    expect(registrationSchema.safeParse(registrationFormInput(form(valid))).data?.names).toEqual({});
  });

  it('refuses a name too long or on two lines, on that language’s own field', () => {
    const r = registrationSchema.safeParse(registrationFormInput(form({ ...valid, name_nl: 'x'.repeat(REGISTRATION_LIMITS.OTHER_NAME_MAX + 1), name_fr: 'Hôtel\nde Ville' })));
    expect(r.success).toBe(false);
    const errors = fieldErrorsOf(r.error!);
    expect(errors.name_nl).toEqual([{ key: 'tooLong', params: { max: REGISTRATION_LIMITS.OTHER_NAME_MAX } }]);
    expect(errors.name_fr?.[0]?.key).toBe('singleLine');
    expect(errors.name).toBeUndefined();
  });
});

function light(id: number, name: string, names: PublicLight['names']): PublicLight {
  return {
    id,
    illuminationId: id + 100,
    name,
    names,
    kind: 'town_hall',
    address: '',
    description: '',
    lat: 50.8467,
    lng: 4.3524,
    city: { id: 1, name: 'Brussels', names: { fr: 'Bruxelles', nl: 'Brussel' }, province: 'Brussels-Capital Region', country: 'BE', timeZone: 'Europe/Brussels' },
    lightsOn: { mode: 'sunset', time: '21:32', at: '2026-07-30T19:32:10.000Z' },
    lightsOff: { time: '01:00', at: '2026-07-30T23:00:00.000Z' },
    litAt: null,
    photos: [],
  };
}

describe('the map data’s names per language', () => {
  const doc = toMapDocument(2026, '2026-07-30', [light(1, 'Brussels Town Hall', townHall.names), light(2, 'Atomium', {}), light(3, 'Arcade', {})]);

  it('travels once, only for the buildings that have them, and each reader gets their own', () => {
    expect(Object.values(doc.lights.names)).toEqual([townHall.names]);
    expect(mapDataFor(doc, 'nl').lights.map((l) => l.name)).toEqual(['Arcade', 'Atomium', 'Stadhuis van Brussel']);
    expect(mapDataFor(doc, 'fr').lights.map((l) => l.name)).toEqual(['Arcade', 'Atomium', 'Hôtel de Ville de Bruxelles']);
    expect(mapDataFor(doc, 'de').lights.map((l) => l.name)).toEqual(['Arcade', 'Atomium', 'Brussels Town Hall']);
  });

  it('finds a building by any of its names, in any language', () => {
    const data = mapDataFor(doc, 'de');
    const cities = new Map(data.cities.map((c) => [c.id, c]));
    for (const query of ['stadhuis', 'hotel de ville', 'town hall']) {
      expect(filterLights(data.lights, cities, { query, kind: '' }).map((l) => l.id)).toEqual([1]);
    }
  });
});
