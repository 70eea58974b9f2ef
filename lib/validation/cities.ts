import { z } from 'zod';
import { LOCALES, perLocale, type Locale } from '@/lib/languages';
import type { CityInput } from '@/lib/cities/cities';
import { latitude, LIMITS, longitude, text } from './common';

export const CITY_LIMITS = { TIME_ZONE_MAX: 64, QUERY_MAX: 80 } as const;

/** An IANA time zone the runtime knows (Europe/Brussels, America/New_York…). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value);
  } catch {
    return false;
  }
}

const otherName = text(LIMITS.NAME_MAX, { required: false });

/** The form's field for the name in `locale`: `name_fr`. */
export const nameField = <L extends Locale>(locale: L) => `name_${locale}` as const;
/** The names in each language, one field per language of lib/languages.ts, all optional. */
const nameFields = Object.fromEntries(LOCALES.map((l) => [nameField(l), otherName])) as { [L in Locale as `name_${L}`]: typeof otherName };

/** The posters' languages: any of the site's, none meaning the default for the place. */
export const posterLocalesSchema = z.array(z.enum(LOCALES, { error: 'choice' }), { error: 'choice' }).max(LOCALES.length, { error: 'choice' });

export const citySchema = z.object({
  id: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number().int().positive().optional()),
  name: text(LIMITS.NAME_MAX),
  ...nameFields,
  country: z
    .string({ error: 'required' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: 'country' }),
  province: text(LIMITS.PROVINCE_MAX, { required: false }),
  lat: latitude,
  lng: longitude,
  /** Empty: taken from the coordinates. */
  timeZone: z
    .string()
    .trim()
    .max(CITY_LIMITS.TIME_ZONE_MAX, { error: 'tooLong' })
    .refine((v) => v === '' || isTimeZone(v), { error: 'timeZone' }),
  posterLocales: posterLocalesSchema,
});

export type CityForm = z.infer<typeof citySchema>;

/** The parsed form as the domain takes it: names per language, the zone from the coordinates when left empty. */
export function toCityInput(v: CityForm): CityInput {
  return {
    name: v.name,
    names: perLocale((l) => v[nameField(l)]),
    country: v.country,
    province: v.province,
    lat: v.lat,
    lng: v.lng,
    timeZone: v.timeZone || null,
    posterLocales: [...new Set(v.posterLocales)],
  };
}

export function cityFormInput(formData: FormData) {
  const get = (k: string) => formData.get(k) ?? '';
  return {
    id: get('id'),
    name: get('name'),
    ...Object.fromEntries(LOCALES.map((l) => [nameField(l), get(nameField(l))])),
    country: get('country'),
    province: get('province'),
    lat: get('lat'),
    lng: get('lng'),
    timeZone: get('timeZone'),
    posterLocales: formData.getAll('posterLocales'),
  };
}
