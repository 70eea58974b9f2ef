import type { LightsOnMode } from '@/lib/constants';
import { addDays, formatLocalTime, sunsetAt, zonedTimeToUtc, type LocalTime } from '../time';

export type LightingInput = {
  eventDate: string;
  lat: number;
  lng: number;
  timeZone: string;
  lightsOnMode: LightsOnMode;
  lightsOnTime: string | null;
  lightsOffTime: string | null;
};

export type LightingWindow = {
  mode: LightsOnMode;
  /** Local wall-clock time the lights go on, `HH:MM`; null if unknown (no sunset). */
  onTime: LocalTime | null;
  onAt: Date | null;
  offTime: LocalTime | null;
  /** Lights-off; on the next day when the local time is earlier than lights-on. */
  offAt: Date | null;
};

/** When a building's lights go on and off on the event date, in its own time zone. */
export function lightingWindow(input: LightingInput): LightingWindow {
  let onAt: Date | null = null;
  if (input.lightsOnMode === 'time' && input.lightsOnTime) {
    onAt = zonedTimeToUtc(input.eventDate, input.lightsOnTime, input.timeZone);
  } else {
    onAt = sunsetAt(input.eventDate, input.lat, input.lng, input.timeZone);
  }
  const onTime = onAt ? formatLocalTime(onAt, input.timeZone) : null;

  let offAt: Date | null = null;
  if (input.lightsOffTime) {
    offAt = zonedTimeToUtc(input.eventDate, input.lightsOffTime, input.timeZone);
    // A lights-off earlier than lights-on (e.g. 01:00) is after midnight.
    if (onAt && offAt.getTime() <= onAt.getTime()) {
      offAt = zonedTimeToUtc(addDays(input.eventDate, 1), input.lightsOffTime, input.timeZone);
    }
  }
  return { mode: input.lightsOnMode, onTime, onAt, offTime: input.lightsOffTime, offAt };
}
