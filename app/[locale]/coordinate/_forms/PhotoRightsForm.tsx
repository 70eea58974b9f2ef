'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/components/forms';
import { initialActionState, type ActionState } from '@/lib/action-state';
import { savePhotoRightsAction } from '../actions';
import { PhotoRightsFields, type PhotoRightsValues } from './PhotoRightsFields';
import { submitKeepingInput } from './submit';

type Photo = { url: string; alt: string; rights: PhotoRightsValues };

/**
 * The credits and consent of a registration's photos where no other form on
 * the page asks for them: after the deadline (the registration form is
 * closed) and outside the night (no "lights are on" form).
 */
export function PhotoRightsForm({ illuminationId, registration, night }: { illuminationId: number; registration?: Photo; night?: Photo }) {
  const r = useTranslations('PhotoRights');
  const [state, action] = useActionState<ActionState, FormData>(savePhotoRightsAction, initialActionState);
  return (
    <form action={action} onSubmit={submitKeepingInput(action)} noValidate className="card photo-rights-form" aria-labelledby="photo-rights-heading">
      <h2 id="photo-rights-heading">{r('heading')}</h2>
      <p className="field__hint">{r('intro')}</p>
      <FormMessage state={state} />
      <input type="hidden" name="illuminationId" value={illuminationId} />
      {registration ? (
        <div className="photo-rights__photo">
          {/* eslint-disable-next-line @next/next/no-img-element -- our own route serves it, already resized */}
          <img src={registration.url} alt={registration.alt} width={200} />
          <PhotoRightsFields
            prefix="photo"
            state={state}
            initial={registration.rights}
            legend={r('registrationLegend')}
            publishLabel={r('publishRegistration')}
            publishHint={r('publishRegistrationHint')}
          />
        </div>
      ) : null}
      {night ? (
        <div className="photo-rights__photo">
          {/* eslint-disable-next-line @next/next/no-img-element -- our own route serves it, already resized */}
          <img src={night.url} alt={night.alt} width={200} />
          <PhotoRightsFields prefix="litPhoto" state={state} initial={night.rights} legend={r('nightLegend')} publishLabel={r('publishNight')} publishHint={r('publishNightHint')} />
        </div>
      ) : null}
      <SubmitButton>{r('save')}</SubmitButton>
    </form>
  );
}
