'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FileField, FormMessage, SubmitButton } from '@/components/forms';
import { initialActionState, type ActionState } from '@/lib/action-state';
import { confirmLitAction } from '../actions';
import { PhotoRightsFields, type PhotoRightsValues } from './PhotoRightsFields';
import { ACCEPTED_PHOTOS, submitKeepingInput } from './submit';

/** "Lights are on", with an optional photo of the night. */
export function LitForm({ illuminationId, hint, photoRights }: { illuminationId: number; hint: string; /** Of the night photo already sent, if any. */ photoRights?: PhotoRightsValues }) {
  const t = useTranslations('Coordinate');
  const f = useTranslations('RegistrationForm');
  const r = useTranslations('PhotoRights');
  const [state, action] = useActionState<ActionState, FormData>(confirmLitAction, initialActionState);
  return (
    <form action={action} onSubmit={submitKeepingInput(action)} className="card lit-form">
      <h2>{t('litHeading')}</h2>
      <p className="field__hint">{hint}</p>
      <FormMessage state={state} />
      <input type="hidden" name="illuminationId" value={illuminationId} />
      <FileField name="litPhoto" label={t('litPhoto')} hint={f('photoHint')} accept={ACCEPTED_PHOTOS} errors={state.fieldErrors.litPhoto} />
      <PhotoRightsFields
        prefix="litPhoto"
        state={state}
        initial={photoRights ?? { credit: '', publish: false }}
        legend={r('nightLegend')}
        publishLabel={r('publishNight')}
        publishHint={r('publishNightHint')}
      />
      <SubmitButton>{t('litButton')}</SubmitButton>
    </form>
  );
}
