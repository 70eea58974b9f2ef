import { isLitNow, localDayStart, windowEnd, type LightWindow } from '@/lib/lights/day';
import { localDate } from '@/lib/time';

/** Where one building stands on its day, at `now` (epoch ms). */
export type BuildingMoment =
  /** Before its local day; `daysLeft` in calendar days where the building stands (1 = tomorrow). */
  | { moment: 'before'; daysLeft: number }
  /** On the day, before its lights-on. */
  | { moment: 'countdown'; msLeft: number }
  /** On the day, lights-on not known (sunset without a time) and not confirmed yet. */
  | { moment: 'tonight' }
  | { moment: 'lit' }
  /** Its window is over: it took part. */
  | { moment: 'after' };

const DAY_MS = 86_400_000;

export function buildingMoment(eventDate: string, w: LightWindow, now: number): BuildingMoment {
  if (now >= windowEnd(eventDate, w)) return { moment: 'after' };
  if (isLitNow(eventDate, w, now)) return { moment: 'lit' };
  if (now < localDayStart(eventDate, w.timeZone)) {
    const today = localDate(new Date(now), w.timeZone);
    const days = Math.round((Date.parse(`${eventDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
    return { moment: 'before', daysLeft: Math.max(1, days) };
  }
  if (w.onAt !== null && now < w.onAt) return { moment: 'countdown', msLeft: w.onAt - now };
  return { moment: 'tonight' };
}
