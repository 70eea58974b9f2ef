'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { Field, FieldErrors } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';
import { initialActionState } from '@/lib/action-state';
import { LOCALE_NAMES, LOCALES } from '@/lib/constants';
import { inviteUserAction, setUserActiveAction, setUserCitiesAction } from './actions';

type CityOption = { id: number; name: string };

function CityChoices({ cities, selected, errors, legend }: { cities: CityOption[]; selected: number[]; errors?: string[]; legend: string }) {
  const errorId = useId();
  return (
    <fieldset className={errors?.length ? 'field has-error city-choices' : 'field city-choices'} aria-describedby={errors?.length ? errorId : undefined}>
      <legend className="fieldset-legend">{legend}</legend>
      <div className="city-choices__grid">
        {cities.map((c) => (
          <label key={c.id}>
            <input type="checkbox" name="cityIds" value={c.id} defaultChecked={selected.includes(c.id)} /> {c.name}
          </label>
        ))}
      </div>
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}

export function InviteForm({ cities }: { cities: CityOption[] }) {
  const t = useTranslations('Coordinators');
  const roles = useTranslations('Roles');
  const pageLocale = useLocale();
  const [state, action] = useActionState(inviteUserAction, initialActionState);
  const values = state.ok ? {} : (state.values ?? {});
  const selected = values.cityIds ? values.cityIds.split(',').map(Number) : [];
  return (
    <form action={action} noValidate className="card" key={state.ok ? state.message : 'invite'}>
      <FormMessage state={state} />
      <Field name="name" label={t('name')} autoComplete="off" defaultValue={values.name} errors={state.fieldErrors.name} required />
      <Field name="email" type="email" label={t('email')} autoComplete="off" defaultValue={values.email} errors={state.fieldErrors.email} required />
      <div className={state.fieldErrors.role ? 'field has-error' : 'field'}>
        <label htmlFor="invite-role">{t('role')}</label>
        <select id="invite-role" name="role" defaultValue={values.role ?? 'coordinator'}>
          <option value="coordinator">{roles('coordinator')}</option>
          <option value="organiser">{roles('organiser')}</option>
        </select>
        <FieldErrors errors={state.fieldErrors.role} />
      </div>
      <div className={state.fieldErrors.locale ? 'field has-error' : 'field'}>
        <label htmlFor="invite-locale">{t('locale')}</label>
        <p className="field__hint" id="invite-locale-hint">
          {t('localeHint')}
        </p>
        <select id="invite-locale" name="locale" defaultValue={values.locale ?? pageLocale} aria-describedby="invite-locale-hint">
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
        <FieldErrors errors={state.fieldErrors.locale} />
      </div>
      <CityChoices cities={cities} selected={selected} errors={state.fieldErrors.cityIds} legend={t('citiesLegend')} />
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
        <CityChoices cities={cities} selected={selected} errors={state.fieldErrors.cityIds} legend={t('citiesOf', { name: userLabel })} />
        <SubmitButton className="button secondary">{t('saveCities')}</SubmitButton>
      </form>
    </details>
  );
}

export function UserActiveForm({ userId, userLabel, active }: { userId: string; userLabel: string; active: boolean }) {
  const t = useTranslations('Coordinators');
  const [state, action] = useActionState(setUserActiveAction, initialActionState);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      <SubmitButton className={active ? 'button danger' : 'button secondary'}>
        {active ? t('deactivate', { name: userLabel }) : t('reactivate', { name: userLabel })}
      </SubmitButton>
    </form>
  );
}
