import { enterLocale } from '@/app/_lib/locale';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { publicEvent } from '@/app/_data/events';
import { ClientMessages } from '@/app/_lib/client-messages';
import { eventSharePost } from '@/app/_lib/event-share-post';
import { BuildingMap } from '@/components/building/BuildingMap';
import { EventMark, EVENT_MARK_SVG_BODY } from '@/components/lights/EventMark';
import { EventsDayActions } from '@/components/lights/EventsDayActions';
import { ShareKit } from '@/components/share/ShareKit';
import { Link } from '@/i18n/navigation';
import { formatClockTime, zoneInWords } from '@/lib/dates';
import { formatEventDate } from '@/lib/lights/day';
import { parseId } from '@/lib/ids';
import { localePath } from '@/lib/localized';
import { websiteLabel } from '@/lib/help-centres/public';
import '@/components/lights/events.css';

type Params = Promise<{ locale: string; id: string }>;

async function load(id: string, locale: string) {
  const eventId = parseId(id);
  return eventId === null ? undefined : publicEvent(eventId, locale);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id, locale } = await params;
  const found = await load(id, locale);
  if (!found) return {};
  const title = `${found.event.title}, ${found.event.city.name}`;
  return {
    title,
    description: found.event.description || undefined,
    openGraph: { title, description: found.event.description || undefined, type: 'website' },
    twitter: { card: 'summary_large_image', title },
  };
}

/**
 * A partner's event as the public sees it (its approved version, in a
 * published campaign; anything else is a 404): what and who, when in the
 * place's own time, where, and the one thing to do: add it to a calendar,
 * or on the day, go there.
 */
export default async function EventPage({ params }: { params: Params }) {
  const { locale, id } = await params;
  enterLocale(locale);
  const found = await load(id, locale);
  if (!found) notFound();
  const t = await getTranslations('events');
  const { event, year } = found;
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const day = formatEventDate(event.day, locale);
  const times = `${formatClockTime(start, locale, event.timeZone)}–${formatClockTime(end, locale, event.timeZone)}`;
  const directions = `https://www.openstreetmap.org/directions?to=${event.lat}%2C${event.lng}#map=17/${event.lat}/${event.lng}`;
  return (
    <ClientMessages namespaces={['events']}>
      <main id="main" className="page narrow event-page">
        <p>
          <Link href="/">← {t('page.backToMap')}</Link>
        </p>
        <p className="event-page__kind">
          <EventMark />
          {t(`kinds.${event.kind}`)}
        </p>
        <h1>{event.title}</h1>
        <div className="event-page__organisation">
          {event.partner.logo ? (
            // eslint-disable-next-line @next/next/no-img-element -- our own route serves it, already re-encoded
            <img className="event-page__logo" src={event.partner.logo} alt={t('page.logoAlt', { name: event.partner.name })} />
          ) : null}
          <p>
            {t('page.organisedBy')} <strong>{event.partner.name}</strong>
            {event.partner.website ? (
              <>
                {' · '}
                <a href={event.partner.website} rel="noopener">
                  {websiteLabel(event.partner.website)}
                </a>
              </>
            ) : null}
          </p>
        </div>
        <section aria-labelledby="when-heading">
          <h2 id="when-heading" className="visually-hidden">
            {t('page.when')}
          </h2>
          <p className="event-when">
            <time dateTime={event.day}>{day}</time>
            <br />
            <time dateTime={start.toISOString()}>{times}</time>
            <br />
            <span className="event-when__zone">{t('page.timeZone', { zone: zoneInWords(event.timeZone, locale, start) })}</span>
          </p>
          <p className="event-when">
            {event.address ? `${event.address}, ` : ''}
            {event.city.name}
          </p>
          <EventsDayActions
            startsAt={event.startsAt}
            endsAt={event.endsAt}
            timeZone={event.timeZone}
            calendarHref={localePath(`/events/${event.id}/calendar`, locale)}
            directionsHref={directions}
            share={<ShareKit post={await eventSharePost(event, found.hashtags, locale)} />}
          />
        </section>
        {event.description ? (
          <section aria-labelledby="about-heading">
            <h2 id="about-heading">{t('page.about')}</h2>
            <p className="event-page__description">{event.description}</p>
          </section>
        ) : null}
        {event.accessibility ? (
          <section aria-labelledby="accessibility-heading">
            <h2 id="accessibility-heading">{t('page.accessibility')}</h2>
            <p>{event.accessibility}</p>
          </section>
        ) : null}
        {event.link ? (
          <p>
            <a href={event.link} rel="noopener">
              {t('page.link')}
            </a>
          </p>
        ) : null}
        <section aria-labelledby="where-heading">
          <h2 id="where-heading">{t('page.where')}</h2>
          <BuildingMap
            lat={event.lat}
            lng={event.lng}
            label={t('page.mapLabel', { title: event.title, city: event.city.name })}
            linkText={t('page.openMap')}
            mark={{ svgBody: EVENT_MARK_SVG_BODY, pointX: 30, pointY: 2 }}
          />
        </section>
        <p>
          <Link href={`/years/${year}`}>{t('page.campaign', { year })}</Link>
        </p>
      </main>
    </ClientMessages>
  );
}
