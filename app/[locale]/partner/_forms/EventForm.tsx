'use client';

import dynamic from 'next/dynamic';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { Field, FieldGroup, FormMessage, SelectField, SubmitButton, TextAreaField, TimeField, bindFields, frameOf } from '@/components/forms';
import type { LatLng } from '@/components/map/LocationPicker';
import { usePickedPosition } from '@/components/map/use-picked-position';
import { EVENT_KINDS, LOCALES } from '@/lib/constants';
import { initialActionState } from '@/lib/action-state';
import { farFromCity } from '@/lib/geo/far-from-city';
import { languageName } from '@/lib/localized';
import { descriptionField, EVENT_LIMITS, titleField } from '@/lib/events/validation';
import { saveEventAction, type EventState } from '../actions';
import { CityField, type CityChoice } from './CityField';
import { submitKeepingInput, useNextPage } from './submit';

const LocationPicker = dynamic(() => import('@/components/map/LocationPicker'), {
  ssr: false,
  loading: () => <div className="location-picker map-placeholder" />,
});

/** Belgium's middle, for a form with no city yet. */
const BELGIUM: LatLng = { lat: 50.64, lng: 4.67 };

export type EventValues = Record<string, string>;

type Props = {
  campaignId: number;
  /** Editing this event, opened at this version (else registering a new one). */
  edit?: { eventId: number; version: number; wasApproved: boolean };
  partners: { id: number; name: string }[];
  knownCities: CityChoice[];
  countries: { code: string; name: string }[];
  initial: EventValues;
  /** The first and last day an event may be on (YYYY-MM-DD). */
  window: { from: string; to: string };
  /** The place's time zone, said in words, when it is known (editing). */
  zone: string | null;
  readOnlyReason?: string | null;
  tileUrl: string;
  tileAttribution: string;
};

/** The event form: who, what, where (city, address, a point on the map), when, and how to take part. */
export function EventForm(props: Props) {
  const { edit, partners, readOnlyReason } = props;
  const t = useTranslations('partnerSpace');
  const kinds = useTranslations('events.kinds');
  const r = useTranslations('RegistrationForm');
  const locale = useLocale();
  const [state, action] = useActionState<EventState, FormData>(saveEventAction, initialActionState);
  useNextPage(state);
  const errors = state.fieldErrors;
  const field = bindFields(state, props.initial);
  const kept = (name: string) => field(name).defaultValue;
  const readOnly = Boolean(readOnlyReason);

  const [place, setPlace] = useState<CityChoice | null>(props.knownCities.find((c) => c.name === props.initial.city) ?? null);
  const { lat, setLat, lng, setLng, position, announcement, onPick } = usePickedPosition(kept('lat'), kept('lng'), (p) => r('markerAt', { lat: p.lat, lng: p.lng }));
  const far = position && place ? farFromCity(position, place) : null;
  const positionHint = t('form.positionHint');
  const other = (name: (l: (typeof LOCALES)[number]) => string) => LOCALES.map((l) => ({ l, ...field(name(l)) }));
  const otherTitles = other(titleField);
  const otherDescriptions = other(descriptionField);
  const othersOpen = [...otherTitles, ...otherDescriptions].some((f) => f.defaultValue || f.errors?.length);
  const zoneHint = props.zone ? t('form.zoneKnown', { zone: props.zone }) : t('form.zoneUnknown');

  return (
    <form action={action} onSubmit={submitKeepingInput(action)} noValidate className="registration-form event-form">
      <FormMessage state={state} />
      {readOnlyReason ? (
        <p className="form-message is-error" role="note" data-testid="read-only">
          {readOnlyReason}
        </p>
      ) : null}
      {edit ? (
        <>
          <input type="hidden" name="eventId" value={edit.eventId} />
          <input type="hidden" name="version" value={edit.version} />
        </>
      ) : (
        <input type="hidden" name="campaignId" value={props.campaignId} />
      )}
      <fieldset disabled={readOnly} className="registration-form__body">
        {partners.length > 1 ? (
          <SelectField {...field('partnerId')} label={t('form.partner')} options={partners.map((p) => ({ value: p.id, label: p.name }))} />
        ) : (
          <input type="hidden" name="partnerId" value={partners[0]?.id ?? ''} />
        )}
        <SelectField {...field('kind')} label={t('form.kind')} options={EVENT_KINDS.map((k) => ({ value: k, label: kinds(k) }))} />
        <Field {...field('title')} label={t('form.title')} hint={t('form.titleHint')} maxLength={EVENT_LIMITS.TITLE_MAX + 50} autoComplete="off" required />
        <TextAreaField {...field('description')} label={t('form.description')} rows={3} />
        <details className="other-names" open={othersOpen}>
          <summary>{t('form.otherLanguages')}</summary>
          <p className="field__hint">{t('form.otherLanguagesHint')}</p>
          {otherTitles.map(({ l, ...bound }) => (
            <Field key={`t-${l}`} {...bound} lang={l} label={t('form.titleIn', { language: languageName(l, locale) })} autoComplete="off" />
          ))}
          {otherDescriptions.map(({ l, ...bound }) => (
            <TextAreaField key={`d-${l}`} {...bound} lang={l} rows={2} label={t('form.descriptionIn', { language: languageName(l, locale) })} />
          ))}
        </details>

        <CityField
          city={kept('city')}
          country={kept('country') || 'BE'}
          known={props.knownCities}
          countries={props.countries}
          errors={{ city: errors.city, country: errors.country }}
          disabled={readOnly}
          onPlace={setPlace}
        />
        <Field {...field('address')} label={t('form.address')} autoComplete="street-address" />
        <FieldGroup name="position" legend={t('form.positionLegend')} hint={positionHint} className="position">
          <LocationPicker
            center={place ? { lat: place.lat, lng: place.lng } : BELGIUM}
            value={position}
            onChange={onPick}
            label={t('form.mapLabel')}
            describedBy={frameOf({ name: 'position', hint: positionHint }).hintId}
            markerLabel={t('form.markerLabel')}
            disabled={readOnly}
            tileUrl={props.tileUrl}
            tileAttribution={props.tileAttribution}
            tilesUnavailable={r('tilesUnavailable')}
          />
          <p className="visually-hidden" role="status" aria-live="polite">
            {announcement}
          </p>
          <div className="position__fields">
            <Field name="lat" label={r('lat')} value={lat} onChange={(e) => setLat(e.target.value)} errors={errors.lat} inputMode="decimal" autoComplete="off" placeholder="50,8789" />
            <Field name="lng" label={r('lng')} value={lng} onChange={(e) => setLng(e.target.value)} errors={errors.lng} inputMode="decimal" autoComplete="off" placeholder="4,7011" />
          </div>
          <p className={far ? 'warning' : undefined} role="status" data-testid="far-from-city">
            {far && place ? r(far.reason === 'distance' ? 'farFromCity' : 'acrossBorder', { km: far.km, city: place.name }) : null}
          </p>
        </FieldGroup>

        <FieldGroup name="when" legend={t('form.when')} hint={zoneHint} className="lighting">
          <Field {...field('date')} type="date" min={props.window.from} max={props.window.to} label={t('form.date')} required />
          <div className="position__fields">
            <TimeField {...field('startTime')} label={t('form.startTime')} placeholder="14:00" required />
            <TimeField {...field('endTime')} label={t('form.endTime')} hint={t('form.endTimeHint')} placeholder="18:00" required />
          </div>
        </FieldGroup>

        <Field {...field('link')} type="url" inputMode="url" label={t('form.link')} hint={t('form.linkHint')} autoComplete="url" />
        <TextAreaField {...field('accessibility')} label={t('form.accessibility')} hint={t('form.accessibilityHint')} rows={2} />
        <TextAreaField {...field('contact')} label={t('form.contact')} hint={t('form.contactHint')} rows={2} />

        {edit?.wasApproved ? <p className="field__hint">{t('form.editGoesToReview')}</p> : null}
        {readOnly ? null : <SubmitButton pendingLabel={t('form.saving')}>{edit ? t('form.submitEdit') : t('form.submitNew')}</SubmitButton>}
      </fieldset>
    </form>
  );
}
