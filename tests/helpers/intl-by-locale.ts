/**
 * A stand-in for next-intl/server's getTranslations outside a Next request
 * that honours the locale it is given (the real messages of each language),
 * for route handlers that translate into a language the request names.
 */
import { createTranslator } from 'use-intl/core';
import { isLocale } from '@/lib/languages';
import { messagesOf } from '@/lib/messages';

export async function getTranslations(arg?: string | { locale?: string; namespace?: string }) {
  const namespace = typeof arg === 'string' ? arg : arg?.namespace;
  const asked = (typeof arg === 'object' && arg.locale) || 'en';
  const locale = isLocale(asked) ? asked : 'en';
  return createTranslator({ locale, messages: messagesOf(locale) as never, namespace: namespace as never });
}

export async function setRequestLocale() {}
export async function getLocale() {
  return 'en';
}
