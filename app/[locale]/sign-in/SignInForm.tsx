'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { bindFields, Field, FormMessage, SubmitButton } from '@/components/forms';
import { initialActionState } from '@/lib/action-state';
import { requestSignInLink } from './actions';

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations('SignIn');
  const [state, action] = useActionState(requestSignInLink, initialActionState);
  return (
    <form action={action} noValidate className="card">
      <FormMessage state={state} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Field {...bindFields(state)('email')} type="email" label={t('email')} hint={t('emailHint')} autoComplete="email" required />
      <SubmitButton pendingLabel={t('sending')}>{t('submit')}</SubmitButton>
    </form>
  );
}
