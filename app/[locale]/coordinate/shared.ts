import 'server-only';
import { getFormatter } from 'next-intl/server';
import { env } from '@/lib/env';
import { DEFAULT_TIME_ZONE } from '@/lib/constants';


export async function formatters() {
  const format = await getFormatter();
  return {
    deadline: (d: Date) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'short', timeZone: DEFAULT_TIME_ZONE }),
    /** A calendar date `YYYY-MM-DD`, as it is (no time-zone shift). */
    day: (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }),
    time: (d: Date, timeZone: string) => format.dateTime(d, { timeStyle: 'short', timeZone }),
  };
}

export function mapTiles() {
  const { TILE_URL, TILE_ATTRIBUTION } = env();
  return { tileUrl: TILE_URL, tileAttribution: TILE_ATTRIBUTION };
}
