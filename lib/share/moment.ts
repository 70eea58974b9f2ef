/**
 * Whether a share text speaks of the day ahead ("lights up blue on 30 July")
 * or of the day gone ("lit up blue on 30 July 2026"), and how it names the day.
 * Pure functions of an explicit `now`; the public pages are rendered again
 * every few minutes, so the text turns with the evening.
 */
import { formattingLocale } from '../dates';
import { windowEnd, type DayTimeline, type LightWindow } from '../lights/day';

export type ShareTense = 'ahead' | 'past';

/** A building's day is past once its lights are off (the end of its local day when no time is known). */
export function buildingShareTense(eventDate: string, w: Pick<LightWindow, 'offAt' | 'timeZone'>, now: number): ShareTense {
  return now >= windowEnd(eventDate, w) ? 'past' : 'ahead';
}

/** The campaign's day is past once its last building's window is over. */
export function campaignShareTense(timeline: Pick<DayTimeline, 'endsAt'>, now: number): ShareTense {
  return now >= timeline.endsAt ? 'past' : 'ahead';
}

/**
 * The day as a post says it: "30 July" ahead of it, "30 July 2026" once past
 * (a post about an earlier year must say which), in the page's language.
 */
export function shareDate(eventDate: string, locale: string, tense: ShareTense): string {
  const format = new Intl.DateTimeFormat(formattingLocale(locale), {
    day: 'numeric',
    month: 'long',
    ...(tense === 'past' ? { year: 'numeric' as const } : {}),
    timeZone: 'UTC',
  });
  return format.format(new Date(`${eventDate}T12:00:00Z`));
}
