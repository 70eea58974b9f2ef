/**
 * Which campaign the organisers' overview opens on. Free of the database: it
 * takes the campaigns and the moment, so it can be tested at any date.
 */
import { DEFAULT_TIME_ZONE } from '@/lib/constants';
import { addDays, localDate } from '@/lib/time';
import { isRegistrationOpen } from './registration-open';

export type MomentCampaign = { year: number; eventDate: string; registrationDeadline: Date };

export type MomentReason = 'tonight' | 'open' | 'upcoming' | 'latest';

/**
 * The campaign of the moment, and why it is the one:
 * 1. `tonight`: its event is today or tomorrow (Brussels calendar);
 * 2. `open`: its registration is open (deadline not passed; the nearest deadline first);
 * 3. `upcoming`: its event is still to come (the nearest first);
 * 4. `latest`: else the latest year.
 * Undefined when there is no campaign at all.
 */
export function campaignOfTheMoment<C extends MomentCampaign>(campaigns: readonly C[], now: Date, timeZone = DEFAULT_TIME_ZONE): { campaign: C; reason: MomentReason } | undefined {
  if (!campaigns.length) return undefined;
  const today = localDate(now, timeZone);
  const tomorrow = addDays(today, 1);
  const tonight = campaigns.find((c) => c.eventDate === today) ?? campaigns.find((c) => c.eventDate === tomorrow);
  if (tonight) return { campaign: tonight, reason: 'tonight' };
  const open = campaigns
    .filter((c) => isRegistrationOpen(c, now))
    .sort((a, b) => a.registrationDeadline.getTime() - b.registrationDeadline.getTime())[0];
  if (open) return { campaign: open, reason: 'open' };
  const upcoming = campaigns.filter((c) => c.eventDate > today).sort((a, b) => a.eventDate.localeCompare(b.eventDate))[0];
  if (upcoming) return { campaign: upcoming, reason: 'upcoming' };
  const latest = [...campaigns].sort((a, b) => b.year - a.year)[0]!;
  return { campaign: latest, reason: 'latest' };
}
