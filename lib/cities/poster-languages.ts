/**
 * The languages of a city's posters. Belgium's language areas decide the
 * default: Brussels is bilingual (French and Dutch), Flanders Dutch, Wallonia
 * French, and the nine municipalities of the German-speaking Community German
 * (they lie in the province of Liège, so the province alone cannot tell).
 * Abroad, the country's languages where the site has them (each language's
 * `posterCountries` in lib/languages.ts, in the site's order), else English.
 * Organisers choose otherwise per city (`cities.poster_locales`).
 */
import { DEFAULT_LOCALE, LANGUAGES, LOCALES, type Locale } from '@/lib/languages';

const FLEMISH_PROVINCES = ['antwerp', 'limburg', 'east flanders', 'west flanders', 'flemish brabant', 'antwerpen', 'oost-vlaanderen', 'west-vlaanderen', 'vlaams-brabant'];
const WALLOON_PROVINCES = ['hainaut', 'liege', 'luxembourg', 'namur', 'walloon brabant', 'brabant wallon'];
/** The German-speaking Community's municipalities, by their German and French names. */
const GERMAN_SPEAKING = ['eupen', 'kelmis', 'la calamine', 'lontzen', 'raeren', 'amel', 'ambleve', 'bullingen', 'bullange', 'burg-reuland', 'butgenbach', 'sankt vith', 'saint-vith', 'st. vith'];
/** A country's languages, in the site's order. */
function countryLocales(country: string): Locale[] {
  return LANGUAGES.filter((l) => (l.posterCountries as readonly string[]).includes(country)).map((l) => l.code);
}

const plain = (v: string) =>
  v
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

export function defaultPosterLocales(city: { name: string; country: string; province: string }): Locale[] {
  const country = city.country.toUpperCase();
  if (country !== 'BE') {
    const spoken = countryLocales(country);
    return spoken.length ? spoken : [DEFAULT_LOCALE];
  }
  if (GERMAN_SPEAKING.includes(plain(city.name))) return ['de'];
  const province = plain(city.province);
  if (FLEMISH_PROVINCES.includes(province)) return ['nl'];
  if (WALLOON_PROVINCES.includes(province)) return ['fr'];
  // Brussels, and a Belgian city whose province is not known: both languages.
  return ['fr', 'nl'];
}

/** The city's chosen poster languages, in the site's order, or its default. */
export function posterLocalesOf(city: { name: string; country: string; province: string; posterLocales: Locale[] | null }): Locale[] {
  const chosen = LOCALES.filter((l) => city.posterLocales?.includes(l));
  return chosen.length ? chosen : defaultPosterLocales(city);
}
