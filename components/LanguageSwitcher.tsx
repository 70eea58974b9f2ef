'use client';

import { Link, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

const NAMES: Record<string, string> = { en: 'English', fr: 'Français', nl: 'Nederlands', de: 'Deutsch' };

/** Links to the same page in each language; the language is kept in the URL. */
export function LanguageSwitcher({ current, label }: { current: string; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="languages">
      <ul>
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              title={NAMES[locale]}
            >
              {locale.toUpperCase()}
              <span className="visually-hidden"> {NAMES[locale]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
