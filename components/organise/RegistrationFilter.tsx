import { getTranslations } from 'next-intl/server';
import { SelectField } from '@/components/forms/Field';
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
export async function RegistrationFilter({
  filter,
  options,
  extra,
  withStatus = true,
}: {
  filter: ExportFilter;
  options: FilterOptions;
  extra?: React.ReactNode;
  /** False where the status is fixed (the press list lists approved buildings only). */
  withStatus?: boolean;
}) {
  const t = await getTranslations('Exports');
  const kinds = await getTranslations('Kinds');
  const statuses = await getTranslations('Exports.statuses');
  const any = { value: '', label: t('any') };
  return (
    <form method="get" className="filter-form" aria-label={t('filterLabel')}>
      <SelectField name="year" id="filter-year" label={t('year')} defaultValue={filter.year ? String(filter.year) : ''} options={[any, ...options.years.map((y) => ({ value: y, label: y }))]} />
      {withStatus ? (
        <SelectField name="status" id="filter-status" label={t('status')} defaultValue={filter.status ?? ''} options={[any, ...ILLUMINATION_STATUSES.map((s) => ({ value: s, label: statuses(s) }))]} />
      ) : null}
      <SelectField name="province" id="filter-province" label={t('province')} defaultValue={filter.province ?? ''} options={[any, ...options.provinces]} />
      <SelectField name="city" id="filter-city" label={t('city')} defaultValue={filter.city ? String(filter.city) : ''} options={[any, ...options.cities.map((c) => ({ value: c.id, label: c.name }))]} />
      <SelectField name="kind" id="filter-kind" label={t('kind')} defaultValue={filter.kind ?? ''} options={[any, ...BUILDING_KINDS.map((k) => ({ value: k, label: kinds(k) }))]} />
      {extra}
      <button type="submit" className="button">
        {t('apply')}
      </button>
    </form>
  );
}
