import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/validation/common';
import { REGISTRATION_LIMITS, registrationFormInput, registrationSchema } from '@/lib/validation/registration';

function form(fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

const valid = {
  cityId: '3',
  name: 'Brussels Town Hall',
  kind: 'town_hall',
  address: 'Grand-Place, 1000 Brussels',
  description: 'Gothic.\nLit blue.',
  lat: '50,8467',
  lng: '4,3524',
  lightsOnMode: 'sunset',
  lightsOnTime: '',
  lightsOffTime: '01:00',
};

function parse(fields: Record<string, string>) {
  return registrationSchema.safeParse(registrationFormInput(form(fields)));
}

function errors(fields: Record<string, string>) {
  const r = parse(fields);
  return r.success ? {} : fieldErrorsOf(r.error);
}

describe('registration validation', () => {
  it('accepts a decimal comma and an empty lights-on time at sunset', () => {
    const r = parse(valid);
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ cityId: 3, lat: 50.8467, lng: 4.3524, lightsOnMode: 'sunset', lightsOnTime: null, lightsOffTime: '01:00', useBuildingId: null, confirmedNew: false });
    expect(r.data?.description).toBe('Gothic.\nLit blue.');
  });

  it('reports every bad field at once', () => {
    const e = errors({
      cityId: 'abc',
      name: 'x'.repeat(10_000),
      kind: 'castle',
      address: 'a'.repeat(REGISTRATION_LIMITS.ADDRESS_MAX + 1),
      description: 'd'.repeat(REGISTRATION_LIMITS.DESCRIPTION_MAX + 1),
      lat: 'NaN',
      lng: '181',
      lightsOnMode: 'time',
      lightsOnTime: '',
      lightsOffTime: '24:00',
    });
    expect(Object.keys(e).sort()).toEqual(['address', 'cityId', 'description', 'kind', 'lat', 'lightsOffTime', 'lightsOnTime', 'lng', 'name']);
    expect(e.name).toEqual([{ key: 'tooLong', params: { max: REGISTRATION_LIMITS.NAME_MAX } }]);
    expect(e.kind?.[0]?.key).toBe('choice');
    expect(e.lat?.[0]?.key).toBe('number');
    expect(e.lng?.[0]?.key).toBe('longitude');
    expect(e.lightsOnTime?.[0]?.key).toBe('required');
    expect(e.lightsOffTime?.[0]?.key).toBe('timeRange');
  });

  it('refuses out-of-range, infinite and non-numeric coordinates', () => {
    for (const [lat, lng] of [['91', '0'], ['-90.5', '0'], ['Infinity', '0'], ['1e3', '0'], ['0x10', '0'], ['50', '-180,01'], ['', '']]) {
      const e = errors({ ...valid, lat: lat!, lng: lng! });
      expect(e.lat ?? e.lng, `${lat} ${lng}`).toBeDefined();
    }
    expect(parse({ ...valid, lat: '-90', lng: '180' }).success).toBe(true);
  });

  it('refuses control characters, and line breaks outside the description', () => {
    expect(errors({ ...valid, name: 'Town\u0007Hall' }).name?.[0]?.key).toBe('controlChars');
    expect(errors({ ...valid, name: 'Town\nHall' }).name?.[0]?.key).toBe('singleLine');
    expect(errors({ ...valid, description: 'bell\u0007' }).description?.[0]?.key).toBe('controlChars');
    expect(errors({ ...valid, name: '   ' }).name?.[0]?.key).toBe('required');
  });

  it('keeps HTML and script tags as plain text (they are escaped when shown, never run)', () => {
    const r = parse({ ...valid, name: '<script>alert(1)</script>', description: '<img src=x onerror=alert(1)>' });
    expect(r.success).toBe(true);
    expect(r.data?.name).toBe('<script>alert(1)</script>');
    expect(r.data?.description).toBe('<img src=x onerror=alert(1)>');
  });

  it('requires a time only for a fixed lights-on, and ignores it at sunset', () => {
    expect(parse({ ...valid, lightsOnMode: 'time', lightsOnTime: '21:15' }).data?.lightsOnTime).toBe('21:15');
    expect(parse({ ...valid, lightsOnMode: 'sunset', lightsOnTime: 'garbage' }).data?.lightsOnTime).toBeNull();
    expect(parse({ ...valid, lightsOffTime: '' }).data?.lightsOffTime).toBeNull();
  });

  it('reads the answer to "is this the same as …?"', () => {
    expect(parse({ ...valid, duplicateChoice: '42' }).data).toMatchObject({ useBuildingId: 42, confirmedNew: false });
    expect(parse({ ...valid, duplicateChoice: 'new' }).data).toMatchObject({ useBuildingId: null, confirmedNew: true });
    expect(errors({ ...valid, duplicateChoice: '-1' }).useBuildingId).toBeDefined();
  });
});
