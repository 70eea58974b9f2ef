'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { bindFields, CheckboxField, Field, FieldGroup, FormMessage, SelectField, SubmitButton } from '@/components/forms';
import { initialActionState, type ActionState } from '@/lib/action-state';
import { DEFAULT_TIME_ZONE } from '@/lib/constants';
import { DEFAULT_LOCALE, LOCALES, type LocalizedText } from '@/lib/languages';
import { zoneInWords } from '@/lib/dates';
import { NextStep } from '../_lib/NextStep';
import { createCampaignAction, setMapCampaignAction, updateCampaignAction } from './actions';

export type CampaignValues = {
  id?: number;
  year: number;
  eventDate: string;
  theme: LocalizedText;
  /** The last day to register, `YYYY-MM-DD` on Brussels clocks (registrations close at its end). */
  registrationDeadline: string;
  /** Days before the deadline, as typed: "7, 1". */
  reminderDays: string;
  /** As shown and typed: "#BlueHeart #EndHumanTrafficking". */
  hashtags: string;
  published: boolean;
};

function CampaignFields({ prefix, initial, state, withYear }: { prefix: string; initial: CampaignValues; state: ActionState; withYear: boolean }) {
  const t = useTranslations('Campaigns');
  const locale = useLocale();
  const field = bindFields(state, {
    year: String(initial.year),
    eventDate: initial.eventDate,
    registrationDeadline: initial.registrationDeadline,
    reminderDays: initial.reminderDays,
    hashtags: initial.hashtags,
    ...Object.fromEntries(LOCALES.map((l) => [`theme_${l}`, initial.theme[l]])),
  });
  return (
    <>
      {withYear ? <Field {...field('year')} id={`${prefix}-year`} label={t('year')} inputMode="numeric" required /> : null}
      <Field {...field('eventDate')} id={`${prefix}-eventDate`} type="date" label={t('eventDate')} hint={t('eventDateHint')} required />
      <FieldGroup name="theme" id={`${prefix}-theme`} legend={t('theme')} hint={t('themeHint')}>
        {LOCALES.map((l) => (
          <Field key={l} {...field(`theme_${l}`)} id={`${prefix}-theme-${l}`} label={t(`themeIn.${l}`)} required={l === DEFAULT_LOCALE} lang={l} />
        ))}
      </FieldGroup>
      <Field
        {...field('registrationDeadline')}
        id={`${prefix}-deadline`}
        type="date"
        label={t('lastDay')}
        hint={t('deadlineHint', { zone: zoneInWords(DEFAULT_TIME_ZONE, locale) })}
        required
      />
      <Field {...field('reminderDays')} id={`${prefix}-reminderDays`} label={t('reminderDays')} hint={t('reminderDaysHint')} inputMode="numeric" />
      <Field {...field('hashtags')} id={`${prefix}-hashtags`} label={t('hashtags')} hint={t('hashtagsHint')} autoCapitalize="none" spellCheck={false} />
      {/* An unticked box sends nothing: after an error with values given back, that means "not published". */}
      <CheckboxField
        name="published"
        id={`${prefix}-published`}
        label={t('published')}
        hint={t('publishedHint')}
        defaultChecked={state.ok || !state.values ? initial.published : state.values.published === 'on'}
        errors={state.fieldErrors.published}
      />
    </>
  );
}

export function NewCampaignForm({ initial }: { initial: CampaignValues }) {
  const t = useTranslations('Campaigns');
  const [state, action] = useActionState(createCampaignAction, initialActionState);
  return (
    <form action={action} noValidate className="card" key={state.ok ? state.message : 'new'}>
      <FormMessage state={state} />
      <NextStep state={state} />
      <CampaignFields prefix="new" initial={initial} state={state} withYear />
      <SubmitButton>{t('create')}</SubmitButton>
    </form>
  );
}

export function EditCampaignForm({ initial, defaultOpen = false }: { initial: CampaignValues; defaultOpen?: boolean }) {
  const t = useTranslations('Campaigns');
  const [state, action] = useActionState(updateCampaignAction, initialActionState);
  // Opened by the organiser, it stays open after an answer: the answer (saved, or
  // what to correct) is shown inside, where the organiser just was.
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details className="card" id={`campaign-${initial.year}`} open={open || (!state.ok && Boolean(state.message))} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('edit', { year: initial.year })}</summary>
      <form action={action} noValidate>
        <FormMessage state={state} />
        <NextStep state={state} />
        <input type="hidden" name="id" value={initial.id} />
        <CampaignFields prefix={`edit-${initial.id}`} initial={initial} state={state} withYear={false} />
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
      <SelectField
        name="id"
        id="map-campaign"
        label={t('mapCampaign')}
        hint={t('mapHint')}
        defaultValue={current ? String(current) : 'none'}
        errors={state.fieldErrors.id}
        options={[{ value: 'none', label: t('mapLatest') }, ...campaigns.filter((c) => c.published).map((c) => ({ value: c.id, label: c.year }))]}
      />
      <SubmitButton>{t('chooseMap')}</SubmitButton>
    </form>
  );
}
