'use client';

import '@/components/registration/registration.css';
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { CheckboxField, Field, FieldGroup, FormMessage, SelectField, SubmitButton, TextAreaField, bindFields, frameOf } from '@/components/forms';
import { usePickedPosition } from '@/components/map/use-picked-position';
import { BUILDING_KINDS, type BuildingKind, type LightsOnMode } from '@/lib/constants';
import { initialActionState } from '@/lib/action-state';
import { farFromCity } from '@/lib/geo/far-from-city';
import { REGISTRATION_LIMITS, type OtherNameField } from '@/lib/validation/registration';
import { saveRegistrationAction, type RegistrationState } from '../actions';
import { DuplicatesQuestion } from './DuplicatesQuestion';
import { LightingFields } from './LightingFields';
import { OtherNamesFields } from './OtherNamesFields';
import { PhotoRightsFields, type PhotoRightsValues } from './PhotoRightsFields';
import { PhotoPicker } from './PhotoPicker';
import { submitKeepingInput, useNextPage } from './submit';

const LocationPicker = dynamic(() => import('@/components/map/LocationPicker'), {
  ssr: false,
  loading: () => <div className="location-picker map-placeholder" />,
});

export type CityOption = { id: number; name: string; lat: number; lng: number };

export type RegistrationValues = {
  cityId: string;
  name: string;
  /** Its names in other languages, by form field (`name_nl`). */
  otherNames?: Partial<Record<OtherNameField, string>>;
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
  /** The credit and consent of the current photo (for a new one: no credit, may be published). */
  photoRights?: PhotoRightsValues;
  /** Why the form cannot be changed (after the deadline); null when it can. */
  readOnlyReason?: string | null;
  /** An approved registration: saving sends it back to review. */
  wasApproved?: boolean;
  tileUrl: string;
  tileAttribution: string;
};

/** The registration form: building, place on the map, lighting window, photo. */
export function RegistrationForm(props: Props) {
  const { campaign, cities, illuminationId, readOnlyReason, currentPhoto } = props;
  const t = useTranslations('RegistrationForm');
  const kinds = useTranslations('Kinds');
  const r = useTranslations('PhotoRights');
  const c = useTranslations('Coordinate');
  const [state, action] = useActionState<RegistrationState, FormData>(saveRegistrationAction, initialActionState);
  useNextPage(state);
  const errors = state.fieldErrors;
  const { otherNames, ...initial } = props.initial;
  const field = bindFields(state, { ...initial, ...otherNames });

  const [cityId, setCityId] = useState(props.initial.cityId || String(cities[0]?.id ?? ''));
  const { lat, setLat, lng, setLng, position, announcement, onPick } = usePickedPosition(props.initial.lat, props.initial.lng, (p) => t('markerAt', { lat: p.lat, lng: p.lng }));

  const city = cities.find((c) => String(c.id) === cityId) ?? cities[0];

  // Not a refusal: a marker far from the city's centre, or across a border, is more likely a slip.
  const far = position && city ? farFromCity(position, city) : null;
  const positionHint = t('positionHint');
  const duplicates = Boolean(state.duplicates?.length);

  return (
    <form action={action} onSubmit={submitKeepingInput(action)} noValidate className="registration-form">
      <FormMessage state={state} focus={!duplicates} />
      {readOnlyReason ? (
        <p className="form-message is-error" role="note">
          {readOnlyReason}
        </p>
      ) : null}
      {illuminationId ? <input type="hidden" name="illuminationId" value={illuminationId} /> : <input type="hidden" name="campaignId" value={campaign.id} />}

      <fieldset disabled={Boolean(readOnlyReason)} className="registration-form__body">
        <DuplicatesQuestion state={state} />

        <SelectField
          name="cityId"
          label={t('city')}
          value={cityId}
          onChange={(e) => setCityId(e.target.value)}
          errors={errors.cityId}
          options={cities.map((c) => ({ value: c.id, label: c.name }))}
        />
        <Field {...field('name')} label={t('name')} maxLength={REGISTRATION_LIMITS.NAME_MAX + 50} autoComplete="off" required />
        <OtherNamesFields field={field} />
        <SelectField {...field('kind')} label={t('kind')} options={BUILDING_KINDS.map((k) => ({ value: k, label: kinds(k) }))} />
        <Field {...field('address')} label={t('address')} autoComplete="street-address" />
        <TextAreaField {...field('description')} label={t('description')} hint={t('descriptionHint')} rows={3} />

        <FieldGroup name="position" legend={t('positionLegend')} hint={positionHint} className="position">
          {city ? (
            <LocationPicker
              center={{ lat: city.lat, lng: city.lng }}
              value={position}
              onChange={onPick}
              label={t('mapLabel')}
              describedBy={frameOf({ name: 'position', hint: positionHint }).hintId}
              markerLabel={t('markerLabel')}
              disabled={Boolean(readOnlyReason)}
              tileUrl={props.tileUrl}
              tileAttribution={props.tileAttribution}
              tilesUnavailable={t('tilesUnavailable')}
            />
          ) : null}
          <p className="visually-hidden" role="status" aria-live="polite">
            {announcement}
          </p>
          <div className="position__fields">
            <Field name="lat" label={t('lat')} value={lat} onChange={(e) => setLat(e.target.value)} errors={errors.lat} inputMode="decimal" autoComplete="off" placeholder="50,8467" />
            <Field name="lng" label={t('lng')} value={lng} onChange={(e) => setLng(e.target.value)} errors={errors.lng} inputMode="decimal" autoComplete="off" placeholder="4,3524" />
          </div>
          <p className={far ? 'warning' : undefined} role="status" data-testid="far-from-city">
            {far && city ? t(far.reason === 'distance' ? 'farFromCity' : 'acrossBorder', { km: far.km, city: city.name }) : null}
          </p>
        </FieldGroup>

        <LightingFields eventDate={campaign.eventDate} position={position} initial={props.initial} errors={errors} />

        <PhotoPicker name="photo" label={t('photo')} hint={t('photoHint')} errors={errors.photo} previewAlt={c('photoPreviewAlt')} />
        {currentPhoto ? (
          <figure className="current-photo">
            {/* eslint-disable-next-line @next/next/no-img-element -- our own route serves it, already resized */}
            <img src={currentPhoto.url} alt={currentPhoto.alt} width={240} />
            <figcaption>
              {t('currentPhoto')} <CheckboxField name="removePhoto" value="true" label={t('removePhoto')} errors={errors.removePhoto} />
            </figcaption>
          </figure>
        ) : null}

        <PhotoRightsFields
          prefix="photo"
          state={state}
          initial={props.photoRights ?? { credit: '', publish: true }}
          legend={r('registrationLegend')}
          publishLabel={r('publishRegistration')}
          publishHint={r('publishRegistrationHint')}
        />

        {props.wasApproved ? <p className="field__hint">{t('editGoesToReview')}</p> : null}
        {readOnlyReason ? null : <SubmitButton pendingLabel={t('saving')}>{illuminationId ? t('submitEdit') : t('submitNew')}</SubmitButton>}
      </fieldset>
    </form>
  );
}
