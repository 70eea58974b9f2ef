/**
 * The help centres as the public map page shows them: the city in the
 * reader's language, a phone as a `tel:` address, a website as people read
 * it, and only centres with a position on the map.
 */
import { describe, expect, it } from 'vitest';
import { mappedCentres, telHref, toPublicHelpCentres, websiteLabel } from '@/lib/help-centres/public';

const row = (over: Partial<Parameters<typeof toPublicHelpCentres>[0][number]> = {}) => ({
  id: 1,
  name: 'Payoke',
  address: '',
  phone: '',
  website: '',
  lat: null,
  lng: null,
  city: { name: 'Antwerpen', names: { en: 'Antwerp', fr: 'Anvers' } },
  ...over,
});

describe('telHref', () => {
  it('keeps the digits, and the plus of an international number', () => {
    expect(telHref('02 511 64 64')).toBe('tel:025116464');
    expect(telHref('+32 3 201 16 90')).toBe('tel:+3232011690');
    expect(telHref(' 078/055.800 ')).toBe('tel:078055800');
    expect(telHref('(04) 232 40 30')).toBe('tel:042324030');
  });

  it('gives nothing for a centre without a phone', () => {
    expect(telHref('')).toBe('');
    expect(telHref('  ')).toBe('');
  });
});

describe('websiteLabel', () => {
  it('shows the address without its scheme or a last slash', () => {
    expect(websiteLabel('https://www.payoke.be/')).toBe('www.payoke.be');
    expect(websiteLabel('http://pag-asa.be/fr/')).toBe('pag-asa.be/fr');
    expect(websiteLabel('')).toBe('');
  });
});

describe('toPublicHelpCentres', () => {
  it('names the city in the reader language, by city then name', () => {
    const rows = [
      row({ id: 1, name: 'Payoke', city: { name: 'Antwerpen', names: { en: 'Antwerp', fr: 'Anvers' } } }),
      row({ id: 2, name: 'PAG-ASA', city: { name: 'Bruxelles', names: { en: 'Brussels', nl: 'Brussel' } } }),
      row({ id: 3, name: 'Sürya', city: { name: 'Liège', names: { nl: 'Luik', de: 'Lüttich' } } }),
      row({ id: 4, name: 'Another', city: { name: 'Antwerpen', names: { en: 'Antwerp', fr: 'Anvers' } } }),
    ];
    expect(toPublicHelpCentres(rows, 'en').map((c) => [c.name, c.city])).toEqual([
      ['Another', 'Antwerp'],
      ['Payoke', 'Antwerp'],
      ['PAG-ASA', 'Brussels'],
      ['Sürya', 'Liège'],
    ]);
    expect(toPublicHelpCentres(rows, 'nl').map((c) => c.city)).toEqual(['Antwerpen', 'Antwerpen', 'Brussel', 'Luik']);
    expect(toPublicHelpCentres(rows, 'de').map((c) => c.city)).toEqual(['Antwerpen', 'Antwerpen', 'Bruxelles', 'Lüttich']);
  });

  it('gives the phone its tel: address and the website its label', () => {
    const [centre] = toPublicHelpCentres([row({ phone: '03 201 16 90', website: 'https://www.payoke.be/', address: 'Leguit 4' })], 'fr');
    expect(centre).toEqual({
      id: 1,
      name: 'Payoke',
      city: 'Anvers',
      address: 'Leguit 4',
      phone: '03 201 16 90',
      tel: 'tel:032011690',
      website: 'https://www.payoke.be/',
      site: 'www.payoke.be',
      lat: null,
      lng: null,
    });
  });

  it('puts on the map only the centres with a position, and lists them all', () => {
    const centres = toPublicHelpCentres([row({ id: 1, lat: 51.2, lng: 4.4 }), row({ id: 2, name: 'Without position' })], 'en');
    expect(centres.map((c) => [c.name, c.lat])).toEqual([['Payoke', 51.2], ['Without position', null]]);
    expect(mappedCentres(centres).map((c) => [c.id, c.lat, c.lng])).toEqual([[1, 51.2, 4.4]]);
  });
});
