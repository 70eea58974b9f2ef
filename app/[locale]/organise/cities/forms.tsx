'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';
import { initialActionState } from '@/lib/action-state';
import { saveCityAction } from './actions';

export type CityValues = {
  id?: number;
  name: string;
  names: { en?: string; fr?: string; nl?: string; de?: string };
  country: string;
  province: string;
  lat: string;
  lng: string;
  timeZone: string;
};

const LANGS = ['en', 'fr', 'nl', 'de'] as const;

export function CityForm({ initial, provinces, legend }: { initial: CityValues; provinces: string[]; legend?: string }) {
  const t = useTranslations('Cities');
  const [state, action] = useActionState(saveCityAction, initialActionState);
  const values = state.ok ? {} : (state.values ?? {});
  const v = (name: string, fallback: string) => values[name] ?? fallback;
  const prefix = initial.id ? `city-${initial.id}` : 'new-city';
  const errors = state.fieldErrors;
  return (
    <form action={action} noValidate className="card" key={state.ok ? state.message : prefix} aria-label={legend}>
      <FormMessage state={state} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <Field id={`${prefix}-name`} name="name" label={t('name')} hint={t('nameHint')} defaultValue={v('name', initial.name)} errors={errors.name} required />
      <fieldset className="field">
        <legend className="fieldset-legend">{t('namesLegend')}</legend>
        {LANGS.map((l) => (
          <Field key={l} id={`${prefix}-name-${l}`} name={`name_${l}`} label={t(`nameIn.${l}`)} lang={l} defaultValue={v(`name_${l}`, initial.names[l] ?? '')} errors={errors[`name_${l}`]} />
        ))}
      </fieldset>
      <Field id={`${prefix}-country`} name="country" label={t('country')} hint={t('countryHint')} maxLength={2} defaultValue={v('country', initial.country)} errors={errors.country} required />
      <Field id={`${prefix}-province`} name="province" label={t('province')} list="known-provinces" defaultValue={v('province', initial.province)} errors={errors.province} />
      <datalist id="known-provinces">
        {provinces.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <Field id={`${prefix}-lat`} name="lat" label={t('lat')} inputMode="decimal" defaultValue={v('lat', initial.lat)} errors={errors.lat} required />
      <Field id={`${prefix}-lng`} name="lng" label={t('lng')} inputMode="decimal" defaultValue={v('lng', initial.lng)} errors={errors.lng} required />
      <Field id={`${prefix}-tz`} name="timeZone" label={t('timeZone')} hint={t('timeZoneHint')} defaultValue={v('timeZone', initial.timeZone)} errors={errors.timeZone} />
      <SubmitButton>{initial.id ? t('save') : t('add')}</SubmitButton>
    </form>
  );
}
