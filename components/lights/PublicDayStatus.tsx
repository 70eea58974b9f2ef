'use client';

import { useTranslations } from 'next-intl';
import { dayPhase, splitDuration, type DayTimeline } from '@/lib/lights/day';
import { useNow } from './use-now';

/**
 * Where the day stands: how long until 30 July, the countdown to the first
 * lights, how many buildings are lit now, or the results once it is over.
 * It depends on the clock, so it is rendered in the browser only.
 */
export function PublicDayStatus({
  year,
  date,
  timeline,
  buildings,
  cities,
  confirmedLit,
  litNow,
}: {
  year: number;
  /** The event date, already formatted for the reader. */
  date: string;
  timeline: DayTimeline;
  buildings: number;
  cities: number;
  confirmedLit: number;
  /** Null until the map data (each building's window) has arrived. */
  litNow: number | null;
}) {
  const t = useTranslations('PublicDay');
  const now = useNow();
  if (now === null) return <div className="day-status" data-testid="day-status" />;
  const phase = dayPhase(timeline, now);
  if (phase.phase === 'evening' && litNow === null) return <div className="day-status" data-testid="day-status" />;
  let text: string;
  switch (phase.phase) {
    case 'before':
      text = t('before', { date, days: phase.daysLeft });
      break;
    case 'countdown':
      text = t('countdown', splitDuration(phase.msLeft));
      break;
    case 'evening':
      text = t('evening', { lit: litNow ?? 0 });
      break;
    case 'after':
      text = `${t('after', { year })} ${t('results', { buildings, cities, lit: confirmedLit })}`;
      break;
  }
  return (
    <div className={`day-status day-status--${phase.phase}`} data-testid="day-status" data-phase={phase.phase}>
      <p>{text}</p>
    </div>
  );
}
