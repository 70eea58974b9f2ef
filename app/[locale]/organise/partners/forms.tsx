'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { bindFields, CheckboxField, CheckboxGroupField, Field, FileField, FormMessage, SelectField, SubmitButton, TextAreaField } from '@/components/forms';
import { initialActionState } from '@/lib/action-state';
import { LOCALES, PARTNER_KINDS } from '@/lib/constants';
import { languageName } from '@/lib/localized';
import { PARTNER_LIMITS, partnerDescriptionField, partnerNameField } from '@/lib/partners/validation';
import { decideLogoAction, invitePartnerAction, movePartnerAction, savePartnerAction, setPartnerMembershipsAction } from './actions';


export type PartnerValues = {
  id?: number;
  name: string;
  names: Record<string, string>;
  kind: string;
  website: string;
  description: string;
  descriptions: Record<string, string>;
  listed: boolean;
  /** The public logo's address and words, if there is one. */
  logo: { url: string; alt: string } | null;
};

const ACCEPTED_LOGOS = 'image/png,image/jpeg,image/webp';

/** Adding or editing an organisation: names and descriptions per language folded away, like a building's names. */
export function PartnerForm({ initial }: { initial: PartnerValues }) {
  const t = useTranslations('partners.organise');
  const kinds = useTranslations('partners.kinds');
  const locale = useLocale();
  const [state, action] = useActionState(savePartnerAction, initialActionState);
  const values: Record<string, string> = { name: initial.name, kind: initial.kind, website: initial.website, description: initial.description };
  for (const l of LOCALES) {
    values[partnerNameField(l)] = initial.names[l] ?? '';
    values[partnerDescriptionField(l)] = initial.descriptions[l] ?? '';
  }
  const field = bindFields(state, values);
  const names = LOCALES.map((l) => ({ l, ...field(partnerNameField(l)) }));
  const descriptions = LOCALES.map((l) => ({ l, ...field(partnerDescriptionField(l)) }));
  const prefix = initial.id ? `partner-${initial.id}` : 'new-partner';
  const kept = (name: string, fallback: boolean) => (state.ok || !state.values ? fallback : state.values[name] === 'on');
  return (
    <form action={action} noValidate className="card partner-form" key={state.ok ? state.message : prefix}>
      <FormMessage state={state} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <Field {...field('name')} id={`${prefix}-name`} label={t('name')} autoComplete="off" required />
      <details className="other-names" open={names.some((n) => n.defaultValue || n.errors?.length)}>
        <summary>{t('otherNamesSummary')}</summary>
        <p className="field__hint">{t('otherNamesHint')}</p>
        {names.map(({ l, ...bound }) => (
          <Field key={l} {...bound} id={`${prefix}-name-${l}`} label={t('nameIn', { language: languageName(l, locale) })} lang={l} autoComplete="off" />
        ))}
      </details>
      <SelectField {...field('kind')} id={`${prefix}-kind`} label={t('kind')} options={PARTNER_KINDS.map((k) => ({ value: k, label: kinds(k) }))} />
      <Field {...field('website')} id={`${prefix}-website`} type="url" label={t('website')} hint={t('websiteHint')} autoComplete="off" />
      <TextAreaField {...field('description')} id={`${prefix}-description`} label={t('description')} hint={t('descriptionHint')} rows={4} maxLength={PARTNER_LIMITS.DESCRIPTION_MAX + 100} />
      <details className="other-names" open={descriptions.some((n) => n.defaultValue || n.errors?.length)}>
        <summary>{t('otherDescriptionsSummary')}</summary>
        {descriptions.map(({ l, ...bound }) => (
          <TextAreaField key={l} {...bound} id={`${prefix}-description-${l}`} label={t('descriptionIn', { language: languageName(l, locale) })} lang={l} rows={3} />
        ))}
      </details>
      <CheckboxField name="listed" id={`${prefix}-listed`} label={t('listed')} hint={t('listedHint')} defaultChecked={kept('listed', initial.listed)} errors={state.fieldErrors.listed} />
      {initial.logo ? (
        <figure className="partner-logo">
          {/* eslint-disable-next-line @next/next/no-img-element -- a stored, re-encoded logo */}
          <img src={initial.logo.url} alt={initial.logo.alt} width={160} />
          <figcaption>{t('currentLogo')}</figcaption>
        </figure>
      ) : null}
      <FileField name="logo" id={`${prefix}-logo`} label={initial.logo ? t('replaceLogo') : t('logo')} hint={t('logoHint')} accept={ACCEPTED_LOGOS} errors={state.fieldErrors.logo} />
      {initial.logo ? <CheckboxField name="removeLogo" id={`${prefix}-remove-logo`} label={t('removeLogo')} defaultChecked={kept('removeLogo', false)} /> : null}
      <SubmitButton>{initial.id ? t('save') : t('add')}</SubmitButton>
    </form>
  );
}

/** One organisation's up and down buttons: two small forms, so that they work without JavaScript. */
export function MoveButtons({ id, name, first, last }: { id: number; name: string; first: boolean; last: boolean }) {
  const t = useTranslations('partners.organise');
  const [state, action] = useActionState(movePartnerAction, initialActionState);
  return (
    <div className="partner-move">
      <FormMessage state={state} />
      {(['up', 'down'] as const).map((direction) =>
        (direction === 'up' ? first : last) ? null : (
          <form action={action} key={direction}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="direction" value={direction} />
            <SubmitButton className="button secondary small">
              <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span> {t(direction === 'up' ? 'moveUp' : 'moveDown')}
              <span className="visually-hidden"> {name}</span>
            </SubmitButton>
          </form>
        ),
      )}
    </div>
  );
}

/** The pending logo beside the current one, with approve and refuse. */
export function LogoDecisionForm({ id, pending }: { id: number; pending: string }) {
  const t = useTranslations('partners.organise');
  const [state, action] = useActionState(decideLogoAction, initialActionState);
  return (
    <form action={action} className="logo-decision">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="logo" value={pending} />
      <div className="actions">
        <button type="submit" name="decision" value="approve" className="button">
          {t('approveLogo')}
        </button>
        <button type="submit" name="decision" value="refuse" className="button secondary">
          {t('refuseLogo')}
        </button>
      </div>
    </form>
  );
}

type Option = { id: number; name: string };

export function InvitePartnerForm({ organisations, localeOptions }: { organisations: Option[]; localeOptions: { value: string; label: string; lang: string }[] }) {
  const t = useTranslations('partners.organise');
  const pageLocale = useLocale();
  const [state, action] = useActionState(invitePartnerAction, initialActionState);
  const field = bindFields(state, { locale: pageLocale });
  const kept = state.ok ? [] : (state.values?.partnerIds?.split(',').map(Number) ?? []);
  return (
    <form action={action} noValidate className="card" key={state.ok ? state.message : 'invite-partner'}>
      <FormMessage state={state} />
      <Field {...field('name')} id="invite-partner-name" label={t('personName')} autoComplete="off" required />
      <Field {...field('email')} id="invite-partner-email" type="email" label={t('email')} autoComplete="off" required />
      <SelectField {...field('locale')} id="invite-partner-locale" label={t('locale')} hint={t('localeHint')} options={localeOptions} />
      <CheckboxGroupField
        name="partnerIds"
        id="invite-partner-organisations"
        legend={t('organisationsLegend')}
        className="city-choices"
        listClassName="city-choices__grid"
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        defaultChecked={kept}
        errors={state.fieldErrors.partnerIds}
      />
      <SubmitButton>{t('invite')}</SubmitButton>
    </form>
  );
}

export function PartnerMembershipsForm({ userId, userLabel, organisations, selected }: { userId: string; userLabel: string; organisations: Option[]; selected: number[] }) {
  const t = useTranslations('partners.organise');
  const [state, action] = useActionState(setPartnerMembershipsAction, initialActionState);
  return (
    <details>
      <summary>{t('changeOrganisations', { name: userLabel })}</summary>
      <form action={action} noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="userId" value={userId} />
        <CheckboxGroupField
          name="partnerIds"
          id={`organisations-${userId}`}
          legend={t('organisationsOf', { name: userLabel })}
          className="city-choices"
          listClassName="city-choices__grid"
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          defaultChecked={selected}
          errors={state.fieldErrors.partnerIds}
        />
        <SubmitButton className="button secondary">{t('saveOrganisations')}</SubmitButton>
      </form>
    </details>
  );
}
