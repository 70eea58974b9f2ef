'use client';

import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { groupByProvinceAndCity, type MapCity, type MapLight } from '@/lib/lights/view';
import { formattingLocale } from '@/lib/lights/day';

type Props = {
  /** One page of buildings, in order. */
  lights: MapLight[];
  cities: ReadonlyMap<number, MapCity>;
  /** By province and city; otherwise a flat list (nearest first). */
  grouped: boolean;
  distances: ReadonlyMap<number, number>;
  litIds: ReadonlySet<number>;
  selectedId: number | null;
  onShowOnMap: (id: number) => void;
  timesOf: (light: MapLight) => string;
  hrefOf: (light: MapLight) => string;
  linkTarget?: '_blank';
};

/** A province's name in the page's language where we have it ("West-Vlaanderen"), else as stored. */
function useProvinceName() {
  const t = useTranslations('Provinces');
  const f = useTranslations('Finder');
  return (province: string) => {
    if (!province) return f('otherPlaces');
    const key = province.normalize('NFD').replace(/[^A-Za-z]/g, '');
    return key && t.has(key) ? t(key) : province;
  };
}

/**
 * The accessible alternative to the map: every building the filters let
 * through, with all a popup shows (name, city, times, lit now, link).
 */
export function LightsList(props: Props) {
  const { lights, cities, grouped } = props;
  const provinceName = useProvinceName();
  if (!grouped) {
    return (
      <ol className="lights-flat">
        {lights.map((light) => (
          <LightItem key={light.id} light={light} showCity {...props} />
        ))}
      </ol>
    );
  }
  return (
    <>
      {groupByProvinceAndCity(lights, cities).map((group) => (
        // Plain groups under headings, not landmarks: a province and its city often share a name.
        <div key={group.province} className="province-group">
          <h3>{provinceName(group.province)}</h3>
          {group.cities.map(({ city, lights: cityLights }) => (
            <div key={city.id} className="city-group">
              <h4>{city.name}</h4>
              <ul>
                {cityLights.map((light) => (
                  <LightItem key={light.id} light={light} showCity={false} {...props} />
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </>
  );
}

function LightItem({
  light,
  showCity,
  cities,
  distances,
  litIds,
  selectedId,
  onShowOnMap,
  timesOf,
  hrefOf,
  linkTarget,
}: Props & { light: MapLight; showCity: boolean }) {
  const t = useTranslations('Home');
  const f = useTranslations('Finder');
  const kinds = useTranslations('Kinds');
  const locale = useLocale();
  const km = distances.get(light.id);
  const city = cities.get(light.cityId);
  const meta = [kinds(light.kind)];
  if (showCity && city) meta.push(city.name);
  if (km !== undefined) {
    const distance = new Intl.NumberFormat(formattingLocale(locale), { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
    meta.push(f('distance', { distance }));
  }
  return (
    <li className={light.id === selectedId ? 'light-item is-selected' : 'light-item'}>
      {linkTarget ? (
        <a href={hrefOf(light)} target={linkTarget} rel="noopener" className="light-item__name">
          {light.name}
        </a>
      ) : (
        <Link href={hrefOf(light)} className="light-item__name">
          {light.name}
        </Link>
      )}
      <span className="light-item__kind">{meta.join(' · ')}</span>
      <span className="light-times">{timesOf(light)}</span>
      {litIds.has(light.id) ? <span className="lit-badge">{f('litNow')}</span> : null}
      <button
        type="button"
        className="button-link"
        aria-label={t('showOnMapLabel', { name: light.name })}
        onClick={() => onShowOnMap(light.id)}
      >
        {t('showOnMap')}
      </button>
    </li>
  );
}
