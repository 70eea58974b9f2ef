import { DEFAULT_LOCALE, LOCALES, type Locale, type LocalizedText, type NamesByLocale } from '@/lib/constants';

/** The text in `locale`, falling back to English. */
export function localize(text: LocalizedText, locale: string): string {
  return text[locale as Locale] || text.en;
}

/** A city's name in `locale` where it differs, else its own name. */
export function cityName(city: { name: string; names: Partial<Record<Locale, string>> }, locale: string): string {
  return city.names[locale as Locale] || city.name;
}

/** A building's name in `locale` where it has one, else its own name (an older approved version may have no names). */
export function buildingName(building: { name: string; names?: NamesByLocale | null }, locale: string): string {
  return building.names?.[locale as Locale] || building.name;
}

/**
 * The names worth keeping beside `name`: in the site's languages only, not
 * empty, and not the same as the name itself ("only where they differ").
 */
export function differingNames(name: string, names: Partial<Record<string, string | undefined>>): NamesByLocale {
  const kept: NamesByLocale = {};
  for (const locale of LOCALES) {
    const n = names[locale]?.trim();
    if (n && n !== name.trim()) kept[locale] = n;
  }
  return kept;
}

/** Every name of a building or place, its own first, each once (for search). */
export function allNames(named: { name: string; names?: NamesByLocale | null }): string[] {
  return [...new Set([named.name, ...Object.values(named.names ?? {}).filter((n): n is string => Boolean(n))])];
}

/** The language of a path of this site: its prefix (`/fr/…`), or English, which has none. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? '';
  return (LOCALES as readonly string[]).includes(first) ? (first as Locale) : DEFAULT_LOCALE;
}

/** A path of this site without its language prefix (`/fr/years/2025` → `/years/2025`). */
export function pathWithoutLocale(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  if (!(LOCALES as readonly string[]).includes(first)) return pathname;
  return pathname.slice(first.length + 1) || '/';
}

/**
 * The same page in another language, prefixed even for English (`/en/…`):
 * the prefix tells the proxy the visitor chose it, over a language cookie
 * from an earlier visit.
 */
export function switchLocalePath(pathname: string, locale: string): string {
  const path = pathWithoutLocale(pathname);
  return `/${locale}${path === '/' ? '' : path}`;
}

/** A path of this site in `locale`: English has no prefix, the others `/fr`, `/nl`, `/de`. */
export function localePath(path: string, locale: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return `/${locale}${path === '/' ? '' : path}`;
}

/** The `Provinces` message key of a province as stored ("West Flanders" → `WestFlanders`, "Liège" → `Liege`). */
export function provinceKey(province: string): string {
  return province.normalize('NFD').replace(/[^A-Za-z]/g, '');
}

/** A language's name in the reader's language (`nl` read in French: "néerlandais"), from the runtime's own data. */
export function languageName(language: string, readerLocale: string): string {
  try {
    return new Intl.DisplayNames([readerLocale], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

/** The column (export, open data, import) or form field of a building's name in `locale`: `name_nl`. */
export const nameColumnOf = <L extends Locale>(locale: L) => `name_${locale}` as const;
