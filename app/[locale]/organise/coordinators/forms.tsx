'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { bindFields, CheckboxGroupField, Field, FormMessage, SelectField, SubmitButton } from '@/components/forms';
import { initialActionState } from '@/lib/action-state';
import { LOCALE_NAMES, LOCALES } from '@/lib/constants';
import { NextStep } from '../_lib/NextStep';
import { inviteUserAction, setUserActiveAction, setUserCitiesAction } from './actions';

type CityOption = { id: number; name: string };

function CityChoices({ id, cities, selected, errors, legend }: { id: string; cities: CityOption[]; selected: number[]; errors?: string[]; legend: string }) {
  return (
    <CheckboxGroupField
      name="cityIds"
      id={id}
      legend={legend}
      className="city-choices"
      listClassName="city-choices__grid"
      options={cities.map((c) => ({ value: c.id, label: c.name }))}
      defaultChecked={selected}
      errors={errors}
    />
  );
}

/** `prefill`: from an accepted request to take part (`?request=ID`). */
export function InviteForm({ cities, prefill }: { cities: CityOption[]; prefill?: { name: string; email: string; locale: string; cityIds: number[] } }) {
  const t = useTranslations('Coordinators');
  const roles = useTranslations('Roles');
  const pageLocale = useLocale();
  const [state, action] = useActionState(inviteUserAction, initialActionState);
  const field = bindFields(state, { role: 'coordinator', locale: prefill?.locale ?? pageLocale, name: prefill?.name, email: prefill?.email, cityIds: prefill?.cityIds.join(',') });
  const kept = field('cityIds').defaultValue;
  const selected = kept ? kept.split(',').map(Number) : [];
  return (
    <form action={action} noValidate className="card" key={state.ok ? state.message : 'invite'}>
      <FormMessage state={state} />
      <NextStep state={state} />
      <Field {...field('name')} label={t('name')} autoComplete="off" required />
      <Field {...field('email')} type="email" label={t('email')} autoComplete="off" required />
      <SelectField {...field('role')} id="invite-role" label={t('role')} options={(['coordinator', 'organiser'] as const).map((r) => ({ value: r, label: roles(r) }))} />
      <SelectField
        {...field('locale')}
        id="invite-locale"
        label={t('locale')}
        hint={t('localeHint')}
        options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }))}
      />
      <CityChoices id="invite-cities" cities={cities} selected={selected} errors={state.fieldErrors.cityIds} legend={t('citiesLegend')} />
      <SubmitButton>{t('invite')}</SubmitButton>
    </form>
  );
}

export function UserCitiesForm({ userId, userLabel, cities, selected }: { userId: string; userLabel: string; cities: CityOption[]; selected: number[] }) {
  const t = useTranslations('Coordinators');
  const [state, action] = useActionState(setUserCitiesAction, initialActionState);
  return (
    <details>
      <summary>{t('changeCities', { name: userLabel })}</summary>
      <form action={action} noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="userId" value={userId} />
        <CityChoices id={`cities-${userId}`} cities={cities} selected={selected} errors={state.fieldErrors.cityIds} legend={t('citiesOf', { name: userLabel })} />
        <SubmitButton className="button secondary">{t('saveCities')}</SubmitButton>
      </form>
    </details>
  );
}

/**
 * Reactivating is one button; deactivating signs the person out at once, so it
 * is asked first: a disclosure per row ("Deactivate…") holding the question and
 * its confirmation. Works without JavaScript (the disclosure is HTML).
 */
export function UserActiveForm({ userId, userLabel, active }: { userId: string; userLabel: string; active: boolean }) {
  const t = useTranslations('Coordinators');
  const [state, action] = useActionState(setUserActiveAction, initialActionState);
  const form = (
    <form action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      {active ? <p id={`deactivate-question-${userId}`}>{t('deactivateQuestion', { name: userLabel })}</p> : null}
      <SubmitButton className={active ? 'button danger' : 'button secondary'}>{active ? t('deactivateConfirm', { name: userLabel }) : t('reactivate', { name: userLabel })}</SubmitButton>
    </form>
  );
  if (!active) return form;
  return (
    <details className="deactivate" open={Boolean(state.message) && !state.ok}>
      <summary>
        {t('deactivateOpen')}
        <span className="visually-hidden"> {userLabel}</span>
      </summary>
      {form}
    </details>
  );
}
