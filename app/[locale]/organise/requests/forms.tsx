'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { bindFields, Field, FormMessage, SelectField, SubmitButton, TextAreaField } from '@/components/forms';
import { initialActionState } from '@/lib/action-state';
import { REQUEST_LIMITS } from '@/lib/requests/limits';
import { acceptRequestAction, declineRequestAction } from './actions';

type Request = { id: number; name: string; organisation: string; country: string; languageName: string };

export function AcceptForm({ request, countries }: { request: Request; countries: { code: string; name: string }[] }) {
  const t = useTranslations('Requests');
  const [state, action] = useActionState(acceptRequestAction, initialActionState);
  const field = bindFields(state, { city: request.organisation, country: request.country });
  const prefix = `accept-${request.id}`;
  return (
    <form action={action} noValidate aria-label={t('acceptSummary', { name: request.name })}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={request.id} />
      <Field {...field('city')} id={`${prefix}-city`} label={t('city')} hint={t('cityHint')} maxLength={REQUEST_LIMITS.CITY_MAX} required />
      <SelectField {...field('country')} id={`${prefix}-country`} label={t('country')} options={countries.map((c) => ({ value: c.code, label: c.name }))} />
      <TextAreaField {...field('reply')} id={`${prefix}-reply`} label={t('replyOptional')} hint={t('replyHint', { language: request.languageName })} rows={3} maxLength={REQUEST_LIMITS.REPLY_MAX} />
      <SubmitButton>{t('accept')}</SubmitButton>
    </form>
  );
}

export function DeclineForm({ request }: { request: Request }) {
  const t = useTranslations('Requests');
  const [state, action] = useActionState(declineRequestAction, initialActionState);
  const field = bindFields(state);
  const prefix = `decline-${request.id}`;
  return (
    <form action={action} noValidate aria-label={t('declineSummary', { name: request.name })}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={request.id} />
      <TextAreaField {...field('reply')} id={`${prefix}-reply`} label={t('reply')} hint={t('replyHint', { language: request.languageName })} rows={4} maxLength={REQUEST_LIMITS.REPLY_MAX} required />
      <SubmitButton className="button danger">{t('decline')}</SubmitButton>
    </form>
  );
}
