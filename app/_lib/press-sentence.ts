import 'server-only';
import { getTranslations } from 'next-intl/server';
import { LOCALES, type Locale } from '@/lib/constants';
import { formattingLocale } from '@/lib/lights/day';
import type { EventFigures } from '@/lib/events/figures';
import { cityName } from '@/lib/localized';
import type { CampaignFigures } from '@/lib/results/figures';

/** "30 July 2026", "30 juillet 2026", "30 juli 2026", "30. Juli 2026". */
export function pressDate(eventDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(formattingLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${eventDate}T12:00:00Z`));
}

type SentenceFigures = Pick<CampaignFigures, 'buildings' | 'cities' | 'countries' | 'lit'>;

/**
 * ", and the campaign's partners held 3 information stands in 3 cities and 1
 * launch event in Liège", in one language; nothing when there was no event.
 */
export async function eventsClause(locale: Locale, events: Pick<EventFigures, 'events' | 'byKind'> | undefined): Promise<string> {
  if (!events || events.events === 0) return '';
  const t = await getTranslations({ locale, namespace: 'results.events' });
  const parts = events.byKind.map((k) =>
    t(`sentenceParts.${k.kind}`, { count: k.events, cities: k.cities, city: k.onlyCity ? cityName(k.onlyCity, locale) : '' }),
  );
  return t('sentence', { list: new Intl.ListFormat(formattingLocale(locale), { type: 'conjunction' }).format(parts) });
}

/** The ready sentence for the press about a campaign's results, in one language, with the partners' events where there were any. */
export async function resultsSentence(locale: Locale, eventDate: string, figures: SentenceFigures, events?: Pick<EventFigures, 'events' | 'byKind'>): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'Results' });
  return t('pressSentence', {
    events: await eventsClause(locale, events),
    date: pressDate(eventDate, locale),
    buildings: figures.buildings,
    cities: figures.cities,
    countries: figures.countries,
    lit: figures.lit,
  });
}

/** The same sentence in every language of the site. */
export async function resultsSentences(eventDate: string, figures: SentenceFigures, events?: Pick<EventFigures, 'events' | 'byKind'>): Promise<Record<Locale, string>> {
  const entries = await Promise.all(LOCALES.map(async (l) => [l, await resultsSentence(l, eventDate, figures, events)] as const));
  return Object.fromEntries(entries) as Record<Locale, string>;
}

/** A country's name in `locale` ("Belgium", "Belgique"), or its code when the runtime does not know it. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([formattingLocale(locale)], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
