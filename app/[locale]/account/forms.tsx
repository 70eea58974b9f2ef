'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { bindFields, FormMessage, SelectField, SubmitButton } from '@/components/forms';
import { initialActionState } from '@/lib/action-state';
import { LOCALE_NAMES, LOCALES, type Locale } from '@/lib/constants';
import { setOwnLocaleAction } from './actions';

/** The language every mail to this person is written in. */
export function LocaleForm({ current }: { current: Locale }) {
  const t = useTranslations('Account');
  const [state, action] = useActionState(setOwnLocaleAction, initialActionState);
  const field = bindFields(state, { locale: current });
  return (
    <form action={action} noValidate className="card">
      <FormMessage state={state} />
      <SelectField
        {...field('locale')}
        id="account-locale"
        label={t('locale')}
        hint={t('localeHint')}
        options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }))}
      />
      <SubmitButton>{t('saveLocale')}</SubmitButton>
    </form>
  );
}
