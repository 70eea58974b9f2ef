/**
 * The interface's languages: the one list everything else derives from (the
 * routes, the language switcher, the forms' fields per language, the
 * validation, mails, imports, posters, dates). Adding a language is one line
 * here plus its messages file, `messages/{code}.json` (a copy of en.json,
 * translated), which lib/messages.ts imports (the compiler asks for it); see
 * README, "Adding a language". Plain values only: safe for the browser.
 */

export type Language = {
  /** The language's code: in addresses (`/fr/…`), in `lang`, as the key of its messages file. */
  code: string;
  /** The language's name in itself, as a language chooser shows it. */
  name: string;
  /** Its name in English, for people and tools that read no other. */
  englishName: string;
  dir: 'ltr' | 'rtl';
  /**
   * The locale whose conventions dates and times follow: day before month and
   * the 24-hour clock (British English for English, Belgium's for the others).
   */
  dateLocale: string;
  /** What sets a label before its text ("Name: …"); French puts a thin space before the colon. */
  colon: string;
  /**
   * Countries (ISO 3166 codes) where a city's posters are in this language by
   * default. Belgium's language areas are told apart in lib/cities.
   */
  posterCountries: readonly string[];
};

export const LANGUAGES = [
  { code: 'en', name: 'English', englishName: 'English', dir: 'ltr', dateLocale: 'en-GB', colon: ': ', posterCountries: [] },
  { code: 'fr', name: 'Français', englishName: 'French', dir: 'ltr', dateLocale: 'fr-BE', colon: '\u202f: ', posterCountries: ['FR', 'MC', 'LU', 'CH'] },
  { code: 'nl', name: 'Nederlands', englishName: 'Dutch', dir: 'ltr', dateLocale: 'nl-BE', colon: ': ', posterCountries: ['NL', 'SR'] },
  { code: 'de', name: 'Deutsch', englishName: 'German', dir: 'ltr', dateLocale: 'de-BE', colon: ': ', posterCountries: ['DE', 'AT', 'LI', 'CH', 'LU'] },
] as const satisfies readonly Language[];

type Codes<T extends readonly { code: string }[]> = { readonly [K in keyof T]: T[K]['code'] };

/** The languages' codes, in the list's order (a tuple, as drizzle's and zod's enums want it). */
export const LOCALES = LANGUAGES.map((l) => l.code) as unknown as Codes<typeof LANGUAGES>;
export type Locale = (typeof LOCALES)[number];

/** English: the address without a prefix, and the text every other falls back to. */
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

const BY_CODE = new Map<string, Language>(LANGUAGES.map((l) => [l.code, l]));

/** The language of `code`; English for a code that is not one of the list's. */
export function languageOf(code: string): Language {
  return BY_CODE.get(code) ?? BY_CODE.get(DEFAULT_LOCALE)!;
}

/** Each language in its own words, as a language chooser shows them. */
export const LOCALE_NAMES = Object.fromEntries(LANGUAGES.map((l) => [l.code, l.name])) as Record<Locale, string>;

/** One value per language, made by `make`. */
export function perLocale<T>(make: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(LOCALES.map((l) => [l, make(l)])) as Record<Locale, T>;
}

/** Text given per language; English is the fallback and always present. */
export type LocalizedText = { en: string } & Partial<Record<Exclude<Locale, 'en'>, string>>;
