/**
 * How the day-before reminder names the evening it is about. It goes out
 * from 09:00 the day before until lights-on; a building approved late, or a
 * server started late, may send it on the day itself, which then is
 * "tonight", never "tomorrow". Seen on the building's own clock: when it is
 * already the 30th in Tokyo it is still the 29th in New York.
 */
import { localDate } from '@/lib/time';

export type EveningWord = 'tomorrow' | 'tonight';

export function eveningWord(eventDate: string, timeZone: string, now: Date): EveningWord {
  return localDate(now, timeZone) >= eventDate ? 'tonight' : 'tomorrow';
}
