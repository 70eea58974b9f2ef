import 'server-only';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';

/**
 * Checks a page's `[locale]` segment before the page does any work: an
 * unknown one (say `/robots.txt` when no such file exists) is a 404, not a
 * request for public data in a language that does not exist.
 */
export function enterLocale(locale: string): void {
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
}
