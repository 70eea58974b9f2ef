import { defineRouting } from 'next-intl/routing';
import { LOCALES } from '@/lib/constants';

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: 'en',
  // English lives at `/`, the others under `/fr`, `/nl`, `/de`, so that a
  // shared link keeps its language.
  localePrefix: 'as-needed',
});
