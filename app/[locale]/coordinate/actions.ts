'use server';

import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { publicDataChanged } from '@/app/_lib/public-data';
import { currentActor } from '@/app/_auth/current-actor';
import { invalid, notFoundState, refused, unexpected } from '@/app/_lib/action-results';
import { redirect } from '@/i18n/navigation';
import { formValues, type ActionState } from '@/lib/action-state';
import { BUILDINGS_TAG, lightsTag } from '@/lib/cache-tags';
import { canUseWorkspace, ForbiddenError, UnauthenticatedError } from '@/lib/permissions';
import { checkPhoto, type PhotoCheck } from '@/lib/photos';
import {
  AlreadyRegisteredError,
  createRegistration,
  PossibleDuplicatesError,
  RegistrationClosedError,
  RegistrationNotFoundError,
  UnknownBuildingError,
  UnknownCityError,
  updateRegistration,
  withdrawRegistration,
  type DuplicateView,
} from '@/lib/registrations';
import { confirmLit, LitWindowError, NotLitableError } from '@/lib/registrations';
import { reregisterBuildings } from '@/lib/registrations';
import { id } from '@/lib/validation/common';
import { illuminationIdSchema, registrationFormInput, registrationSchema, reregisterSchema } from '@/lib/validation/registration';
import { DEFAULT_TIME_ZONE } from '@/lib/constants';

/** What the registration form gets back: an ActionState, and the possible duplicates to choose from. */
export type RegistrationState = ActionState & { duplicates?: DuplicateView[] };

const fileOf = (v: FormDataEntryValue | null): File | null => (v && typeof v !== 'string' ? v : null);

async function photoErrors(check: PhotoCheck, field: string): Promise<Record<string, string[]>> {
  if (check.ok) return {};
  const t = await getTranslations('Photos');
  return { [field]: [t(check.error)] };
}

/** Field errors of the parse and of the photo together: every error at once. */
async function invalidForm(
  zodError: Parameters<typeof invalid>[0] | null,
  extra: Record<string, string[]>,
  formData: FormData,
): Promise<ActionState> {
  const base = zodError
    ? await invalid(zodError, formData)
    : { ok: false, code: 'invalid' as const, message: (await getTranslations('Errors'))('formInvalid'), fieldErrors: {}, values: formValues(formData) };
  return { ...base, fieldErrors: { ...base.fieldErrors, ...extra } };
}

/** The refusals every workspace write may meet, as states. */
async function refusal(error: unknown, formData?: FormData): Promise<ActionState | null> {
  const t = await getTranslations('Coordinate');
  if (error instanceof UnauthenticatedError) return refused(null);
  if (error instanceof ForbiddenError) return refused(await currentActor());
  if (error instanceof RegistrationNotFoundError) return notFoundState();
  if (error instanceof RegistrationClosedError) {
    const format = await getFormatter();
    return {
      ok: false,
      code: 'forbidden',
      message: t('closed', { deadline: format.dateTime(error.deadline, { dateStyle: 'long', timeStyle: 'short', timeZone: DEFAULT_TIME_ZONE }) }),
      fieldErrors: {},
      values: formData ? formValues(formData) : undefined,
    };
  }
  return null;
}

function fieldState(message: string, field: string, formMessage: string, formData: FormData): ActionState {
  return { ok: false, code: 'invalid', message: formMessage, fieldErrors: { [field]: [message] }, values: formValues(formData) };
}

/**
 * Registers a building (no `illuminationId`) or saves an edit. Thin: who,
 * what (zod + the photo's content), then lib/registrations.
 */
export async function saveRegistrationAction(_prev: RegistrationState, formData: FormData): Promise<RegistrationState> {
  const actor = await currentActor();
  if (!canUseWorkspace(actor)) return refused(actor);
  const illuminationId = id.nullable().safeParse(String(formData.get('illuminationId') ?? '') || null);
  const campaignId = id.nullable().safeParse(String(formData.get('campaignId') ?? '') || null);
  if (!illuminationId.success || !campaignId.success || (illuminationId.data === null && campaignId.data === null)) return notFoundState();

  const parsed = registrationSchema.safeParse(registrationFormInput(formData));
  const photo = await checkPhoto(fileOf(formData.get('photo')));
  if (!parsed.success || !photo.ok) return invalidForm(parsed.success ? null : parsed.error, await photoErrors(photo, 'photo'), formData);

  const t = await getTranslations('Coordinate');
  const e = await getTranslations('Errors');
  let target: number;
  let year: number;
  let notice: 'created' | 'updated' | 'unchanged';
  try {
    if (illuminationId.data !== null) {
      const saved = await updateRegistration(actor, illuminationId.data, parsed.data, { photo: photo.photo });
      if (saved.buildingChanged) publicDataChanged(BUILDINGS_TAG);
      target = saved.illuminationId;
      year = saved.year;
      notice = saved.changed ? 'updated' : 'unchanged';
    } else {
      const saved = await createRegistration(actor, campaignId.data!, parsed.data, { photo: photo.photo });
      target = saved.illuminationId;
      year = saved.year;
      notice = 'created';
    }
  } catch (error) {
    const refusedState = await refusal(error, formData);
    if (refusedState) return refusedState;
    if (error instanceof PossibleDuplicatesError) {
      return {
        ok: false,
        code: 'conflict',
        message: t('duplicatesFound'),
        fieldErrors: { duplicateChoice: [t('duplicateChoose')] },
        values: formValues(formData),
        duplicates: error.duplicates,
      };
    }
    if (error instanceof AlreadyRegisteredError) return fieldState(t('alreadyRegistered'), 'duplicateChoice', e('formInvalid'), formData);
    if (error instanceof UnknownBuildingError) return fieldState(e('choice'), 'duplicateChoice', e('formInvalid'), formData);
    if (error instanceof UnknownCityError) return fieldState(e('choice'), 'cityId', e('formInvalid'), formData);
    return unexpected(error, formData);
  }
  const locale = await getLocale();
  redirect({ href: `/coordinate?year=${year}&notice=${notice}&id=${target}`, locale });
  return { ok: true, code: 'ok', message: '', fieldErrors: {} };
}

/** Withdraws a registration; an approved one leaves the public map at once. */
export async function withdrawRegistrationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await currentActor();
  if (!canUseWorkspace(actor)) return refused(actor);
  const parsed = illuminationIdSchema.safeParse({ illuminationId: formData.get('illuminationId') });
  if (!parsed.success) return notFoundState();
  let year: number;
  try {
    const done = await withdrawRegistration(actor, parsed.data.illuminationId);
    year = done.year;
    if (done.wasPublic) {
      publicDataChanged(lightsTag(done.year), BUILDINGS_TAG);
    }
  } catch (error) {
    return (await refusal(error)) ?? unexpected(error);
  }
  const locale = await getLocale();
  redirect({ href: `/coordinate?year=${year}&notice=withdrawn&id=${parsed.data.illuminationId}`, locale });
  return { ok: true, code: 'ok', message: '', fieldErrors: {} };
}

/** "Same as last year": registers the chosen buildings again, all in one transaction. */
export async function reregisterAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await currentActor();
  if (!canUseWorkspace(actor)) return refused(actor);
  const campaignId = id.safeParse(formData.get('campaignId'));
  if (!campaignId.success) return notFoundState();
  const parsed = reregisterSchema.safeParse({ buildingIds: formData.getAll('buildingIds').map(String) });
  const t = await getTranslations('Coordinate');
  if (!parsed.success) return { ok: false, code: 'invalid', message: t('chooseBuildings'), fieldErrors: { buildingIds: [t('chooseBuildings')] } };
  try {
    const done = await reregisterBuildings(actor, campaignId.data, parsed.data.buildingIds);
    return { ok: true, code: 'ok', message: t('reregistered', { count: done.illuminationIds.length }), fieldErrors: {} };
  } catch (error) {
    const refusedState = await refusal(error);
    if (refusedState) return refusedState;
    if (error instanceof AlreadyRegisteredError || error instanceof UnknownBuildingError) {
      return { ok: false, code: 'conflict', message: t('reregisterConflict'), fieldErrors: {} };
    }
    return unexpected(error);
  }
}

/** "Lights are on", with an optional photo of the night. */
export async function confirmLitAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await currentActor();
  if (!canUseWorkspace(actor)) return refused(actor);
  const parsed = illuminationIdSchema.safeParse({ illuminationId: formData.get('illuminationId') });
  if (!parsed.success) return notFoundState();
  const photo = await checkPhoto(fileOf(formData.get('litPhoto')));
  if (!photo.ok) return invalidForm(null, await photoErrors(photo, 'litPhoto'), formData);
  const t = await getTranslations('Coordinate');
  try {
    const done = await confirmLit(actor, parsed.data.illuminationId, { photo: photo.photo });
    publicDataChanged(lightsTag(done.year));
    const format = await getFormatter();
    return { ok: true, code: 'ok', message: t('litConfirmed', { time: format.dateTime(done.litAt, { timeStyle: 'short' }) }), fieldErrors: {} };
  } catch (error) {
    const refusedState = await refusal(error);
    if (refusedState) return refusedState;
    if (error instanceof LitWindowError) {
      const format = await getFormatter();
      const opts = { dateStyle: 'long', timeStyle: 'short', timeZone: error.timeZone } as const;
      // Allowed, but not now: a matter of time, not of permission.
      return {
        ok: false,
        code: 'conflict',
        message: t('litWindow', { opens: format.dateTime(error.opensAt, opts), closes: format.dateTime(error.closesAt, opts), timeZone: error.timeZone }),
        fieldErrors: {},
      };
    }
    if (error instanceof NotLitableError) return { ok: false, code: 'conflict', message: t('notLitable'), fieldErrors: {} };
    return unexpected(error);
  }
}
