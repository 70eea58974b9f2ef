import { describe, expect, it } from 'vitest';
import { defaultPosterLocales, posterLocalesOf } from '@/lib/cities/poster-languages';

const city = (name: string, province: string, country = 'BE') => ({ name, province, country });

describe('poster languages', () => {
  it('follow Belgium’s language areas by default', () => {
    expect(defaultPosterLocales(city('Brussels', 'Brussels-Capital Region'))).toEqual(['fr', 'nl']);
    expect(defaultPosterLocales(city('Ghent', 'East Flanders'))).toEqual(['nl']);
    expect(defaultPosterLocales(city('Leuven', 'Flemish Brabant'))).toEqual(['nl']);
    expect(defaultPosterLocales(city('Liège', 'Liège'))).toEqual(['fr']);
    expect(defaultPosterLocales(city('Arlon', 'Luxembourg'))).toEqual(['fr']);
    // The German-speaking Community lies in the province of Liège.
    expect(defaultPosterLocales(city('Eupen', 'Liège'))).toEqual(['de']);
    expect(defaultPosterLocales(city('Sankt Vith', 'Liège'))).toEqual(['de']);
    expect(defaultPosterLocales(city('Bütgenbach', 'Liège'))).toEqual(['de']);
    // Unknown province: both languages rather than the wrong one.
    expect(defaultPosterLocales(city('Somewhere', ''))).toEqual(['fr', 'nl']);
  });

  it('abroad, the country’s language where the site has it, else English', () => {
    expect(defaultPosterLocales(city('Paris', 'Île-de-France', 'FR'))).toEqual(['fr']);
    expect(defaultPosterLocales(city('Berlin', 'Berlin', 'DE'))).toEqual(['de']);
    expect(defaultPosterLocales(city('The Hague', 'South Holland', 'nl'))).toEqual(['nl']);
    expect(defaultPosterLocales(city('Tokyo', 'Tokyo', 'JP'))).toEqual(['en']);
  });

  it('takes the organisers’ choice, in the site’s order, before the default', () => {
    expect(posterLocalesOf({ ...city('Brussels', 'Brussels-Capital Region'), posterLocales: ['nl', 'fr', 'en'] })).toEqual(['en', 'fr', 'nl']);
    expect(posterLocalesOf({ ...city('Ghent', 'East Flanders'), posterLocales: [] })).toEqual(['nl']);
    expect(posterLocalesOf({ ...city('Ghent', 'East Flanders'), posterLocales: null })).toEqual(['nl']);
  });
});
