'use client';

import type { ReactNode } from 'react';
import { dayPhase, type DayTimeline } from '@/lib/lights/day';
import { useNow } from '@/components/lights/use-now';

/**
 * Shows its children once the day is over, by the browser's clock (and, for
 * the first render, by the server's: the same HTML on both sides); until
 * then, `before` (nothing unless given).
 */
export function AfterTheDay({ timeline, serverAfter, before = null, children }: { timeline: DayTimeline; serverAfter: boolean; before?: ReactNode; children: ReactNode }) {
  const now = useNow();
  const after = now === null ? serverAfter : dayPhase(timeline, now).phase === 'after';
  return after ? children : before;
}
