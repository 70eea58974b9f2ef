'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { cityName } from '@/lib/localized';
import { countLights, groupByCity, type PublicLight } from '@/lib/light-view';
import { LightTimes } from './LightTimes';

/** The accessible alternative to the map: every building, grouped by city. */
export function LightsList({
  lights,
  selectedId,
  onShowOnMap,
}: {
  lights: PublicLight[];
  selectedId: number | null;
  onShowOnMap: (id: number) => void;
}) {
  const t = useTranslations('Home');
  const kinds = useTranslations('Kinds');
  const locale = useLocale();
  const counts = countLights(lights);
  const groups = groupByCity(lights);
  return (
    <section className="lights-list" aria-labelledby="lights-list-heading">
      <h2 id="lights-list-heading">{t('listHeading')}</h2>
      <p className="lights-list__counts" data-testid="counts">
        {t('counts', { buildings: counts.buildings, cities: counts.cities })}
      </p>
      {groups.map((group) => {
        const name = cityName(group.city, locale);
        return (
          <section key={group.city.id} className="city-group" aria-labelledby={`city-${group.city.id}`}>
            <h3 id={`city-${group.city.id}`}>
              {name} <span className="city-group__count">({t('cityCount', { count: group.lights.length })})</span>
            </h3>
            <ul>
              {group.lights.map((light) => (
                <li key={light.id} className={light.id === selectedId ? 'light-item is-selected' : 'light-item'}>
                  <Link href={`/buildings/${light.id}`} className="light-item__name">
                    {light.name}
                  </Link>
                  <span className="light-item__kind">{kinds(light.kind)}</span>
                  <LightTimes light={light} />
                  <button
                    type="button"
                    className="button-link"
                    aria-label={t('showOnMapLabel', { name: light.name })}
                    onClick={() => onShowOnMap(light.id)}
                  >
                    {t('showOnMap')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
