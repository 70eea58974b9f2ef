import 'server-only';
import { env } from '@/lib/env';
import { DEFAULT_TIME_ZONE } from '@/lib/constants';
import type { Campaign, City, PartnerEvent } from '@/db/schema';
import { formatCalendarDate, formatClockTime, formatDeadlineInZone, zoneInWords } from '@/lib/dates';
import { isRegistrationOpen } from '@/lib/campaigns/registration-open';
import { cityName } from '@/lib/localized';
import { formatLocalTime, localDate } from '@/lib/time';
import { isOrganiser, type Actor } from '@/lib/permissions';

export function mapTiles() {
  const { TILE_URL, TILE_ATTRIBUTION } = env();
  return { tileUrl: TILE_URL, tileAttribution: TILE_ATTRIBUTION };
}

/** "30 July 2026, 14:00–18:00 (Central European Time)": when an event is, on its place's clock. */
export function eventWhen(e: Pick<PartnerEvent, 'startsAt' | 'endsAt' | 'timeZone'>, locale: string): string {
  const day = formatCalendarDate(localDate(e.startsAt, e.timeZone), locale);
  const start = formatClockTime(e.startsAt, locale, e.timeZone);
  const end = formatClockTime(e.endsAt, locale, e.timeZone);
  return `${day}, ${start}–${end} (${zoneInWords(e.timeZone, locale, e.startsAt)})`;
}

export const deadlineText = (campaign: Campaign, locale: string) => formatDeadlineInZone(campaign.registrationDeadline, locale, DEFAULT_TIME_ZONE);

/** Whether this actor may still register and edit (organisers always; partners until the deadline). */
export const openFor = (actor: Actor, campaign: Campaign, now: Date) => isOrganiser(actor) || isRegistrationOpen(campaign, now);

/** The form's values for an event as stored: its day and times on the place's clock. */
export function eventFormValues(e: PartnerEvent, city: Pick<City, 'name' | 'names' | 'country'>, locale: string): Record<string, string> {
  const values: Record<string, string> = {
    partnerId: String(e.partnerId),
    kind: e.kind,
    title: e.title,
    description: e.description,
    city: cityName(city, locale),
    country: city.country,
    address: e.address,
    lat: String(e.lat),
    lng: String(e.lng),
    date: localDate(e.startsAt, e.timeZone),
    startTime: formatLocalTime(e.startsAt, e.timeZone),
    endTime: formatLocalTime(e.endsAt, e.timeZone),
    link: e.link,
    accessibility: e.accessibility,
    contact: e.contact,
  };
  for (const [l, v] of Object.entries(e.titles)) if (v) values[`title_${l}`] = v;
  for (const [l, v] of Object.entries(e.descriptions)) if (v) values[`description_${l}`] = v;
  return values;
}
