'use server';

import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { formAction, on, translator, type ParseResult } from '@/app/_lib/form-actions';
import type { ActionState } from '@/lib/action-state';
import { DEFAULT_TIME_ZONE } from '@/lib/constants';
import { formatClockTime, formatDateTime, formatDeadlineInZone, zoneInWords } from '@/lib/dates';
import { canUseWorkspace } from '@/lib/permissions';
import { checkPhoto, type PreparedPhoto } from '@/lib/photos/photos';
import { setPhotoRights, type PhotoRightsChange, type PhotoRightsInput } from '@/lib/photos/rights';
import { AlreadyRegisteredError, PossibleDuplicatesError, RegistrationClosedError, RegistrationNotFoundError, UnknownBuildingError, UnknownCityError, type DuplicateView } from '@/lib/registrations/errors';
import { confirmLit, LitWindowError, NotLitableError } from '@/lib/registrations/night';
import { createRegistration, updateRegistration } from '@/lib/registrations/write';
import { reregisterBuildings } from '@/lib/registrations/returning';
import { withdrawRegistration } from '@/lib/registrations/withdraw';
import { id } from '@/lib/validation/common';
import { parsePhotoRights } from '@/lib/validation/photos';
import { illuminationIdSchema, registrationFormInput, registrationSchema, reregisterSchema, type RegistrationFields } from '@/lib/validation/registration';

/**
 * What the registration form gets back: an ActionState, the possible
 * duplicates to choose from, and after a save where to go (the workspace,
 * with a notice). The browser goes there itself: answering the save with the
 * workspace page (a redirect) made every save wait for a whole page.
 */
export type RegistrationState = ActionState & { duplicates?: DuplicateView[]; next?: string };

const WORKSPACE = ['/[locale]/coordinate'];

const fileOf = (v: FormDataEntryValue | null): File | null => (v && typeof v !== 'string' ? v : null);

/** The refusals every workspace write may meet. */
const workspaceErrors = <S extends ActionState>() => [
  on(RegistrationNotFoundError, 'notFound'),
  on(RegistrationClosedError, async (error) => {
    const deadline = formatDeadlineInZone(error.deadline, await getLocale(), DEFAULT_TIME_ZONE);
    return { code: 'forbidden' as const, message: 'closed', values: { deadline } };
  }),
] as ReturnType<typeof on<Error, S>>[];

/** The photo's own error (by content, size), translated, to show beside the form's other errors. */
async function photoOf(form: FormData, field: string): Promise<{ photo: PreparedPhoto | null } | { errors: Record<string, string[]> }> {
  const check = await checkPhoto(fileOf(form.get(field)));
  if (check.ok) return { photo: check.photo };
  const t = await translator('Photos');
  return { errors: { [field]: [t(check.error)] } };
}

type Registration = {
  illuminationId: number | null;
  campaignId: number | null;
  fields: RegistrationFields;
  photo: PreparedPhoto | null;
  photoRights: PhotoRightsInput | null;
};

/** Every issue of several parses as one error, so that each field shows its own. */
function joinIssues(...issues: (z.core.$ZodIssue[] | undefined)[]): z.ZodError | undefined {
  const all = issues.flatMap((i) => i ?? []);
  return all.length ? new z.ZodError(all) : undefined;
}

/** Registers a building (no `illuminationId`) or saves an edit. */
export const saveRegistrationAction = formAction<Registration, { illuminationId: number; year: number; notice: string }, RegistrationState>({
  namespace: 'Coordinate',
  can: canUseWorkspace,
  parse: async (form): Promise<ParseResult<Registration>> => {
    const illuminationId = id.nullable().safeParse(String(form.get('illuminationId') ?? '') || null);
    const campaignId = id.nullable().safeParse(String(form.get('campaignId') ?? '') || null);
    if (!illuminationId.success || !campaignId.success || (illuminationId.data === null && campaignId.data === null)) return { success: false, notFound: true };
    const parsed = registrationSchema.safeParse(registrationFormInput(form));
    const rights = parsePhotoRights(form, 'photo');
    const photo = await photoOf(form, 'photo');
    if (!parsed.success || !rights.success || 'errors' in photo) {
      return { success: false, error: joinIssues(parsed.error?.issues, rights.success ? undefined : rights.issues), extra: 'errors' in photo ? photo.errors : {} };
    }
    return {
      success: true,
      data: { illuminationId: illuminationId.data, campaignId: campaignId.data, fields: parsed.data, photo: photo.photo, photoRights: rights.data },
    };
  },
  run: async (actor, { illuminationId, campaignId, fields, photo, photoRights }) => {
    if (illuminationId !== null) {
      const saved = await updateRegistration(actor, illuminationId, fields, { photo, photoRights });
      return { ...saved, notice: saved.changed ? 'updated' : saved.rightsChanged ? 'photoRights' : 'unchanged' };
    }
    return { ...(await createRegistration(actor, campaignId!, fields, { photo, photoRights })), notice: 'created' };
  },
  errors: [
    ...workspaceErrors(),
    on(PossibleDuplicatesError, (error, t): RegistrationState => ({
      ok: false,
      code: 'conflict',
      message: t('duplicatesFound'),
      fieldErrors: { duplicateChoice: [t('duplicateChoose')] },
      duplicates: error.duplicates,
    })),
    on(AlreadyRegisteredError, { field: 'duplicateChoice', message: 'alreadyRegistered' }),
    on(UnknownBuildingError, { field: 'duplicateChoice', message: '@choice' }),
    on(UnknownCityError, { field: 'cityId', message: '@choice' }),
  ],
  // No revalidation: the browser goes to the workspace next, which is rendered afresh; refreshing the
  // form's page first would remount the form and lose the answer that says where to go.
  done: (saved): RegistrationState => ({
    ok: true,
    code: 'ok',
    message: '',
    fieldErrors: {},
    next: `/coordinate?year=${saved.year}&notice=${saved.notice}&id=${saved.illuminationId}`,
  }),
});

/** Withdraws a registration; an approved one leaves the public map at once. */
export const withdrawRegistrationAction = formAction<{ illuminationId: number }, Awaited<ReturnType<typeof withdrawRegistration>>, RegistrationState>({
  namespace: 'Coordinate',
  can: canUseWorkspace,
  parse: (form) => {
    const parsed = illuminationIdSchema.safeParse({ illuminationId: form.get('illuminationId') });
    return parsed.success ? parsed : { success: false, notFound: true };
  },
  run: (actor, { illuminationId }) => withdrawRegistration(actor, illuminationId),
  errors: workspaceErrors(),
  done: (done): RegistrationState => ({
    ok: true,
    code: 'ok',
    message: '',
    fieldErrors: {},
    next: `/coordinate?year=${done.year}&notice=withdrawn&id=${done.illuminationId}`,
  }),
});

/** "Same as last year": registers the chosen buildings again, all in one transaction. */
export const reregisterAction = formAction({
  namespace: 'Coordinate',
  can: canUseWorkspace,
  parse: (form): ParseResult<{ campaignId: number; buildingIds: number[] }> => {
    const campaignId = id.safeParse(form.get('campaignId'));
    if (!campaignId.success) return { success: false, notFound: true };
    const parsed = reregisterSchema.safeParse({ buildingIds: form.getAll('buildingIds').map(String) });
    return parsed.success ? { success: true, data: { campaignId: campaignId.data, ...parsed.data } } : { success: false, error: parsed.error };
  },
  run: (actor, { campaignId, buildingIds }) => reregisterBuildings(actor, campaignId, buildingIds),
  errors: [
    ...workspaceErrors(),
    on(AlreadyRegisteredError, { code: 'conflict', message: 'reregisterConflict' }),
    on(UnknownBuildingError, { code: 'conflict', message: 'reregisterConflict' }),
  ],
  revalidate: WORKSPACE,
  done: (done, t) => t('reregistered', { count: done.illuminationIds.length }),
});

/** "Lights are on", with an optional photo of the night. */
export const confirmLitAction = formAction({
  namespace: 'Coordinate',
  can: canUseWorkspace,
  parse: async (form): Promise<ParseResult<{ illuminationId: number; photo: PreparedPhoto | null; photoRights: PhotoRightsInput | null }>> => {
    const parsed = illuminationIdSchema.safeParse({ illuminationId: form.get('illuminationId') });
    if (!parsed.success) return { success: false, notFound: true };
    const rights = parsePhotoRights(form, 'litPhoto');
    const photo = await photoOf(form, 'litPhoto');
    if (!rights.success || 'errors' in photo) return { success: false, error: joinIssues(rights.success ? undefined : rights.issues), extra: 'errors' in photo ? photo.errors : {} };
    return { success: true, data: { illuminationId: parsed.data.illuminationId, photo: photo.photo, photoRights: rights.data } };
  },
  run: (actor, { illuminationId, photo, photoRights }) => confirmLit(actor, illuminationId, { photo, photoRights }),
  errors: [
    ...workspaceErrors(),
    // Allowed, but not now: a matter of time, not of permission.
    on(LitWindowError, async (error) => {
      const locale = await getLocale();
      return {
        code: 'conflict',
        message: 'litWindow',
        values: { opens: formatDateTime(error.opensAt, locale, error.timeZone), closes: formatDateTime(error.closesAt, locale, error.timeZone), timeZone: zoneInWords(error.timeZone, locale, error.opensAt) },
      };
    }),
    on(NotLitableError, { code: 'conflict', message: 'notLitable' }),
  ],
  revalidate: WORKSPACE,
  done: async (done, t) => {
    return t('litConfirmed', { time: formatClockTime(done.litAt, await getLocale(), done.timeZone) });
  },
});

/**
 * A registration's photos: their credit lines and whether they may be
 * published (the gallery, the press pack). Allowed at any time to the city's
 * coordinators and the organisers.
 */
export const savePhotoRightsAction = formAction({
  namespace: 'Coordinate',
  can: canUseWorkspace,
  parse: (form): ParseResult<{ illuminationId: number; change: PhotoRightsChange }> => {
    const parsed = illuminationIdSchema.safeParse({ illuminationId: form.get('illuminationId') });
    if (!parsed.success) return { success: false, notFound: true };
    const registration = parsePhotoRights(form, 'photo');
    const night = parsePhotoRights(form, 'litPhoto');
    if (!registration.success || !night.success) {
      return { success: false, error: joinIssues(registration.success ? undefined : registration.issues, night.success ? undefined : night.issues) };
    }
    const change: PhotoRightsChange = {};
    if (registration.data) change.registration = registration.data;
    if (night.data) change.night = night.data;
    return { success: true, data: { illuminationId: parsed.data.illuminationId, change } };
  },
  run: (actor, { illuminationId, change }) => setPhotoRights(actor, illuminationId, change),
  errors: [on(RegistrationNotFoundError, 'notFound')],
  revalidate: WORKSPACE,
  done: (done, t) => t(done.changed ? 'photoRightsSaved' : 'photoRightsUnchanged'),
});
