'use client';

import type { ReactNode } from 'react';
import { dayPhase, type DayTimeline } from '@/lib/lights/day';
import { useNow } from '@/components/lights/use-now';

/**
 * Shows its children once the day is over, by the browser's clock (and, for
 * the first render, by the server's: the same HTML on both sides).
 */
export function AfterTheDay({ timeline, serverAfter, children }: { timeline: DayTimeline; serverAfter: boolean; children: ReactNode }) {
  const now = useNow();
  const after = now === null ? serverAfter : dayPhase(timeline, now).phase === 'after';
  return after ? children : null;
}
