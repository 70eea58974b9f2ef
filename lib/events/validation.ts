/**
 * What a partner may send when registering or editing an event. Messages are
 * keys of the shared `Errors` namespace (required, tooLong…) or of the
 * partner space's own `partnerSpace.errors.*` (link, date…). Every field is
 * checked and every error reported at once. What needs the campaign (the
 * date's window) or the database (the city) is checked by ./write.ts.
 */
import { z } from 'zod';
import { EVENT_KINDS, LOCALES, type Locale, type NamesByLocale } from '@/lib/constants';
import { differingNames } from '@/lib/localized';
import { COUNTRY_CODES } from '@/lib/requests/countries';
import { id, latitude, LIMITS, localTime, longitude, text } from '@/lib/validation/common';

export const EVENT_LIMITS = {
  TITLE_MAX: LIMITS.NAME_MAX,
  CITY_MAX: LIMITS.NAME_MAX,
  ADDRESS_MAX: LIMITS.ADDRESS_MAX,
  DESCRIPTION_MAX: LIMITS.DESCRIPTION_MAX,
  LINK_MAX: 500,
  ACCESSIBILITY_MAX: 1000,
  CONTACT_MAX: 500,
  WEBSITE_MAX: 500,
  /** How many days before the campaign's day an event may be (a launch, a run-up). */
  DAYS_BEFORE: 60,
  /** How many days after the campaign's day an event may be. */
  DAYS_AFTER: 7,
} as const;

export type TitleField = `title_${Locale}`;
export type DescriptionField = `description_${Locale}`;
export const titleField = (l: Locale): TitleField => `title_${l}`;
export const descriptionField = (l: Locale): DescriptionField => `description_${l}`;

const otherTitle = text(EVENT_LIMITS.TITLE_MAX, { required: false });
const otherDescription = text(EVENT_LIMITS.DESCRIPTION_MAX, { required: false, multiline: true });

/** A web address, http or https only (no `javascript:`), empty allowed. */
export const webLink = (max: number) =>
  text(max, { required: false }).refine(
    (v) => {
      if (v === '') return true;
      try {
        const url = new URL(v);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
      } catch {
        return false;
      }
    },
    { error: 'link' },
  );

const isoDate = z
  .string({ error: 'required' })
  .trim()
  .refine((v) => v !== '', { error: 'required' })
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
    error: 'date',
  });

const eventObject = z.object({
  partnerId: id,
  kind: z.enum(EVENT_KINDS, { error: 'choice' }),
  title: text(EVENT_LIMITS.TITLE_MAX),
  ...(Object.fromEntries(LOCALES.map((l) => [titleField(l), otherTitle.optional()])) as Record<TitleField, z.ZodOptional<typeof otherTitle>>),
  description: text(EVENT_LIMITS.DESCRIPTION_MAX, { required: false, multiline: true }),
  ...(Object.fromEntries(LOCALES.map((l) => [descriptionField(l), otherDescription.optional()])) as Record<DescriptionField, z.ZodOptional<typeof otherDescription>>),
  city: text(EVENT_LIMITS.CITY_MAX),
  country: z
    .string({ error: 'required' })
    .trim()
    .toUpperCase()
    .refine((v) => COUNTRY_CODES.includes(v), { error: 'country' }),
  address: text(EVENT_LIMITS.ADDRESS_MAX, { required: false }),
  lat: latitude,
  lng: longitude,
  date: isoDate,
  startTime: localTime,
  endTime: localTime,
  link: webLink(EVENT_LIMITS.LINK_MAX),
  accessibility: text(EVENT_LIMITS.ACCESSIBILITY_MAX, { required: false, multiline: true }),
  contact: text(EVENT_LIMITS.CONTACT_MAX, { required: false, multiline: true }),
});

function withLanguages(fields: z.infer<typeof eventObject>) {
  const titles: Partial<Record<Locale, string>> = {};
  const descriptions: Partial<Record<Locale, string>> = {};
  const rest: Record<string, unknown> = { ...fields };
  for (const l of LOCALES) {
    titles[l] = fields[titleField(l)];
    descriptions[l] = fields[descriptionField(l)];
    delete rest[titleField(l)];
    delete rest[descriptionField(l)];
  }
  return {
    ...(rest as Omit<typeof fields, TitleField | DescriptionField>),
    titles: differingNames(fields.title, titles) as NamesByLocale,
    descriptions: differingNames(fields.description, descriptions) as NamesByLocale,
  };
}

export const eventSchema = eventObject
  // The same start and end is no event; an end earlier than the start is the next day (after midnight).
  .refine((v) => v.startTime !== v.endTime, { error: 'endSame', path: ['endTime'], when: (p) => p.issues.length === 0 })
  .transform(withLanguages);

export type EventFields = z.infer<typeof eventSchema>;

const str = (v: FormDataEntryValue | null): string | undefined => (typeof v === 'string' ? v : undefined);

/** The form's fields as the schema reads them (a missing required field is undefined: "required"). */
export function eventFormInput(formData: FormData) {
  const get = (k: string) => str(formData.get(k));
  return {
    partnerId: get('partnerId'),
    kind: get('kind'),
    title: get('title'),
    ...Object.fromEntries(LOCALES.flatMap((l) => [[titleField(l), get(titleField(l)) ?? ''], [descriptionField(l), get(descriptionField(l)) ?? '']])),
    description: get('description') ?? '',
    city: get('city'),
    country: get('country'),
    address: get('address') ?? '',
    lat: get('lat'),
    lng: get('lng'),
    date: get('date'),
    startTime: get('startTime'),
    endTime: get('endTime'),
    link: get('link') ?? '',
    accessibility: get('accessibility') ?? '',
    contact: get('contact') ?? '',
  };
}

/** The version of an event the form was opened on (its `updatedAt`, in ms), so that a stale form is refused. */
export const eventVersion = z.coerce.number({ error: 'required' }).int().nonnegative();

/** The organisation's profile as its people may change it. */
export const profileSchema = z.object({
  partnerId: id,
  website: webLink(EVENT_LIMITS.WEBSITE_MAX),
  description: text(EVENT_LIMITS.DESCRIPTION_MAX, { required: false, multiline: true }),
  ...(Object.fromEntries(LOCALES.map((l) => [descriptionField(l), otherDescription.optional()])) as Record<DescriptionField, z.ZodOptional<typeof otherDescription>>),
});

export type ProfileFields = z.infer<typeof profileSchema>;

export function profileFormInput(formData: FormData) {
  const get = (k: string) => str(formData.get(k));
  return {
    partnerId: get('partnerId'),
    website: get('website') ?? '',
    description: get('description') ?? '',
    ...Object.fromEntries(LOCALES.map((l) => [descriptionField(l), get(descriptionField(l)) ?? ''])),
  };
}
