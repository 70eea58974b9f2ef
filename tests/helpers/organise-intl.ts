/**
 * A stand-in for next-intl/server's getTranslations (and getFormatter) outside a Next request,
 * translating with the real English messages (so tests see the real texts).
 */
import { createFormatter, createTranslator } from 'use-intl/core';
import en from '@/messages/en.json';

export async function getTranslations(arg?: string | { locale?: string; namespace?: string }) {
  const namespace = typeof arg === 'string' ? arg : arg?.namespace;
  return createTranslator({ locale: 'en', messages: en as never, namespace: namespace as never });
}

export async function getFormatter() {
  return createFormatter({ locale: 'en', timeZone: 'Europe/Brussels' });
}

export async function setRequestLocale() {}
export async function getLocale() {
  return 'en';
}
