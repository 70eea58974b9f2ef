/**
 * An event's words in the reader's language: its title and description where
 * the partner gave them in that language ("only where they differ"), else the
 * ones it was registered with. Pure, safe in the browser.
 */
import type { Locale, NamesByLocale } from '@/lib/constants';

type Titled = { title: string; titles?: NamesByLocale | null };
type Described = { description: string; descriptions?: NamesByLocale | null };

/** The event's title in `locale`, else its own. */
export function eventTitle(event: Titled, locale: string): string {
  return event.titles?.[locale as Locale]?.trim() || event.title;
}

/** The event's description in `locale`, else its own ('' when it has none). */
export function eventDescription(event: Described, locale: string): string {
  return event.descriptions?.[locale as Locale]?.trim() || event.description;
}

/** An organisation's name in `locale` where it differs, else its own. */
export function partnerName(partner: { name: string; names?: NamesByLocale | null }, locale: string): string {
  return partner.names?.[locale as Locale]?.trim() || partner.name;
}

/** Every title of an event, its own first, each once (for search in any language). */
export function allEventTitles(event: Titled): string[] {
  return [...new Set([event.title, ...Object.values(event.titles ?? {}).filter((t): t is string => Boolean(t?.trim()))])];
}
