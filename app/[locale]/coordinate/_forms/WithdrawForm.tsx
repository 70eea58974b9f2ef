'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/components/forms';
import { initialActionState } from '@/lib/action-state';
import { withdrawRegistrationAction, type RegistrationState } from '../actions';
import { useNextPage } from './submit';

export function WithdrawForm({ illuminationId, name }: { illuminationId: number; name: string }) {
  const t = useTranslations('Coordinate');
  const [state, action] = useActionState<RegistrationState, FormData>(withdrawRegistrationAction, initialActionState);
  useNextPage(state);
  return (
    <form action={action} className="card">
      <h2>{t('withdrawHeading')}</h2>
      <p>{t('withdrawExplain')}</p>
      <FormMessage state={state} />
      <input type="hidden" name="illuminationId" value={illuminationId} />
      <SubmitButton className="button danger">{t('withdrawButton', { name })}</SubmitButton>
    </form>
  );
}
