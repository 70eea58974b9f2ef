'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FieldErrors } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';
import { initialActionState } from '@/lib/action-state';
import { LOCALE_NAMES, LOCALES, type Locale } from '@/lib/constants';
import { setOwnLocaleAction } from './actions';

/** The language every mail to this person is written in. */
export function LocaleForm({ current }: { current: Locale }) {
  const t = useTranslations('Account');
  const [state, action] = useActionState(setOwnLocaleAction, initialActionState);
  const chosen = state.ok ? undefined : state.values?.locale;
  return (
    <form action={action} noValidate className="card">
      <FormMessage state={state} />
      <div className={state.fieldErrors.locale ? 'field has-error' : 'field'}>
        <label htmlFor="account-locale">{t('locale')}</label>
        <p className="field__hint" id="account-locale-hint">
          {t('localeHint')}
        </p>
        <select id="account-locale" name="locale" defaultValue={chosen ?? current} aria-describedby="account-locale-hint">
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
        <FieldErrors errors={state.fieldErrors.locale} />
      </div>
      <SubmitButton>{t('saveLocale')}</SubmitButton>
    </form>
  );
}
