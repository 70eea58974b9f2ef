import tzlookup from 'tz-lookup';
import { DEFAULT_TIME_ZONE } from './constants';

/**
 * The IANA time zone at a position, offline (an embassy in Tokyo gets Tokyo's
 * clock), or `fallback` where it cannot be told (bad input).
 */
export function timeZoneAt(lat: number, lng: number, fallback: string = DEFAULT_TIME_ZONE): string {
  try {
    return tzlookup(lat, lng);
  } catch {
    return fallback;
  }
}
