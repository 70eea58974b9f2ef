import { hasLocale } from 'next-intl';
import { calendarResponse, plainResponse } from '@/app/_lib/calendar-response';
import { currentActor } from '@/app/_auth/current-actor';
import { publicEvent } from '@/app/_data/events';
import { routing } from '@/i18n/routing';
import { partnerEventCalendar } from '@/lib/events/calendar';
import { transportSecured } from '@/lib/http/transport-security';
import { parseId } from '@/lib/ids';
import { siteLink } from '@/lib/mail/compose';
import { canViewEvent } from '@/lib/permissions';

/**
 * "Add to calendar" on an event's page: the event as a calendar file, in the
 * page's language. Public like the page: only an approved event of a
 * published campaign; any other id is a 404.
 */
export const GET = transportSecured(async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const eventId = parseId(id);
  if (!hasLocale(routing.locales, locale) || eventId === null) return plainResponse(404, 'Not found');
  const found = await publicEvent(eventId, locale);
  // What the public sees is the approved version: anyone may see it.
  if (!found || !canViewEvent(await currentActor(), { partnerId: found.partnerId, status: 'approved' })) return plainResponse(404, 'Not found');
  const file = partnerEventCalendar(found.event, found.year, locale, siteLink(`/events/${eventId}`, locale));
  return calendarResponse(file, 'public, max-age=300');
});
