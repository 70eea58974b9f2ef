'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/app/_auth/current-actor';
import { fieldError, invalid, notFoundState, refused, unexpected } from '@/app/_lib/action-results';
import type { ActionState } from '@/lib/action-state';
import { canManageCoordinators } from '@/lib/permissions';
import { sendMail } from '@/lib/mail';
import {
  DuplicateEmailError,
  ForbiddenSelfError,
  inviteUser,
  setUserActive,
  setUserCities,
  UnknownCityError,
  UnknownUserError,
} from '@/lib/users';
import { inviteSchema, userActiveSchema, userCitiesSchema, userFormInput } from '@/lib/validation/users';

const PAGE = '/[locale]/organise/coordinators';

/** Invites a coordinator (or organiser) and tells them by mail how to sign in. */
export async function inviteUserAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await currentActor();
  if (!canManageCoordinators(actor)) return refused(actor);
  const parsed = inviteSchema.safeParse(userFormInput(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const t = await getTranslations('Coordinators');
  try {
    await inviteUser(actor, parsed.data);
  } catch (error) {
    if (error instanceof DuplicateEmailError) return fieldError('email', t('duplicateEmail'), formData);
    if (error instanceof UnknownCityError) return fieldError('cityIds', t('unknownCity'), formData);
    return unexpected(error, formData);
  }
  try {
    await sendMail({
      to: parsed.data.email,
      subject: 'You are invited to Blue Lights',
      text: t('inviteMail', { name: parsed.data.name }),
    });
  } catch (error) {
    // The invitation stands; the person can still ask for a sign-in link.
    console.error(error);
  }
  revalidatePath(PAGE, 'page');
  return { ok: true, code: 'ok', message: t('invited', { email: parsed.data.email }), fieldErrors: {} };
}

/** Replaces the cities a coordinator acts for. */
export async function setUserCitiesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await currentActor();
  if (!canManageCoordinators(actor)) return refused(actor);
  const parsed = userCitiesSchema.safeParse(userFormInput(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const t = await getTranslations('Coordinators');
  try {
    await setUserCities(actor, parsed.data.userId, parsed.data.cityIds);
  } catch (error) {
    if (error instanceof UnknownUserError) return notFoundState();
    if (error instanceof UnknownCityError) return fieldError('cityIds', t('unknownCity'), formData);
    return unexpected(error, formData);
  }
  revalidatePath(PAGE, 'page');
  return { ok: true, code: 'ok', message: t('citiesSaved'), fieldErrors: {} };
}

/** Deactivates a user (ending their sessions at once) or reactivates them. */
export async function setUserActiveAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await currentActor();
  if (!canManageCoordinators(actor)) return refused(actor);
  const parsed = userActiveSchema.safeParse(userFormInput(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const t = await getTranslations('Coordinators');
  try {
    await setUserActive(actor, parsed.data.userId, parsed.data.active);
  } catch (error) {
    if (error instanceof UnknownUserError) return notFoundState();
    if (error instanceof ForbiddenSelfError) return { ok: false, code: 'forbidden', message: t('notYourself'), fieldErrors: {} };
    return unexpected(error, formData);
  }
  revalidatePath(PAGE, 'page');
  return { ok: true, code: 'ok', message: parsed.data.active ? t('reactivated') : t('deactivated'), fieldErrors: {} };
}
