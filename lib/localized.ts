import { DEFAULT_LOCALE, LOCALES, type Locale, type LocalizedText } from '@/lib/constants';

/** The text in `locale`, falling back to English. */
export function localize(text: LocalizedText, locale: string): string {
  return text[locale as Locale] || text.en;
}

/** A city's name in `locale` where it differs, else its own name. */
export function cityName(city: { name: string; names: Partial<Record<Locale, string>> }, locale: string): string {
  return city.names[locale as Locale] || city.name;
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
