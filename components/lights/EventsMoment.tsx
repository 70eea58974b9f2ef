'use client';

import { useTranslations } from 'next-intl';
import { eventMoment } from '@/lib/events/public-view';
import { splitDuration } from '@/lib/lights/day';
import { useNow } from './use-now';

/**
 * "On now", "Starts in 2 h 10 min" on the event's own day, "This event is
 * over" afterwards (the page only), from the browser's clock: the server's
 * stored HTML never shows a stale moment.
 */
export function EventsMoment({ startsAt, endsAt, timeZone, showOver = false }: { startsAt: number; endsAt: number; timeZone: string; showOver?: boolean }) {
  const t = useTranslations('events.moment');
  const now = useNow();
  if (now === null) return null;
  const moment = eventMoment({ startsAt, endsAt, timeZone }, now);
  if (moment.state === 'on') return <span className="event-moment event-moment--on">{t('onNow')}</span>;
  if (moment.state === 'soon') {
    const { hours, minutes } = splitDuration(moment.msLeft);
    return <span className="event-moment">{hours > 0 ? t('startsIn', { hours, minutes }) : t('startsInMinutes', { minutes })}</span>;
  }
  if (moment.state === 'over' && showOver) return <span className="event-moment event-moment--over">{t('over')}</span>;
  return null;
}
