'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { FormMessage, SubmitButton } from '@/components/forms';
import { initialActionState, type ActionState } from '@/lib/action-state';
import { confirmLitAction } from '../actions';
import { PhotoPicker } from './PhotoPicker';
import { PhotoRightsFields, type PhotoRightsValues } from './PhotoRightsFields';
import { justSent } from './just-sent';
import { submitKeepingInput } from './submit';

type Props = {
  illuminationId: number;
  /** Of the night photo already sent, if any. */
  photoRights?: PhotoRightsValues;
} & (
  | { /** The registration's own page: the form under its heading. */ variant?: 'page'; hint: string }
  | {
      /**
       * A card of tonight in the workspace: the one big button, the photo
       * before it; the photo's credit and consent once a photo is chosen.
       * `addPhoto`: the lights are confirmed already, only a photo is sent.
       */
      variant: 'card';
      building: string;
      addPhoto?: boolean;
    }
);

/** "Lights are on", with an optional photo of the night. */
export function LitForm(props: Props) {
  const { illuminationId, photoRights } = props;
  const t = useTranslations('Coordinate');
  const f = useTranslations('RegistrationForm');
  const r = useTranslations('PhotoRights');
  const [state, action] = useActionState<ActionState, FormData>(confirmLitAction, initialActionState);
  const [chosen, setChosen] = useState(false);
  const card = props.variant === 'card';
  const button = useRef<HTMLDivElement>(null);
  const submit = submitKeepingInput(action);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (card) justSent.add(illuminationId);
    submit(event);
  };
  // Back from choosing a photo (on a phone, the camera): the button is the next step, in view.
  const [picks, setPicks] = useState(0);
  const onChosen = (has: boolean) => {
    setChosen(has);
    if (has) setPicks((n) => n + 1);
  };
  useEffect(() => {
    if (card && picks > 0) button.current?.scrollIntoView({ block: 'nearest' });
  }, [card, picks]);
  // Sent: the photo field starts afresh (no file name left chosen, no preview of what is already sent).
  const [round, setRound] = useState(0);
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.ok && state.message) {
      setRound(round + 1);
      setChosen(false);
    }
  }
  // Several cards on one page: each form's fields get ids of their own.
  const suffix = card ? `-${illuminationId}` : '';
  const rights = (
    <PhotoRightsFields
      prefix="litPhoto"
      idSuffix={suffix}
      state={state}
      initial={photoRights ?? { credit: '', publish: false }}
      legend={r('nightLegend')}
      publishLabel={r('publishNight')}
      publishHint={r('publishNightHint')}
    />
  );
  return (
    <form action={action} onSubmit={onSubmit} className={card ? 'lit-form lit-form--card' : 'card lit-form'}>
      {card ? null : <h2>{t('litHeading')}</h2>}
      {card ? null : <p className="field__hint">{props.hint}</p>}
      <FormMessage state={state} />
      <input type="hidden" name="illuminationId" value={illuminationId} />
      <PhotoPicker
        key={round}
        name="litPhoto"
        id={`field-litPhoto${suffix}`}
        label={t('litPhoto')}
        hint={f('photoHint')}
        errors={state.fieldErrors.litPhoto}
        previewAlt={t('photoPreviewAlt')}
        onChosen={onChosen}
      />
      {/* On a card the credit and consent matter once there is a photo (or after an error about them). */}
      {!card || chosen || Object.keys(state.fieldErrors).some((k) => k.startsWith('litPhoto')) ? rights : null}
      {card ? (
        <div ref={button}>
          <SubmitButton className="button lit-form__button" pendingLabel={t('litSending')}>
            {props.addPhoto ? t('tonightSendPhoto') : t('litButton')}
            <span className="visually-hidden">{t('tonightButtonFor', { name: props.building })}</span>
          </SubmitButton>
        </div>
      ) : (
        <SubmitButton>{t('litButton')}</SubmitButton>
      )}
    </form>
  );
}
