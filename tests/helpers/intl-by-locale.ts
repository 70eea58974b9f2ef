/**
 * A stand-in for next-intl/server's getTranslations outside a Next request
 * that honours the locale it is given (the real messages of each language),
 * for route handlers that translate into a language the request names.
 */
import { createTranslator } from 'use-intl/core';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import nl from '@/messages/nl.json';

const MESSAGES: Record<string, unknown> = { en, fr, nl, de };

export async function getTranslations(arg?: string | { locale?: string; namespace?: string }) {
  const namespace = typeof arg === 'string' ? arg : arg?.namespace;
  const locale = (typeof arg === 'object' && arg.locale) || 'en';
  return createTranslator({ locale, messages: MESSAGES[locale] as never, namespace: namespace as never });
}

export async function setRequestLocale() {}
export async function getLocale() {
  return 'en';
}
