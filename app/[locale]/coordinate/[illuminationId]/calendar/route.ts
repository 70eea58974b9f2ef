import { hasLocale } from 'next-intl';
import { currentActor } from '@/app/_auth/current-actor';
import { calendarResponse, plainResponse } from '@/app/_lib/calendar-response';
import { routing } from '@/i18n/routing';
import { registrationCalendar } from '@/lib/calendar/files';
import { transportSecured } from '@/lib/http/transport-security';
import { parseId } from '@/lib/ids';
import { ForbiddenError, UnauthenticatedError } from '@/lib/permissions';
import { RegistrationNotFoundError } from '@/lib/registrations/errors';

/**
 * A registration's evening as a calendar file (.ics), in the page's language:
 * for the city's coordinators and the organisers, checked again here through
 * lib/registrations with the signed-in user.
 */
export const GET = transportSecured(async function GET(_request: Request, { params }: { params: Promise<{ locale: string; illuminationId: string }> }) {
  const { locale, illuminationId } = await params;
  const id = parseId(illuminationId);
  if (!hasLocale(routing.locales, locale) || id === null) return plainResponse(404, 'Not found');
  try {
    const file = await registrationCalendar(await currentActor(), id, locale);
    if (!file) return plainResponse(404, 'No lights-on time is known for this registration.');
    return calendarResponse(file, 'private, no-store');
  } catch (error) {
    if (error instanceof UnauthenticatedError) return plainResponse(401, 'Please sign in.');
    if (error instanceof ForbiddenError) return plainResponse(403, 'Forbidden');
    if (error instanceof RegistrationNotFoundError) return plainResponse(404, 'Not found');
    throw error;
  }
});
