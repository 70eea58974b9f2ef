import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

const ITEMS = [
  ['/organise', 'overview'],
  ['/organise/review', 'review'],
  ['/organise/registrations', 'registrations'],
  ['/organise/import', 'import'],
  ['/organise/press', 'press'],
  ['/organise/campaigns', 'campaigns'],
  ['/organise/cities', 'cities'],
  ['/organise/coordinators', 'coordinators'],
  ['/organise/partners', 'partners'],
  ['/organise/outbox', 'outbox'],
  ['/organise/audit', 'audit'],
] as const;

/**
 * The organisers' console sections; the current one is marked for screen readers too.
 * Ten fit one row on a laptop in every language: help centres are kept with the cities, and
 * requests to take part with the people they lead to (each page links to its own).
 */
export async function OrganiseNav({ current }: { current: (typeof ITEMS)[number][1] }) {
  const t = await getTranslations('Organise.nav');
  return (
    <nav aria-label={t('label')} className="organise-nav">
      <ul>
        {ITEMS.map(([href, key]) => (
          <li key={key}>
            <Link href={href} aria-current={key === current ? 'page' : undefined}>
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
