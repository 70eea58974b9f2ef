'use client';

import { useTranslations } from 'next-intl';
import { CheckboxField, Field, FieldGroup } from '@/components/forms';
import type { ActionState } from '@/lib/action-state';
import { PHOTO_LIMITS, type PhotoFieldPrefix } from '@/lib/validation/photos';

export type PhotoRightsValues = { credit: string; publish: boolean };

/**
 * A photo's credit line and whether it may be published, inside a form that
 * sends it (the registration, "lights are on", the photos form). The hidden
 * field tells the action that the form asks: an unticked box sends nothing.
 */
export function PhotoRightsFields({
  prefix,
  state,
  initial,
  legend,
  publishLabel,
  publishHint,
  idSuffix = '',
}: {
  prefix: PhotoFieldPrefix;
  /** Added to the fields' ids where the page holds the form more than once. */
  idSuffix?: string;
  state: ActionState;
  initial: PhotoRightsValues;
  legend: string;
  publishLabel: string;
  publishHint?: string;
}) {
  const t = useTranslations('PhotoRights');
  const kept = state.ok ? undefined : state.values;
  const credit = kept?.[`${prefix}Credit`] ?? initial.credit;
  const publish = kept && `${prefix}Rights` in kept ? `${prefix}Publish` in kept : initial.publish;
  return (
    <FieldGroup name={`${prefix}RightsGroup`} id={idSuffix ? `field-${prefix}RightsGroup${idSuffix}` : undefined} legend={legend} className="photo-rights">
      <input type="hidden" name={`${prefix}Rights`} value="1" />
      <Field
        name={`${prefix}Credit`}
        id={idSuffix ? `field-${prefix}Credit${idSuffix}` : undefined}
        label={t('credit')}
        hint={t('creditHint')}
        defaultValue={credit}
        errors={state.fieldErrors[`${prefix}Credit`]}
        maxLength={PHOTO_LIMITS.CREDIT_MAX + 50}
        autoComplete="off"
      />
      <CheckboxField
        name={`${prefix}Publish`}
        id={idSuffix ? `field-${prefix}Publish${idSuffix}` : undefined}
        label={publishLabel}
        hint={publishHint}
        defaultChecked={publish}
        errors={state.fieldErrors[`${prefix}Publish`]}
      />
    </FieldGroup>
  );
}
