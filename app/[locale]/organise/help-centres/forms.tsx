'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { bindFields, Field, FieldGroup, FormMessage, SelectField, SubmitButton } from '@/components/forms';
import { initialActionState } from '@/lib/action-state';
import { saveHelpCentreAction } from './actions';

export type HelpCentreValues = { id?: number; name: string; cityId: string; address: string; phone: string; website: string; lat: string; lng: string };

export function HelpCentreForm({ initial, cities, legend }: { initial: HelpCentreValues; cities: { id: number; name: string }[]; legend: string }) {
  const t = useTranslations('HelpCentres');
  const [state, action] = useActionState(saveHelpCentreAction, initialActionState);
  const { name, cityId, address, phone, website, lat, lng } = initial;
  const field = bindFields(state, { name, cityId, address, phone, website, lat, lng });
  const prefix = initial.id ? `centre-${initial.id}` : 'new-centre';
  return (
    <form action={action} noValidate className="card" key={state.ok ? state.message : prefix} aria-label={legend}>
      <FormMessage state={state} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <Field {...field('name')} id={`${prefix}-name`} label={t('name')} required />
      <SelectField
        {...field('cityId')}
        id={`${prefix}-city`}
        label={t('city')}
        hint={t('cityHint')}
        required
        options={[{ value: '', label: t('chooseCity') }, ...cities.map((c) => ({ value: c.id, label: c.name }))]}
      />
      <Field {...field('address')} id={`${prefix}-address`} label={t('address')} autoComplete="off" />
      <Field {...field('phone')} id={`${prefix}-phone`} type="tel" label={t('phone')} hint={t('phoneHint')} />
      <Field {...field('website')} id={`${prefix}-website`} type="url" label={t('website')} hint={t('websiteHint')} />
      <FieldGroup name="position" id={`${prefix}-position`} legend={t('positionLegend')} hint={t('positionHint')}>
        <Field {...field('lat')} id={`${prefix}-lat`} label={t('lat')} inputMode="decimal" />
        <Field {...field('lng')} id={`${prefix}-lng`} label={t('lng')} inputMode="decimal" />
      </FieldGroup>
      <SubmitButton>{initial.id ? t('save') : t('add')}</SubmitButton>
    </form>
  );
}
