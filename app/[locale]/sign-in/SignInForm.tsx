'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';
import { initialActionState } from '@/lib/action-state';
import { requestSignInLink } from './actions';

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations('SignIn');
  const [state, action] = useActionState(requestSignInLink, initialActionState);
  return (
    <form action={action} noValidate className="card">
      <FormMessage state={state} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Field
        name="email"
        type="email"
        label={t('email')}
        hint={t('emailHint')}
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors.email}
      />
      <SubmitButton pendingLabel={t('sending')}>{t('submit')}</SubmitButton>
    </form>
  );
}
