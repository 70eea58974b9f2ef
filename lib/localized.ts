import type { Locale, LocalizedText } from '@/lib/constants';

/** The text in `locale`, falling back to English. */
export function localize(text: LocalizedText, locale: string): string {
  return text[locale as Locale] || text.en;
}

/** A city's name in `locale` where it differs, else its own name. */
export function cityName(city: { name: string; names: Partial<Record<Locale, string>> }, locale: string): string {
  return city.names[locale as Locale] || city.name;
}
