import { useTranslations } from 'next-intl';
import { Choice, FieldGroup, useFocusOnAnswer } from '@/components/forms';
import { Link } from '@/i18n/navigation';
import type { RegistrationState } from '../actions';

/**
 * "Is this the same building?": asked when a save finds a known building
 * nearby or of the same name. One already registered for the campaign is
 * named with a link instead of a choice. The question takes the focus when it
 * appears, since the form cannot be saved until it is answered.
 */
export function DuplicatesQuestion({ state }: { state: RegistrationState }) {
  const t = useTranslations('RegistrationForm');
  const duplicates = state.duplicates ?? [];
  const ref = useFocusOnAnswer<HTMLFieldSetElement>(state, duplicates.length > 0);
  if (!duplicates.length) return null;
  const errors = state.fieldErrors.duplicateChoice ?? state.fieldErrors.useBuildingId;
  const invalid = Boolean(errors?.length);
  return (
    <FieldGroup ref={ref} tabIndex={-1} name="duplicateChoice" legend={t('duplicatesLegend')} hint={t('duplicateReuseHint')} errors={errors} className="duplicates card">
      <ul className="plain-list">
        {duplicates.map((d) => (
          <li key={d.id}>
            {d.illuminationId ? (
              <p>
                {t('duplicateRegistered', { name: d.name })} <Link href={`/coordinate/${d.illuminationId}`}>{t('openIt')}</Link>
              </p>
            ) : (
              <Choice
                type="radio"
                name="duplicateChoice"
                value={d.id}
                invalid={invalid}
                label={
                  <>
                    {d.reason === 'name' ? t('duplicateSameName', { name: d.name }) : t('duplicateNearby', { name: d.name, distance: d.distance })}
                    {d.address ? <span className="duplicates__address"> — {d.address}</span> : null}
                  </>
                }
              />
            )}
          </li>
        ))}
        <li>
          <Choice type="radio" name="duplicateChoice" value="new" invalid={invalid} label={t('duplicateNew')} />
        </li>
      </ul>
    </FieldGroup>
  );
}
