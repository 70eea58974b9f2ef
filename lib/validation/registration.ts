/**
 * What a coordinator may send when registering or editing a building's
 * illumination. Error messages are keys of the `Errors` namespace (see
 * ./common.ts); every field is checked and every error reported at once.
 */
import { z } from 'zod';
import { BUILDING_KINDS, LIGHTS_ON_MODES, LOCALES, type Locale, type NamesByLocale } from '@/lib/constants';
import { differingNames, nameColumnOf } from '@/lib/localized';
import { id, latitude, LIMITS, localTime, longitude, text } from './common';

export const REGISTRATION_LIMITS = {
  NAME_MAX: LIMITS.NAME_MAX,
  /** A name in another language: as long as the name itself may be. */
  OTHER_NAME_MAX: LIMITS.NAME_MAX,
  ADDRESS_MAX: LIMITS.ADDRESS_MAX,
  DESCRIPTION_MAX: LIMITS.DESCRIPTION_MAX,
  /** A photo as uploaded, before re-encoding. */
  PHOTO_MAX_BYTES: 10 * 1024 * 1024,
  /** The longest side of a stored photo, in pixels. */
  PHOTO_MAX_PX: 2000,
  /** How many buildings "same as last year" re-registers in one go. */
  REREGISTER_MAX: 500,
} as const;

/** Empty or absent → null; anything else is checked as `HH:MM`. */
const optionalTime = localTime.nullable();

/** The form field of the building's name in `locale` (`name_nl`); one per language of the site. */
export type OtherNameField = `name_${Locale}`;
export const otherNameField = (locale: Locale): OtherNameField => nameColumnOf(locale);

const otherName = text(REGISTRATION_LIMITS.OTHER_NAME_MAX, { required: false });
/** One optional field per language, from the list of languages (none written out here). */
const otherNameFields = Object.fromEntries(LOCALES.map((l) => [otherNameField(l), otherName.optional()])) as Record<OtherNameField, z.ZodOptional<typeof otherName>>;

const registrationObject = z.object({
  cityId: id,
  name: text(REGISTRATION_LIMITS.NAME_MAX),
  ...otherNameFields,
  kind: z.enum(BUILDING_KINDS, { error: 'choice' }),
  address: text(REGISTRATION_LIMITS.ADDRESS_MAX, { required: false }),
  description: text(REGISTRATION_LIMITS.DESCRIPTION_MAX, { required: false, multiline: true }),
  lat: latitude,
  lng: longitude,
  lightsOnMode: z.enum(LIGHTS_ON_MODES, { error: 'choice' }),
  // Null with "at sunset"; required (undefined → "required") with a fixed time.
  lightsOnTime: optionalTime,
  lightsOffTime: optionalTime,
  /** An existing building the user chose among the near-duplicates: re-used, no new row. */
  useBuildingId: id.nullable(),
  /** The user saw the near-duplicates and says this is another building. */
  confirmedNew: z.boolean(),
  /** Edit only: remove the current photo. */
  removePhoto: z.boolean(),
});

/** Each field's own schema, for checking a value on its own (an import's cells). */
export const registrationFieldSchemas = registrationObject.shape;

/** The building's names per language from the form's fields, only those that differ from its name. */
function withNames(fields: z.infer<typeof registrationObject>) {
  const own: Partial<Record<Locale, string>> = {};
  const rest: Record<string, unknown> = { ...fields };
  for (const l of LOCALES) {
    own[l] = fields[otherNameField(l)];
    delete rest[otherNameField(l)];
  }
  return { ...(rest as Omit<typeof fields, OtherNameField>), names: differingNames(fields.name, own) as NamesByLocale };
}

export const registrationSchema = registrationObject.transform(withNames);

export type RegistrationFields = z.infer<typeof registrationSchema>;

const str = (v: FormDataEntryValue | null): string | undefined => (typeof v === 'string' ? v : undefined);
const blankToNull = (v: string | undefined): string | null | undefined => (v === undefined || v.trim() === '' ? null : v);

/**
 * The form's fields as the schema expects them. The lights-on time only
 * counts with "fixed time": left empty it is then "required"; with "at
 * sunset" whatever is in the (hidden) time field is ignored.
 */
export function registrationFormInput(formData: FormData) {
  const mode = str(formData.get('lightsOnMode'));
  const onTime = str(formData.get('lightsOnTime'));
  // "Is this the same as …?": an existing building's id, or "new".
  const choice = str(formData.get('duplicateChoice'))?.trim() ?? '';
  return {
    cityId: str(formData.get('cityId')),
    name: str(formData.get('name')),
    ...Object.fromEntries(LOCALES.map((l) => [otherNameField(l), str(formData.get(otherNameField(l))) ?? ''])),
    kind: str(formData.get('kind')),
    address: str(formData.get('address')) ?? '',
    description: str(formData.get('description')) ?? '',
    lat: str(formData.get('lat')),
    lng: str(formData.get('lng')),
    lightsOnMode: mode,
    lightsOnTime: mode === 'time' ? (onTime?.trim() ? onTime : undefined) : null,
    lightsOffTime: blankToNull(str(formData.get('lightsOffTime'))),
    useBuildingId: choice !== '' && choice !== 'new' ? choice : null,
    confirmedNew: choice === 'new',
    removePhoto: formData.get('removePhoto') === 'true' || formData.get('removePhoto') === 'on',
  };
}

/** One illumination, by id (withdraw, "lights are on"). */
export const illuminationIdSchema = z.object({ illuminationId: id });

/** "Same as last year": the buildings to register again. */
export const reregisterSchema = z.object({
  buildingIds: z.array(id, { error: 'chooseBuildings' }).min(1, { error: 'chooseBuildings' }).max(REGISTRATION_LIMITS.REREGISTER_MAX),
});
