'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Field, FileField, FormMessage, SubmitButton, TextAreaField, bindFields } from '@/components/forms';
import { initialActionState, type ActionState } from '@/lib/action-state';
import { LOCALES } from '@/lib/constants';
import { languageName } from '@/lib/localized';
import { descriptionField } from '@/lib/events/validation';
import { saveProfileAction } from '../actions';

/** The organisation's public profile: what the public reads about it, its website, a new logo. */
export function ProfileForm({ partnerId, initial, logoWaiting }: { partnerId: number; initial: Record<string, string>; logoWaiting: boolean }) {
  const t = useTranslations('partnerSpace');
  const locale = useLocale();
  const [state, action] = useActionState<ActionState, FormData>(saveProfileAction, initialActionState);
  const field = bindFields(state, initial);
  const others = LOCALES.map((l) => ({ l, ...field(descriptionField(l)) }));
  return (
    <form action={action} noValidate className="registration-form card">
      <FormMessage state={state} />
      <input type="hidden" name="partnerId" value={partnerId} />
      <Field {...field('website')} type="url" inputMode="url" label={t('profile.website')} hint={t('form.linkHint')} autoComplete="url" />
      <TextAreaField {...field('description')} label={t('profile.description')} hint={t('profile.descriptionHint')} rows={4} />
      <details className="other-names" open={others.some((o) => o.defaultValue || o.errors?.length)}>
        <summary>{t('profile.otherLanguages')}</summary>
        {others.map(({ l, ...bound }) => (
          <TextAreaField key={l} {...bound} lang={l} rows={3} label={t('form.descriptionIn', { language: languageName(l, locale) })} />
        ))}
      </details>
      <FileField name="logo" label={t('profile.logo')} hint={t('profile.logoHint')} accept="image/jpeg,image/png,image/webp" errors={state.fieldErrors.logo} />
      {logoWaiting ? <p className="field__hint">{t('profile.logoWaiting')}</p> : null}
      <SubmitButton pendingLabel={t('form.saving')}>{t('profile.save')}</SubmitButton>
    </form>
  );
}
