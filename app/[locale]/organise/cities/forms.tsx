'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { bindFields, CheckboxGroupField, Field, FieldGroup, FormMessage, SubmitButton } from '@/components/forms';
import { LOCALES, type Locale } from '@/lib/languages';
import { initialActionState } from '@/lib/action-state';
import { NextStep } from '../_lib/NextStep';
import { saveCityAction } from './actions';

export type CityValues = {
  id?: number;
  name: string;
  names: Partial<Record<Locale, string>>;
  country: string;
  province: string;
  lat: string;
  lng: string;
  timeZone: string;
  /** The posters' languages as chosen; empty: the default for the place. */
  posterLocales: Locale[];
};

export function CityForm({ initial, provinces, legend, posterDefault }: { initial: CityValues; provinces: string[]; legend?: string; /** The default languages' names, for the hint. */ posterDefault?: string }) {
  const t = useTranslations('Cities');
  const [state, action] = useActionState(saveCityAction, initialActionState);
  const { name, country, province, lat, lng, timeZone } = initial;
  const field = bindFields(state, { name, country, province, lat, lng, timeZone, ...Object.fromEntries(LOCALES.map((l) => [`name_${l}`, initial.names[l]])) });
  const prefix = initial.id ? `city-${initial.id}` : 'new-city';
  return (
    <form action={action} noValidate className="card" key={state.ok ? state.message : prefix} aria-label={legend}>
      <FormMessage state={state} />
      <NextStep state={state} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <Field {...field('name')} id={`${prefix}-name`} label={t('name')} hint={t('nameHint')} required />
      <FieldGroup name="names" id={`${prefix}-names`} legend={t('namesLegend')}>
        {LOCALES.map((l) => (
          <Field key={l} {...field(`name_${l}`)} id={`${prefix}-name-${l}`} label={t(`nameIn.${l}`)} lang={l} />
        ))}
      </FieldGroup>
      <Field {...field('country')} id={`${prefix}-country`} label={t('country')} hint={t('countryHint')} maxLength={2} required />
      <Field {...field('province')} id={`${prefix}-province`} label={t('province')} list="known-provinces" />
      <datalist id="known-provinces">
        {provinces.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <Field {...field('lat')} id={`${prefix}-lat`} label={t('lat')} inputMode="decimal" required />
      <Field {...field('lng')} id={`${prefix}-lng`} label={t('lng')} inputMode="decimal" required />
      <Field {...field('timeZone')} id={`${prefix}-tz`} label={t('timeZone')} hint={t('timeZoneHint')} />
      <CheckboxGroupField
        name="posterLocales"
        id={`${prefix}-poster-locales`}
        legend={t('posterLanguages')}
        hint={posterDefault ? t('posterLanguagesHintDefault', { languages: posterDefault }) : t('posterLanguagesHint')}
        options={LOCALES.map((l) => ({ value: l, label: t(`posterLanguage.${l}`) }))}
        defaultChecked={state.ok || !state.values ? initial.posterLocales : (state.values.posterLocales ?? '').split(',').filter(Boolean)}
        errors={state.fieldErrors.posterLocales}
      />
      <SubmitButton>{initial.id ? t('save') : t('add')}</SubmitButton>
    </form>
  );
}
