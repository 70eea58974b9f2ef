import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

/**
 * The server's own time zone, which next-intl would otherwise look up on every
 * request by creating an `Intl.DateTimeFormat` (a few percent of a save's CPU).
 * Dates the app shows in a city's or the campaign's zone name it explicitly.
 */
const SERVER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone: SERVER_TIME_ZONE,
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
