import { hasLocale } from 'next-intl';
import { calendarResponse, plainResponse } from '@/app/_lib/calendar-response';
import { routing } from '@/i18n/routing';
import { publicBuildingCalendar } from '@/lib/calendar/files';
import { transportSecured } from '@/lib/http/transport-security';
import { parseId } from '@/lib/ids';

/**
 * "Add to calendar" on a public building page: its evening as a calendar
 * file, in the page's language. Public, like the page: only a building
 * approved in a published campaign; any other id is a 404.
 */
export const GET = transportSecured(async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const buildingId = parseId(id);
  if (!hasLocale(routing.locales, locale) || buildingId === null) return plainResponse(404, 'Not found');
  const file = await publicBuildingCalendar(buildingId, locale);
  if (!file) return plainResponse(404, 'Not found');
  // Public like the page; it changes when the building's times do, so kept briefly.
  return calendarResponse(file, 'public, max-age=300');
});
