'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';
import { initialActionState } from '@/lib/action-state';
import { retryMailAction } from './actions';

/** One mail's "send again" button, named after its recipient for screen readers. */
export function RetryForm({ id, to, failed }: { id: number; to: string; failed: boolean }) {
  const t = useTranslations('Outbox');
  const [state, action] = useActionState(retryMailAction, initialActionState);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton className={failed ? 'button' : 'button secondary'}>
        {failed ? t('retry') : t('sendNow')}
        <span className="visually-hidden"> {t('toRecipient', { to })}</span>
      </SubmitButton>
    </form>
  );
}
