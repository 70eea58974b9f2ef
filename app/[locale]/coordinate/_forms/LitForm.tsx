'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FileField, FormMessage, SubmitButton } from '@/components/forms';
import { initialActionState, type ActionState } from '@/lib/action-state';
import { confirmLitAction } from '../actions';
import { ACCEPTED_PHOTOS, submitKeepingInput } from './submit';

/** "Lights are on", with an optional photo of the night. */
export function LitForm({ illuminationId, hint }: { illuminationId: number; hint: string }) {
  const t = useTranslations('Coordinate');
  const f = useTranslations('RegistrationForm');
  const [state, action] = useActionState<ActionState, FormData>(confirmLitAction, initialActionState);
  return (
    <form action={action} onSubmit={submitKeepingInput(action)} className="card lit-form">
      <h2>{t('litHeading')}</h2>
      <p className="field__hint">{hint}</p>
      <FormMessage state={state} />
      <input type="hidden" name="illuminationId" value={illuminationId} />
      <FileField name="litPhoto" label={t('litPhoto')} hint={f('photoHint')} accept={ACCEPTED_PHOTOS} errors={state.fieldErrors.litPhoto} />
      <SubmitButton>{t('litButton')}</SubmitButton>
    </form>
  );
}
