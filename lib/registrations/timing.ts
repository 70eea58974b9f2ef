/**
 * The lights-on suggestion shown in the registration form: local sunset at
 * the building's own position and time zone (an embassy in Tokyo gets Tokyo's
 * sunset and clock, not Brussels'). Pure and free of Node, so that the form
 * can recompute it in the browser as the marker moves.
 */
import { timeZoneAt } from '../zones';

import { formatLocalTime, sunsetAt, zonedTimeToUtc, type LocalTime } from '../time';

export type SunsetSuggestion = {
  timeZone: string;
  /** Local `HH:MM`, or null where the sun does not set that day. */
  time: LocalTime | null;
  at: Date | null;
};

/** Local sunset on `eventDate` at a position, in the position's own time zone. */
export function sunsetSuggestion(eventDate: string, lat: number, lng: number): SunsetSuggestion {
  const timeZone = timeZoneAt(lat, lng);
  const at = sunsetAt(eventDate, lat, lng, timeZone);
  return { timeZone, at, time: at ? formatLocalTime(at, timeZone) : null };
}

/**
 * Whether the lights go off before it is dark: a lights-off between noon and
 * sunset on the day itself. (A lights-off in the morning means after
 * midnight, which is normal.)
 */
export function endsBeforeSunset(input: {
  eventDate: string;
  lat: number;
  lng: number;
  lightsOffTime: string | null;
}): boolean {
  if (!input.lightsOffTime) return false;
  const { timeZone, at: sunset } = sunsetSuggestion(input.eventDate, input.lat, input.lng);
  if (!sunset) return false;
  const off = zonedTimeToUtc(input.eventDate, input.lightsOffTime, timeZone);
  const noon = zonedTimeToUtc(input.eventDate, '12:00', timeZone);
  return off.getTime() >= noon.getTime() && off.getTime() <= sunset.getTime();
}
