import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/languages';

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  // English lives at `/`, the others under their code (`/fr`, `/nl`…), so
  // that a shared link keeps its language. The languages: lib/languages.ts.
  localePrefix: 'as-needed',
});
