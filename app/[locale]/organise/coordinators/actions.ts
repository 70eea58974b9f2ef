'use server';

import { formAction, on } from '@/app/_lib/form-actions';
import { sendMail } from '@/lib/mail';
import { canManageCoordinators } from '@/lib/permissions';
import { DuplicateEmailError, ForbiddenSelfError, inviteUser, setUserActive, setUserCities, UnknownCityError, UnknownUserError } from '@/lib/users';
import { inviteSchema, userActiveSchema, userCitiesSchema, userFormInput } from '@/lib/validation/users';

const PAGE = ['/[locale]/organise/coordinators'];
const unknownCity = on(UnknownCityError, { field: 'cityIds', message: 'unknownCity' });

/** Invites a coordinator (or organiser) and tells them by mail how to sign in. */
export const inviteUserAction = formAction({
  namespace: 'Coordinators',
  can: canManageCoordinators,
  parse: (form) => inviteSchema.safeParse(userFormInput(form)),
  run: (actor, invitee) => inviteUser(actor, invitee),
  errors: [on(DuplicateEmailError, { field: 'email', message: 'duplicateEmail' }), unknownCity],
  revalidate: PAGE,
  done: async (_, t, invitee) => {
    try {
      await sendMail({ to: invitee.email, subject: 'You are invited to Blue Lights', text: t('inviteMail', { name: invitee.name }) });
    } catch (error) {
      // The invitation stands; the person can still ask for a sign-in link.
      console.error(error);
    }
    return t('invited', { email: invitee.email });
  },
});

/** Replaces the cities a coordinator acts for. */
export const setUserCitiesAction = formAction({
  namespace: 'Coordinators',
  can: canManageCoordinators,
  parse: (form) => userCitiesSchema.safeParse(userFormInput(form)),
  run: (actor, { userId, cityIds }) => setUserCities(actor, userId, cityIds),
  errors: [on(UnknownUserError, 'notFound'), unknownCity],
  revalidate: PAGE,
  done: (_, t) => t('citiesSaved'),
});

/** Deactivates a user (ending their sessions at once) or reactivates them. */
export const setUserActiveAction = formAction({
  namespace: 'Coordinators',
  can: canManageCoordinators,
  parse: (form) => userActiveSchema.safeParse(userFormInput(form)),
  run: (actor, { userId, active }) => setUserActive(actor, userId, active),
  errors: [on(UnknownUserError, 'notFound'), on(ForbiddenSelfError, { code: 'forbidden', message: 'notYourself' })],
  revalidate: PAGE,
  done: (_, t, { active }) => t(active ? 'reactivated' : 'deactivated'),
});
