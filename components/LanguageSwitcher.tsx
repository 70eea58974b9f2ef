'use client';

import { usePathname } from 'next/navigation';
import { LANGUAGES } from '@/lib/languages';
import { switchLocalePath } from '@/lib/localized';

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
        {LANGUAGES.map(({ code, name, dir }) => (
          <li key={code}>
            <a
              href={switchLocalePath(pathname, code)}
              lang={code}
              dir={dir}
              hrefLang={code}
              aria-current={code === current ? 'true' : undefined}
              title={name}
            >
              {code.toUpperCase()}
              <span className="visually-hidden"> {name}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
