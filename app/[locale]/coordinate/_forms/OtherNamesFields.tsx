import { useLocale, useTranslations } from 'next-intl';
import { Field } from '@/components/forms';
import { LOCALES } from '@/lib/constants';
import { languageName } from '@/lib/localized';
import { otherNameField, REGISTRATION_LIMITS } from '@/lib/validation/registration';

type Bound = (name: string) => { name: string; defaultValue: string; errors?: string[] };

/**
 * The building's name in the site's other languages, folded away: most
 * buildings have one name, and on a phone the form stays short. Open when a
 * name is given already or one of them has an error. One field per language
 * of the site, from the list of languages.
 */
export function OtherNamesFields({ field }: { field: Bound }) {
  const t = useTranslations('RegistrationForm');
  const locale = useLocale();
  const fields = LOCALES.map((l) => ({ locale: l, ...field(otherNameField(l)) }));
  const open = fields.some((f) => f.defaultValue || f.errors?.length);
  return (
    <details className="other-names" open={open}>
      <summary>{t('otherNamesSummary')}</summary>
      <p className="field__hint">{t('otherNamesHint')}</p>
      {fields.map(({ locale: l, ...bound }) => (
        <Field
          key={l}
          {...bound}
          label={t('nameIn', { language: languageName(l, locale) })}
          lang={l}
          maxLength={REGISTRATION_LIMITS.OTHER_NAME_MAX + 50}
          autoComplete="off"
        />
      ))}
    </details>
  );
}
