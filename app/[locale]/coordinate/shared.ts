import 'server-only';
import { getLocale } from 'next-intl/server';
import { env } from '@/lib/env';
import { DEFAULT_TIME_ZONE } from '@/lib/constants';
import { formatCalendarDate, formatClockTime, formatDeadlineInZone } from '@/lib/dates';


/** Dates and times in the page's language, day before month and on the 24-hour clock (lib/dates). */
export async function formatters() {
  const locale = await getLocale();
  return {
    /** "Friday 16 July 2027, 23:59 (Central European Time)": the last day, never the midnight after it. */
    deadline: (d: Date) => formatDeadlineInZone(d, locale, DEFAULT_TIME_ZONE),
    /** A calendar date `YYYY-MM-DD`, as it is (no time-zone shift). */
    day: (iso: string) => formatCalendarDate(iso, locale),
    time: (d: Date, timeZone: string) => formatClockTime(d, locale, timeZone),
  };
}

export function mapTiles() {
  const { TILE_URL, TILE_ATTRIBUTION } = env();
  return { tileUrl: TILE_URL, tileAttribution: TILE_ATTRIBUTION };
}
