'use client';

import { usePathname } from 'next/navigation';
import { LOCALES } from '@/lib/constants';
import { switchLocalePath } from '@/lib/localized';

const NAMES: Record<string, string> = { en: 'English', fr: 'Français', nl: 'Nederlands', de: 'Deutsch' };

/**
 * Links to the same page in each language; the language is kept in the URL.
 * Plain links: another language is a whole new page (its `lang`, its
 * messages), and the framework's locale-aware links would add their code to
 * every page.
 */
export function LanguageSwitcher({ current, label }: { current: string; label: string }) {
  const pathname = usePathname() ?? '/';
  return (
    <nav aria-label={label} className="languages">
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={switchLocalePath(pathname, locale)}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              title={NAMES[locale]}
            >
              {locale.toUpperCase()}
              <span className="visually-hidden"> {NAMES[locale]}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
