import 'server-only';
import { getTranslations } from 'next-intl/server';
import { cachedPublicEvents } from '@/app/_data/events';
import { EventMark } from '@/components/lights/EventMark';
import { formatClockTime } from '@/lib/dates';
import { toListedEvent, type ListedEvent } from '@/lib/events/public-view';
import type { EventWords } from '@/components/map/event-layer';
import { formatEventDate } from '@/lib/lights/day';
import { localePath } from '@/lib/localized';
import type { ReactNode } from 'react';

/** What a map page hands its explorer for the events' layer, list and switch. */
export type MapEvents = { items: ListedEvent[]; words: EventWords; toggle: ReactNode; mark: ReactNode };

/**
 * The partners' events of a campaign for its map page, in one language, or
 * undefined when it has none (no switch, no section). The page carries only
 * what its list shows (in its HTML, readable without JavaScript) and the
 * layer's words; the map's script draws the events from the map data, where
 * they travel with the buildings, and the search and "near me" read them
 * there too. An embed of one city shows that city's only.
 */
export async function mapEvents(year: number, locale: string, onlyCityId: number | null = null): Promise<MapEvents | undefined> {
  const all = await cachedPublicEvents(year, locale);
  const events = onlyCityId === null ? all : all.filter((e) => e.city.id === onlyCityId);
  if (events.length === 0) return undefined;
  const t = await getTranslations({ locale, namespace: 'events' });
  const items = events.map((e) => toListedEvent(e, (instant, timeZone) => formatClockTime(instant, locale, timeZone)));
  const days = Object.fromEntries([...new Set(items.map((e) => e.day))].map((day) => [day, formatEventDate(day, locale)]));
  const kinds = Object.fromEntries([...new Set(items.map((e) => e.kind))].map((kind) => [kind, t(`kinds.${kind}`)]));
  return {
    items,
    words: {
      marker: t('map.marker', { kind: '{kind}', title: '{title}', city: '{city}' }),
      onNow: t('map.onNow'),
      pageLink: t('map.pageLink'),
      href: localePath('/events/{id}', locale),
      kinds,
      days,
    },
    toggle: (
      <>
        <EventMark />
        {t('map.toggle')}
      </>
    ),
    mark: <EventMark />,
  };
}
