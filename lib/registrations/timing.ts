/**
 * The lights-on suggestion shown in the registration form: local sunset at
 * the building's own position and time zone (an embassy in Tokyo gets Tokyo's
 * sunset and clock, not Brussels'). Pure and free of Node, so that the form
 * can recompute it in the browser as the marker moves.
 */
import { LOCAL_TIME_PATTERN } from '../constants';
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

/**
 * Whether a fixed lights-off time comes before the fixed lights-on time on
 * the evening itself (on 22:00, off 21:00): the lights would be off before
 * they are on, or on for nearly a whole day. A lights-off in the morning
 * (01:00) is after midnight, which is normal, as in `endsBeforeSunset`.
 */
export function endsBeforeLightsOn(input: { lightsOnTime: string | null; lightsOffTime: string | null }): boolean {
  const { lightsOnTime: on, lightsOffTime: off } = input;
  if (!on || !off || !LOCAL_TIME_PATTERN.test(on) || !LOCAL_TIME_PATTERN.test(off)) return false;
  // `HH:MM` strings compare as times.
  return off >= '12:00' && off <= on;
}
