'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { groupEvents, type ListedEvent } from '@/lib/events/public-view';
import { formattingLocale } from '@/lib/dates';
import { localePath } from '@/lib/localized';
import { EventsMoment } from './EventsMoment';
import type { EventWords } from '@/components/map/event-layer';
import './events.css';

function EventRow({ event, kinds, km, linkTarget }: { event: ListedEvent; kinds: Record<string, string>; km?: number; linkTarget?: '_blank' }) {
  const t = useTranslations('events');
  const locale = useLocale();
  const distance =
    km === undefined ? null : new Intl.NumberFormat(formattingLocale(locale), { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
  return (
    <li className="event-row" data-testid={`event-${event.id}`}>
      <span className="event-row__time">{event.times}</span>
      <div className="event-row__body">
        <p className="event-row__title">
          <a href={localePath(`/events/${event.id}`, locale)} target={linkTarget} rel={linkTarget ? 'noopener' : undefined}>
            {event.title}
          </a>
        </p>
        <p className="event-row__kind">
           {kinds[event.kind]} · {t('list.by', { organisation: event.partner })}
          {km === undefined ? null : ` · ${event.city.name} · ${t('list.distance', { km: distance ?? '' })}`}
        </p>
        <EventsMoment startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} />
      </div>
    </li>
  );
}

/**
 * "Events and stands": the partners' events of the map's campaign, by day then
 * city, each with its times (the place's own), kind, organisation and a link
 * to its page; on the day "on now" or "starts in…" by the browser's clock.
 * Rendered with the page, so it is there without JavaScript; the explorer's
 * search narrows it and "near me" orders it by distance.
 */
export function EventsSection({
  events,
  words,
  total,
  distances,
  mark,
  linkTarget,
}: {
  /** In list order, or by distance when `distances` is given. */
  events: readonly ListedEvent[];
  words: Pick<EventWords, 'kinds' | 'days'>;
  total: number;
  distances?: ReadonlyMap<number, number> | null;
  mark: ReactNode;
  linkTarget?: '_blank';
}) {
  const t = useTranslations('events.list');
  return (
    <section className="events-list" id="events" aria-labelledby="events-heading">
      <h2 id="events-heading">
        {mark}
        {t('heading')}
      </h2>
      <p className="events-list__intro">{t('intro')}</p>
      {events.length === 0 && total > 0 ? <p>{t('noResults')}</p> : null}
      {distances ? (
        <ul>
          {events.map((e) => (
            <EventRow key={e.id} event={e} kinds={words.kinds} km={distances.get(e.id)} linkTarget={linkTarget} />
          ))}
        </ul>
      ) : (
        groupEvents(events).map((day) => (
          <div key={day.day}>
            <h3>
              <time dateTime={day.day}>{words.days[day.day] ?? day.day}</time>
            </h3>
            {day.cities.map((city) => (
              <div key={city.id}>
                <h4>{city.name}</h4>
                <ul>
                  {city.events.map((e) => (
                    <EventRow key={e.id} event={e} kinds={words.kinds} linkTarget={linkTarget} />
                  ))}
                </ul>
              </div>
            ))}
          </div>
        ))
      )}
    </section>
  );
}
