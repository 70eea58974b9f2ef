'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Field, FieldErrors } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';
import { initialActionState } from '@/lib/action-state';
import { createCampaignAction, setMapCampaignAction, updateCampaignAction } from './actions';

export type CampaignValues = {
  id?: number;
  year: number;
  eventDate: string;
  theme: { en: string; fr?: string; nl?: string; de?: string };
  /** `YYYY-MM-DDTHH:MM` on Brussels clocks. */
  registrationDeadline: string;
  /** Days before the deadline, as typed: "7, 1". */
  reminderDays: string;
  published: boolean;
};

const LANGS = ['en', 'fr', 'nl', 'de'] as const;

function CampaignFields({ prefix, initial, values, errors, withYear }: { prefix: string; initial: CampaignValues; values: Record<string, string>; errors: Record<string, string[]>; withYear: boolean }) {
  const t = useTranslations('Campaigns');
  const v = (name: string, fallback: string) => values[name] ?? fallback;
  return (
    <>
      {withYear ? <Field id={`${prefix}-year`} name="year" label={t('year')} inputMode="numeric" defaultValue={v('year', String(initial.year))} errors={errors.year} required /> : null}
      <Field id={`${prefix}-eventDate`} name="eventDate" type="date" label={t('eventDate')} hint={t('eventDateHint')} defaultValue={v('eventDate', initial.eventDate)} errors={errors.eventDate} required />
      <fieldset className="field">
        <legend className="fieldset-legend">{t('theme')}</legend>
        {LANGS.map((l) => (
          <Field key={l} id={`${prefix}-theme-${l}`} name={`theme_${l}`} label={t(`themeIn.${l}`)} defaultValue={v(`theme_${l}`, initial.theme[l] ?? '')} errors={errors[`theme_${l}`]} required={l === 'en'} />
        ))}
      </fieldset>
      <Field
        id={`${prefix}-deadline`}
        name="registrationDeadline"
        type="datetime-local"
        label={t('deadline')}
        hint={t('deadlineHint')}
        defaultValue={v('registrationDeadline', initial.registrationDeadline)}
        errors={errors.registrationDeadline}
        required
      />
      <Field
        id={`${prefix}-reminderDays`}
        name="reminderDays"
        label={t('reminderDays')}
        hint={t('reminderDaysHint')}
        inputMode="numeric"
        defaultValue={v('reminderDays', initial.reminderDays)}
        errors={errors.reminderDays}
      />
      <div className={errors.published ? 'field has-error' : 'field'}>
        <label>
          <input type="checkbox" name="published" defaultChecked={values.published !== undefined ? values.published === 'on' : initial.published} /> {t('published')}
        </label>
        <FieldErrors errors={errors.published} />
      </div>
    </>
  );
}

export function NewCampaignForm({ initial }: { initial: CampaignValues }) {
  const t = useTranslations('Campaigns');
  const [state, action] = useActionState(createCampaignAction, initialActionState);
  const values = state.ok ? {} : (state.values ?? {});
  return (
    <form action={action} noValidate className="card" key={state.ok ? state.message : 'new'}>
      <FormMessage state={state} />
      <CampaignFields prefix="new" initial={initial} values={values} errors={state.fieldErrors} withYear />
      <SubmitButton>{t('create')}</SubmitButton>
    </form>
  );
}

export function EditCampaignForm({ initial }: { initial: CampaignValues }) {
  const t = useTranslations('Campaigns');
  const [state, action] = useActionState(updateCampaignAction, initialActionState);
  const values = state.ok ? {} : (state.values ?? {});
  return (
    <details className="card" open={!state.ok && Boolean(state.message)}>
      <summary>{t('edit', { year: initial.year })}</summary>
      <form action={action} noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="id" value={initial.id} />
        <CampaignFields prefix={`edit-${initial.id}`} initial={initial} values={values} errors={state.fieldErrors} withYear={false} />
        <SubmitButton>{t('save')}</SubmitButton>
      </form>
    </details>
  );
}

export function MapCampaignForm({ campaigns, current }: { campaigns: { id: number; year: number; published: boolean }[]; current: number | null }) {
  const t = useTranslations('Campaigns');
  const [state, action] = useActionState(setMapCampaignAction, initialActionState);
  return (
    <form action={action} className="card">
      <FormMessage state={state} />
      <div className={state.fieldErrors.id ? 'field has-error' : 'field'}>
        <label htmlFor="map-campaign">{t('mapCampaign')}</label>
        <select id="map-campaign" name="id" defaultValue={current ? String(current) : 'none'} aria-describedby="map-campaign-hint">
          <option value="none">{t('mapLatest')}</option>
          {campaigns
            .filter((c) => c.published)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.year}
              </option>
            ))}
        </select>
        <p className="field__hint" id="map-campaign-hint">
          {t('mapHint')}
        </p>
        <FieldErrors errors={state.fieldErrors.id} />
      </div>
      <SubmitButton>{t('chooseMap')}</SubmitButton>
    </form>
  );
}
