'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { CheckboxField, FormMessage } from '@/components/forms';
import { initialActionState } from '@/lib/action-state';
import { withdrawEventAction, type EventState } from '../actions';
import { useNextPage } from './submit';

/** Withdrawing, once the person has ticked that they mean it. */
export function WithdrawEventForm({ eventId, version, title }: { eventId: number; version: number; title: string }) {
  const t = useTranslations('partnerSpace');
  const [state, action] = useActionState<EventState, FormData>(withdrawEventAction, initialActionState);
  const [sure, setSure] = useState(false);
  useNextPage(state);
  return (
    <form action={action} className="card">
      <h2>{t('withdraw.heading')}</h2>
      <p>{t('withdraw.explain')}</p>
      <FormMessage state={state} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="version" value={version} />
      <CheckboxField name="confirm" label={t('withdraw.confirm', { title })} checked={sure} onChange={(e) => setSure(e.target.checked)} errors={state.fieldErrors.confirm} />
      <button type="submit" className="button danger" disabled={!sure}>
        {t('withdraw.button')}
      </button>
    </form>
  );
}
