'use client';

import '@/components/registration/registration.css';
import dynamic from 'next/dynamic';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useEffect, useId, useMemo, useState, startTransition, type FormEvent } from 'react';
import { Field, FieldErrors } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';
import type { LatLng } from '@/components/map/LocationPicker';
import { BUILDING_KINDS, type BuildingKind, type LightsOnMode, LOCAL_TIME_PATTERN } from '@/lib/constants';
import { Link, useRouter } from '@/i18n/navigation';
import { initialActionState, type ActionState } from '@/lib/action-state';
import { endsBeforeSunset, sunsetSuggestion } from '@/lib/registrations/timing';
import { formatCalendarDate } from '@/lib/dates';
import { parseDecimal } from '@/lib/validation/common';
import { REGISTRATION_LIMITS } from '@/lib/validation/registration';
import { confirmLitAction, reregisterAction, saveRegistrationAction, withdrawRegistrationAction, type RegistrationState } from './actions';

const LocationPicker = dynamic(() => import('@/components/map/LocationPicker'), {
  ssr: false,
  loading: () => <div className="location-picker map-placeholder" />,
});

export type CityOption = { id: number; name: string; lat: number; lng: number };

export type RegistrationValues = {
  cityId: string;
  name: string;
  kind: BuildingKind;
  address: string;
  description: string;
  lat: string;
  lng: string;
  lightsOnMode: LightsOnMode;
  lightsOnTime: string;
  lightsOffTime: string;
};

type Props = {
  campaign: { id: number; eventDate: string };
  cities: CityOption[];
  initial: RegistrationValues;
  /** Editing an existing registration (else registering a new one). */
  illuminationId?: number;
  currentPhoto?: { url: string; alt: string } | null;
  /** Why the form cannot be changed (after the deadline); null when it can. */
  readOnlyReason?: string | null;
  /** An approved registration: saving sends it back to review. */
  wasApproved?: boolean;
  tileUrl: string;
  tileAttribution: string;
};

const ACCEPTED_PHOTOS = 'image/jpeg,image/png,image/webp';

/**
 * Submits without letting React reset the form afterwards: after an error
 * the user keeps everything, the chosen photo too (a file input cannot be
 * refilled from state). Without JavaScript the form still posts normally.
 */
function submitKeepingInput(action: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => action(formData));
  };
}

/**
 * After a save the action names the page to show (the workspace, with a
 * notice); the browser goes there itself, so that the save answers at once.
 */
function useNextPage(state: RegistrationState) {
  const router = useRouter();
  useEffect(() => {
    if (state.ok && state.next) router.replace(state.next);
  }, [state, router]);
}

/** The registration form: building, place on the map, lighting window, photo. */
export function RegistrationForm(props: Props) {
  const { campaign, cities, illuminationId, readOnlyReason, currentPhoto } = props;
  const t = useTranslations('RegistrationForm');
  const kinds = useTranslations('Kinds');
  const locale = useLocale();
  const [state, action] = useActionState<RegistrationState, FormData>(saveRegistrationAction, initialActionState);
  useNextPage(state);
  const errors = state.fieldErrors;
  const hintId = useId();
  const statusId = useId();

  const [cityId, setCityId] = useState(props.initial.cityId || String(cities[0]?.id ?? ''));
  const [lat, setLat] = useState(props.initial.lat);
  const [lng, setLng] = useState(props.initial.lng);
  const [mode, setMode] = useState<LightsOnMode>(props.initial.lightsOnMode);
  const [onTime, setOnTime] = useState(props.initial.lightsOnTime);
  const [offTime, setOffTime] = useState(props.initial.lightsOffTime);
  const [announcement, setAnnouncement] = useState('');

  const city = cities.find((c) => String(c.id) === cityId) ?? cities[0];
  const position: LatLng | null = useMemo(() => {
    const la = parseDecimal(lat);
    const ln = parseDecimal(lng);
    return Number.isFinite(la) && Number.isFinite(ln) && Math.abs(la) <= 90 && Math.abs(ln) <= 180 ? { lat: la, lng: ln } : null;
  }, [lat, lng]);

  const onPick = (p: LatLng, how: 'pointer' | 'keyboard') => {
    setLat(String(p.lat));
    setLng(String(p.lng));
    // Arrow keys move the marker out of sight of a screen reader: say where it is.
    if (how === 'keyboard') setAnnouncement(t('markerAt', { lat: p.lat, lng: p.lng }));
  };

  // The suggestion is computed here, in the building's own time zone (an embassy abroad gets its own).
  const sunset = position ? sunsetSuggestion(campaign.eventDate, position.lat, position.lng) : null;
  const eventDay = formatCalendarDate(campaign.eventDate, locale);
  const offValid = LOCAL_TIME_PATTERN.test(offTime);
  const tooEarly = position && offValid && endsBeforeSunset({ eventDate: campaign.eventDate, lat: position.lat, lng: position.lng, lightsOffTime: offTime });

  const v = state.values;
  const text = (name: keyof RegistrationValues) => (v && name in v ? v[name] : props.initial[name]);
  const duplicates = 'duplicates' in state ? state.duplicates : undefined;

  return (
    <form action={action} onSubmit={submitKeepingInput(action)} noValidate className="registration-form">
      <FormMessage state={state} />
      {readOnlyReason ? (
        <p className="form-message is-error" role="note">
          {readOnlyReason}
        </p>
      ) : null}
      {illuminationId ? <input type="hidden" name="illuminationId" value={illuminationId} /> : <input type="hidden" name="campaignId" value={campaign.id} />}

      <fieldset disabled={Boolean(readOnlyReason)} className="registration-form__body">
        {duplicates?.length ? (
          <fieldset className={`duplicates card${errors.duplicateChoice ? ' has-error' : ''}`} aria-describedby={errors.duplicateChoice ? 'duplicate-errors' : undefined}>
            <legend className="fieldset-legend">{t('duplicatesLegend')}</legend>
            <p className="field__hint">{t('duplicateReuseHint')}</p>
            <ul className="plain-list">
              {duplicates.map((d) => (
                <li key={d.id}>
                  {d.illuminationId ? (
                    <p>
                      {t('duplicateRegistered', { name: d.name })}{' '}
                      <Link href={`/coordinate/${d.illuminationId}`}>{t('openIt')}</Link>
                    </p>
                  ) : (
                    <label>
                      <input type="radio" name="duplicateChoice" value={d.id} />{' '}
                      {d.reason === 'name' ? t('duplicateSameName', { name: d.name }) : t('duplicateNearby', { name: d.name, distance: d.distance })}
                      {d.address ? <span className="duplicates__address"> — {d.address}</span> : null}
                    </label>
                  )}
                </li>
              ))}
              <li>
                <label>
                  <input type="radio" name="duplicateChoice" value="new" /> {t('duplicateNew')}
                </label>
              </li>
            </ul>
            <FieldErrors id="duplicate-errors" errors={errors.duplicateChoice ?? errors.useBuildingId} />
          </fieldset>
        ) : null}

        <div className={errors.cityId ? 'field has-error' : 'field'}>
          <label htmlFor="field-cityId">{t('city')}</label>
          <select
            id="field-cityId"
            name="cityId"
            value={cityId}
            onChange={(e) => setCityId(e.target.value)}
            aria-invalid={errors.cityId ? true : undefined}
            aria-describedby={errors.cityId ? 'field-cityId-error' : undefined}
          >
            {cities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <FieldErrors id="field-cityId-error" errors={errors.cityId} />
        </div>

        <Field name="name" label={t('name')} defaultValue={text('name')} errors={errors.name} maxLength={REGISTRATION_LIMITS.NAME_MAX + 50} autoComplete="off" required />

        <div className={errors.kind ? 'field has-error' : 'field'}>
          <label htmlFor="field-kind">{t('kind')}</label>
          <select id="field-kind" name="kind" defaultValue={text('kind')} aria-describedby={errors.kind ? 'field-kind-error' : undefined}>
            {BUILDING_KINDS.map((k) => (
              <option key={k} value={k}>
                {kinds(k)}
              </option>
            ))}
          </select>
          <FieldErrors id="field-kind-error" errors={errors.kind} />
        </div>

        <Field name="address" label={t('address')} defaultValue={text('address')} errors={errors.address} autoComplete="street-address" />

        <div className={errors.description ? 'field has-error' : 'field'}>
          <label htmlFor="field-description">{t('description')}</label>
          <p className="field__hint" id="field-description-hint">
            {t('descriptionHint')}
          </p>
          <textarea
            id="field-description"
            name="description"
            rows={3}
            defaultValue={text('description')}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={['field-description-hint', errors.description ? 'field-description-error' : ''].filter(Boolean).join(' ')}
          />
          <FieldErrors id="field-description-error" errors={errors.description} />
        </div>

        <fieldset className="position">
          <legend className="fieldset-legend">{t('positionLegend')}</legend>
          <p className="field__hint" id={hintId}>
            {t('positionHint')}
          </p>
          {city ? (
            <LocationPicker
              center={{ lat: city.lat, lng: city.lng }}
              value={position}
              onChange={onPick}
              label={t('mapLabel')}
              describedBy={hintId}
              markerLabel={t('markerLabel')}
              disabled={Boolean(readOnlyReason)}
              tileUrl={props.tileUrl}
              tileAttribution={props.tileAttribution}
            />
          ) : null}
          <p className="visually-hidden" role="status" aria-live="polite" id={statusId}>
            {announcement}
          </p>
          <div className="position__fields">
            <Field name="lat" label={t('lat')} value={lat} onChange={(e) => setLat(e.target.value)} errors={errors.lat} inputMode="decimal" autoComplete="off" placeholder="50,8467" />
            <Field name="lng" label={t('lng')} value={lng} onChange={(e) => setLng(e.target.value)} errors={errors.lng} inputMode="decimal" autoComplete="off" placeholder="4,3524" />
          </div>
        </fieldset>

        <fieldset className={errors.lightsOnMode || errors.lightsOnTime ? 'lighting has-error' : 'lighting'}>
          <legend className="fieldset-legend">{t('lightsOnLegend')}</legend>
          <label className="choice">
            <input type="radio" name="lightsOnMode" value="sunset" checked={mode === 'sunset'} onChange={() => setMode('sunset')} /> {t('atSunset')}
          </label>
          <p className="field__hint sunset-suggestion" data-testid="sunset-suggestion">
            {!sunset
              ? t('sunsetNeedsPosition')
              : sunset.time
                ? t('sunsetIs', { date: eventDay, time: sunset.time, timeZone: sunset.timeZone })
                : t('noSunset', { date: eventDay })}
          </p>
          <label className="choice">
            <input type="radio" name="lightsOnMode" value="time" checked={mode === 'time'} onChange={() => setMode('time')} /> {t('fixedTime')}
          </label>
          <FieldErrors errors={errors.lightsOnMode} />
          {mode === 'time' ? (
            <Field name="lightsOnTime" label={t('lightsOnTime')} value={onTime} onChange={(e) => setOnTime(e.target.value)} errors={errors.lightsOnTime} placeholder="21:30" inputMode="numeric" autoComplete="off" />
          ) : null}
          <Field
            name="lightsOffTime"
            label={t('lightsOffTime')}
            hint={t('lightsOffHint')}
            value={offTime}
            onChange={(e) => setOffTime(e.target.value)}
            errors={errors.lightsOffTime}
            placeholder="01:00"
            inputMode="numeric"
            autoComplete="off"
          />
          {tooEarly && sunset?.time ? (
            <p className="warning" role="status">
              {t('endsBeforeSunset', { off: offTime, sunset: sunset.time })}
            </p>
          ) : null}
        </fieldset>

        <div className={errors.photo ? 'field has-error' : 'field'}>
          <label htmlFor="field-photo">{t('photo')}</label>
          <p className="field__hint" id="field-photo-hint">
            {t('photoHint')}
          </p>
          <input
            id="field-photo"
            name="photo"
            type="file"
            accept={ACCEPTED_PHOTOS}
            aria-invalid={errors.photo ? true : undefined}
            aria-describedby={['field-photo-hint', errors.photo ? 'field-photo-error' : ''].filter(Boolean).join(' ')}
          />
          <FieldErrors id="field-photo-error" errors={errors.photo} />
        </div>
        {currentPhoto ? (
          <figure className="current-photo">
            {/* eslint-disable-next-line @next/next/no-img-element -- our own route serves it, already resized */}
            <img src={currentPhoto.url} alt={currentPhoto.alt} width={240} />
            <figcaption>
              {t('currentPhoto')}{' '}
              <label>
                <input type="checkbox" name="removePhoto" value="true" /> {t('removePhoto')}
              </label>
            </figcaption>
          </figure>
        ) : null}

        {props.wasApproved ? <p className="field__hint">{t('editGoesToReview')}</p> : null}
        {readOnlyReason ? null : <SubmitButton pendingLabel={t('saving')}>{illuminationId ? t('submitEdit') : t('submitNew')}</SubmitButton>}
      </fieldset>
    </form>
  );
}

export function WithdrawForm({ illuminationId, name }: { illuminationId: number; name: string }) {
  const t = useTranslations('Coordinate');
  const [state, action] = useActionState<RegistrationState, FormData>(withdrawRegistrationAction, initialActionState);
  useNextPage(state);
  return (
    <form action={action} className="card">
      <h2>{t('withdrawHeading')}</h2>
      <p>{t('withdrawExplain')}</p>
      <FormMessage state={state} />
      <input type="hidden" name="illuminationId" value={illuminationId} />
      <SubmitButton className="button danger">{t('withdrawButton', { name })}</SubmitButton>
    </form>
  );
}

export type ReturningOption = { id: number; label: string; name: string };

/** "Same as last year": register again one by one (ticked) or all at once. */
export function ReregisterForm({ campaignId, buildings }: { campaignId: number; buildings: ReturningOption[] }) {
  const t = useTranslations('Coordinate');
  const [state, action] = useActionState<ActionState, FormData>(reregisterAction, initialActionState);
  const [allState, allAction] = useActionState<ActionState, FormData>(reregisterAction, initialActionState);
  const errorId = useId();
  return (
    <div className="returning">
      <FormMessage state={state.message ? state : allState} />
      <form action={action}>
        <input type="hidden" name="campaignId" value={campaignId} />
        <fieldset className={state.fieldErrors.buildingIds ? 'field has-error' : 'field'} aria-describedby={state.fieldErrors.buildingIds ? errorId : undefined}>
          <legend className="fieldset-legend">{t('returningLegend')}</legend>
          <ul className="plain-list">
            {buildings.map((b) => (
              <li key={b.id}>
                <label>
                  <input type="checkbox" name="buildingIds" value={b.id} /> {b.label}
                </label>
              </li>
            ))}
          </ul>
          <FieldErrors id={errorId} errors={state.fieldErrors.buildingIds} />
        </fieldset>
        <SubmitButton className="button secondary">{t('reregisterSelected')}</SubmitButton>
      </form>
      <form action={allAction}>
        <input type="hidden" name="campaignId" value={campaignId} />
        {buildings.map((b) => (
          <input key={b.id} type="hidden" name="buildingIds" value={b.id} />
        ))}
        <SubmitButton>{t('reregisterAll', { count: buildings.length })}</SubmitButton>
      </form>
    </div>
  );
}

/** "Lights are on", with an optional photo of the night. */
export function LitForm({ illuminationId, hint }: { illuminationId: number; hint: string }) {
  const t = useTranslations('Coordinate');
  const f = useTranslations('RegistrationForm');
  const [state, action] = useActionState<ActionState, FormData>(confirmLitAction, initialActionState);
  return (
    <form action={action} onSubmit={submitKeepingInput(action)} className="card lit-form">
      <h2>{t('litHeading')}</h2>
      <p className="field__hint">{hint}</p>
      <FormMessage state={state} />
      <input type="hidden" name="illuminationId" value={illuminationId} />
      <div className={state.fieldErrors.litPhoto ? 'field has-error' : 'field'}>
        <label htmlFor="field-litPhoto">{t('litPhoto')}</label>
        <p className="field__hint" id="field-litPhoto-hint">
          {f('photoHint')}
        </p>
        <input
          id="field-litPhoto"
          name="litPhoto"
          type="file"
          accept={ACCEPTED_PHOTOS}
          aria-describedby={['field-litPhoto-hint', state.fieldErrors.litPhoto ? 'field-litPhoto-error' : ''].filter(Boolean).join(' ')}
        />
        <FieldErrors id="field-litPhoto-error" errors={state.fieldErrors.litPhoto} />
      </div>
      <SubmitButton>{t('litButton')}</SubmitButton>
    </form>
  );
}
