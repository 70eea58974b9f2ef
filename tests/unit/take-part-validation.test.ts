import { describe, expect, it } from 'vitest';
import { countryOptions } from '@/lib/requests/countries';
import { acceptSchema, declineSchema, requestSchema } from '@/lib/requests/validation';
import { helpCentreSchema } from '@/lib/help-centres/validation';

describe('the request form’s rules', () => {
  const valid = { name: ' Ana ', role: 'Consul', organisation: 'Embassy of Belgium in Lima', email: ' Ana@Embassy.Example ', country: 'pe', message: '' };

  it('trims, lower-cases the address and upper-cases the country', () => {
    expect(requestSchema.parse(valid)).toEqual({ ...valid, name: 'Ana', email: 'ana@embassy.example', country: 'PE' });
  });

  it('names each field that is wrong', () => {
    const result = requestSchema.safeParse({ ...valid, name: 'A\u0000B', role: 'x'.repeat(101), country: 'XX', organisation: 'Two\nlines' });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(issues).toEqual({ name: 'controlChars', role: 'tooLong', country: 'country', organisation: 'singleLine' });
  });

  it('needs a reply to decline, not to accept', () => {
    expect(declineSchema.safeParse({ id: '3', reply: ' ' }).success).toBe(false);
    expect(acceptSchema.parse({ id: '3', city: 'Lima', country: 'PE', reply: '' })).toEqual({ id: 3, city: 'Lima', country: 'PE', reply: '' });
  });
});

describe('the countries offered', () => {
  it('put Belgium first and name the others in the reader’s language, in its order', () => {
    const fr = countryOptions('fr');
    expect(fr[0]).toEqual({ code: 'BE', name: 'Belgique' });
    expect(fr.find((c) => c.code === 'DE')?.name).toBe('Allemagne');
    const names = fr.slice(1).map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(countryOptions('nl').find((c) => c.code === 'JP')?.name).toBe('Japan');
  });
});

describe('a help centre’s rules', () => {
  const base = { name: 'Payoke', cityId: '2', address: '', phone: '', website: '', lat: '', lng: '' };

  it('needs only a name and a city', () => {
    expect(helpCentreSchema.parse(base)).toEqual({ name: 'Payoke', cityId: 2, address: '', phone: '', website: '', lat: undefined, lng: undefined });
  });

  it('takes a position with a decimal comma, both coordinates or neither', () => {
    expect(helpCentreSchema.parse({ ...base, lat: '51,2194', lng: '4,4025' })).toMatchObject({ lat: 51.2194, lng: 4.4025 });
    const half = helpCentreSchema.safeParse({ ...base, lng: '4.4' });
    expect(half.error?.issues.map((i) => [i.path[0], i.message])).toEqual([['lat', 'bothCoordinates']]);
  });

  it('completes a website written without https://', () => {
    expect(helpCentreSchema.parse({ ...base, website: 'www.example.org/help' }).website).toBe('https://www.example.org/help');
  });

  it('refuses a website that is not an http(s) address and a phone with letters', () => {
    const result = helpCentreSchema.safeParse({ ...base, website: 'javascript:alert(1)', phone: 'call us' });
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['phone', 'phone'],
      ['website', 'website'],
    ]);
  });
});
