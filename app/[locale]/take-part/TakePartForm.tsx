'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { bindFields, Field, FormMessage, SelectField, SubmitButton, TextAreaField } from '@/components/forms';
import { initialActionState } from '@/lib/action-state';
import { REQUEST_LIMITS } from '@/lib/requests/limits';
import { sendRequestAction } from './actions';

/**
 * The public request to take part. `startedAt` is the server's signed
 * timestamp of when the form was handed out; `website` is a field people do
 * not see (hidden by the stylesheet), which programs fill.
 */
export function TakePartForm({ startedAt, countries, defaultCountry }: { startedAt: string; countries: { code: string; name: string }[]; defaultCountry: string }) {
  const t = useTranslations('TakePart');
  const [state, action] = useActionState(sendRequestAction, initialActionState);
  if (state.ok) {
    return (
      <div className="card take-part__thanks" role="status">
        <h2>{t('thanksHeading')}</h2>
        <p>{state.message}</p>
      </div>
    );
  }
  const field = bindFields(state, { country: defaultCountry });
  return (
    <form action={action} noValidate className="card">
      <FormMessage state={state} />
      <input type="hidden" name="startedAt" value={state.values?.startedAt ?? startedAt} />
      <Field {...field('name')} label={t('name')} autoComplete="name" maxLength={REQUEST_LIMITS.NAME_MAX} required />
      <Field {...field('role')} label={t('role')} hint={t('roleHint')} autoComplete="organization-title" maxLength={REQUEST_LIMITS.ROLE_MAX} required />
      <Field {...field('organisation')} label={t('organisation')} hint={t('organisationHint')} autoComplete="organization" maxLength={REQUEST_LIMITS.ORGANISATION_MAX} required />
      <Field {...field('email')} type="email" label={t('email')} hint={t('emailHint')} autoComplete="email" required />
      <SelectField {...field('country')} label={t('country')} autoComplete="country" options={countries.map((c) => ({ value: c.code, label: c.name }))} />
      <TextAreaField {...field('message')} label={t('message')} hint={t('messageHint', { max: REQUEST_LIMITS.MESSAGE_MAX })} rows={5} maxLength={REQUEST_LIMITS.MESSAGE_MAX} />
      <div className="take-part__trap">
        <label>
          {t('trap')} <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <SubmitButton pendingLabel={t('sending')}>{t('send')}</SubmitButton>
    </form>
  );
}
