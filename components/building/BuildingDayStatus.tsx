'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { splitDuration } from '@/lib/lights/day';
import { useNow } from '@/components/lights/use-now';
import { buildingMoment } from './moment';
import './building.css';

/**
 * The building's moment, from the browser's clock (the page itself is a
 * stored copy): "In 12 days", "Lights on in 1 h 20 min", "Lit blue now",
 * "Took part in 2026"; then when, and what to do: add it to a calendar (until
 * the lights go on) and share it.
 */
export function BuildingDayStatus({
  year,
  eventDate,
  onAt,
  offAt,
  litAt,
  timeZone,
  calendar,
  share,
  children,
}: {
  year: number;
  eventDate: string;
  /** Instants as ISO strings, as the page has them; null where not known. */
  onAt: string | null;
  offAt: string | null;
  litAt: string | null;
  timeZone: string;
  /** The "Add to calendar" link, when there is a time to add. */
  calendar: ReactNode;
  share: ReactNode;
  /** When the lights go on, in words. */
  children: ReactNode;
}) {
  const t = useTranslations('BuildingDay');
  const now = useNow();
  const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));
  const state = now === null ? null : buildingMoment(eventDate, { onAt: ms(onAt), offAt: ms(offAt), litAt: ms(litAt), timeZone }, now);
  let text = '';
  if (state) {
    switch (state.moment) {
      case 'before':
        text = t('before', { days: state.daysLeft });
        break;
      case 'countdown':
        text = t('countdown', splitDuration(state.msLeft));
        break;
      case 'tonight':
        text = t('tonight');
        break;
      case 'lit':
        text = t('lit');
        break;
      case 'after':
        text = t('tookPart', { year });
        break;
    }
  }
  const showCalendar = state === null || state.moment === 'before' || state.moment === 'countdown' || state.moment === 'tonight';
  return (
    <>
      <p className={`building-day${state ? ` building-day--${state.moment}` : ''}`} data-testid="building-day" data-moment={state?.moment ?? ''}>
        {text}
      </p>
      {children}
      <div className="building-actions">
        {showCalendar ? calendar : null}
        {share}
      </div>
    </>
  );
}
