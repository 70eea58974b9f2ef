/**
 * The calendar files the site offers: a registration's, for its coordinators
 * and the organisers (checked by lib/registrations), and a public building's
 * evening, for anyone, only when it is approved in a published campaign.
 */
import type { Locale } from '@/lib/constants';
import { buildingName } from '@/lib/localized';
import { getPublicBuilding } from '@/lib/lights/public';
import { siteLink } from '@/lib/mail/compose';
import type { Actor } from '@/lib/permissions';
import { getRegistration } from '@/lib/registrations/read';
import { calendarFileName, lightsCalendar, type LightFacts } from './events';

export type CalendarDownload = { body: string; filename: string };

/**
 * A registration's evening as it stands (its coordinators see their own
 * latest version); null when its lights-on time is unknown (no sunset).
 * Throws as getRegistration does.
 */
export async function registrationCalendar(actor: Actor, illuminationId: number, locale: Locale, now: Date = new Date()): Promise<CalendarDownload | null> {
  const { illumination: ill, building, city, campaign } = await getRegistration(actor, illuminationId, now);
  const facts: LightFacts = {
    buildingId: building.id,
    year: campaign.year,
    eventDate: campaign.eventDate,
    theme: campaign.theme,
    name: building.name,
    names: building.names,
    address: building.address,
    city: { name: city.name, names: city.names, timeZone: city.timeZone },
    lat: building.lat,
    lng: building.lng,
    lightsOnMode: ill.lightsOnMode,
    lightsOnTime: ill.lightsOnTime,
    lightsOffTime: ill.lightsOffTime,
  };
  const url = ill.approved && campaign.published ? siteLink(`/buildings/${building.id}`, locale) : siteLink(`/coordinate/${ill.id}`, locale);
  const body = lightsCalendar(locale, [{ facts, url }], now);
  return body ? { body, filename: calendarFileName(campaign.year, building.name) } : null;
}

/** A building's latest public evening, or undefined when the public may not see it. */
export async function publicBuildingCalendar(buildingId: number, locale: Locale, now: Date = new Date()): Promise<CalendarDownload | undefined> {
  const found = await getPublicBuilding(buildingId);
  if (!found) return undefined;
  const { light, campaign } = found;
  const facts: LightFacts = {
    buildingId: light.id,
    year: campaign.year,
    eventDate: campaign.eventDate,
    theme: campaign.theme,
    name: light.name,
    names: light.names,
    address: light.address,
    city: { name: light.city.name, names: light.city.names, timeZone: light.city.timeZone },
    lat: light.lat,
    lng: light.lng,
    lightsOnMode: light.lightsOn.mode,
    lightsOnTime: light.lightsOn.mode === 'time' ? light.lightsOn.time : null,
    lightsOffTime: light.lightsOff.time,
  };
  const body = lightsCalendar(locale, [{ facts, url: siteLink(`/buildings/${light.id}`, locale) }], now);
  return body ? { body, filename: calendarFileName(campaign.year, buildingName(light, locale)) } : undefined;
}
