import { getTranslations } from 'next-intl/server';
import { BUILDING_KINDS, ILLUMINATION_STATUSES } from '@/lib/constants';
import type { ExportFilter } from '@/lib/validation/exports';

export type FilterOptions = {
  years: number[];
  cities: { id: number; name: string }[];
  provinces: { value: string; label: string }[];
};

/**
 * The registrations filter as a plain GET form: the URL is the filter, so a
 * page, its exports and its press list share it, and it works without script.
 */
export async function RegistrationFilter({ filter, options, extra }: { filter: ExportFilter; options: FilterOptions; extra?: React.ReactNode }) {
  const t = await getTranslations('Exports');
  const kinds = await getTranslations('Kinds');
  const statuses = await getTranslations('Exports.statuses');
  return (
    <form method="get" className="filter-form" aria-label={t('filterLabel')}>
      <div className="field">
        <label htmlFor="filter-year">{t('year')}</label>
        <select id="filter-year" name="year" defaultValue={filter.year ? String(filter.year) : ''}>
          <option value="">{t('any')}</option>
          {options.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-status">{t('status')}</label>
        <select id="filter-status" name="status" defaultValue={filter.status ?? ''}>
          <option value="">{t('any')}</option>
          {ILLUMINATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statuses(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-province">{t('province')}</label>
        <select id="filter-province" name="province" defaultValue={filter.province ?? ''}>
          <option value="">{t('any')}</option>
          {options.provinces.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-city">{t('city')}</label>
        <select id="filter-city" name="city" defaultValue={filter.city ? String(filter.city) : ''}>
          <option value="">{t('any')}</option>
          {options.cities.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-kind">{t('kind')}</label>
        <select id="filter-kind" name="kind" defaultValue={filter.kind ?? ''}>
          <option value="">{t('any')}</option>
          {BUILDING_KINDS.map((k) => (
            <option key={k} value={k}>
              {kinds(k)}
            </option>
          ))}
        </select>
      </div>
      {extra}
      <button type="submit" className="button">
        {t('apply')}
      </button>
    </form>
  );
}
