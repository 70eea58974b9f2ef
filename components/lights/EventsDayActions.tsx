'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { eventMoment } from '@/lib/events/public-view';
import { splitDuration } from '@/lib/lights/day';
import { useNow } from './use-now';
import './events.css';

/**
 * An event page's moment and its one obvious action, from the browser's
 * clock: before the day "Add to calendar"; on the day "Starts in 2 h 10 min"
 * or "On now" and the way there first; afterwards "This event is over".
 */
export function EventsDayActions({
  startsAt,
  endsAt,
  timeZone,
  calendarHref,
  directionsHref,
  share,
}: {
  startsAt: number;
  endsAt: number;
  timeZone: string;
  calendarHref: string;
  directionsHref: string;
  share: ReactNode;
}) {
  const t = useTranslations('events');
  const now = useNow();
  const moment = now === null ? null : eventMoment({ startsAt, endsAt, timeZone }, now);
  let text = '';
  if (moment?.state === 'on') text = t('moment.onNow');
  else if (moment?.state === 'soon') {
    const { hours, minutes } = splitDuration(moment.msLeft);
    text = hours > 0 ? t('moment.startsIn', { hours, minutes }) : t('moment.startsInMinutes', { minutes });
  } else if (moment?.state === 'over') text = t('moment.over');
  const onTheDay = moment?.state === 'on' || moment?.state === 'soon';
  const calendar = (
    <a className={onTheDay ? 'button-link' : 'button'} href={calendarHref} download>
      {t('page.addToCalendar')}
    </a>
  );
  const directions = (
    <a className={onTheDay ? 'button' : 'button-link'} href={directionsHref} rel="noopener">
      {t('page.directions')}
    </a>
  );
  return (
    <>
      <p className={`event-day${moment ? ` event-day--${moment.state}` : ''}`} data-testid="event-day" data-moment={moment?.state ?? ''}>
        {text}
      </p>
      <div className="event-actions">
        {moment?.state === 'over' ? null : onTheDay ? (
          <>
            {directions}
            {calendar}
          </>
        ) : (
          <>
            {calendar}
            {directions}
          </>
        )}
        {share}
      </div>
    </>
  );
}
