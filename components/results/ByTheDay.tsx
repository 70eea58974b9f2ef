import type { ReactNode } from 'react';
import type { DayTimeline } from '@/lib/lights/day';
import { AfterTheDay } from './AfterTheDay';

/** Whether the day is over by the server's clock: the first render's answer, before the browser's clock takes over. */
function overOnServer(timeline: DayTimeline): boolean {
  return Date.now() >= timeline.endsAt;
}

/**
 * One of two sentences, whichever is true at the moment: `before` until the
 * campaign's day is over, `after` from then on (by the server's clock first,
 * then the browser's, so that a stored page does not say it wrongly).
 */
export function ByTheDay({ timeline, before, after }: { timeline: DayTimeline; before: ReactNode; after: ReactNode }) {
  return (
    <AfterTheDay timeline={timeline} serverAfter={overOnServer(timeline)} before={before}>
      {after}
    </AfterTheDay>
  );
}
