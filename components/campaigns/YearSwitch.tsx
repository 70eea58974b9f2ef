import { Link } from '@/i18n/navigation';
import './year-switch.css';

/**
 * Links to a page for each campaign year, the one shown marked as current: the
 * organisers' overview and the coordinators' workspace switch years with it.
 * Nothing when there is only one year to show.
 */
export function YearSwitch({ years, current, href, label, visibleLabel = false }: { years: number[]; current: number; href: (year: number) => string; label: string; visibleLabel?: boolean }) {
  if (years.length < 2) return null;
  return (
    <nav aria-label={label} className="year-switch">
      <ul>
        {visibleLabel ? <li>{label}:</li> : null}
        {years.map((y) => (
          <li key={y}>
            <Link href={href(y)} aria-current={y === current ? 'page' : undefined}>
              {y}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
