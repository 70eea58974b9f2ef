'use server';

import { getLocale } from 'next-intl/server';
import { formAction, on } from '@/app/_lib/form-actions';
import { doneWithNextStep, type NextStepState } from '../_lib/next-step';
import { canManageCoordinators } from '@/lib/permissions';
import { DuplicateEmailError, ForbiddenSelfError, setUserActive, setUserCities, UnknownCityError, UnknownUserError } from '@/lib/users/users';
import { inviteUser } from '@/lib/users/invite';
import { inviteSchema, userActiveSchema, userCitiesSchema, userFormInput } from '@/lib/validation/users';

const PAGE = ['/[locale]/organise'];
const unknownCity = on(UnknownCityError, { field: 'cityIds', message: 'unknownCity' });

/** Invites a coordinator (or organiser); the invitation mail, in the chosen language, is queued with it. */
export const inviteUserAction = formAction({
  namespace: 'Coordinators',
  can: canManageCoordinators,
  // Without a language chosen, the language of the organiser's page.
  parse: async (form) => inviteSchema.safeParse({ ...userFormInput(form), locale: form.get('locale') ?? (await getLocale()) }),
  run: (actor, invitee) => inviteUser(actor, invitee),
  errors: [on(DuplicateEmailError, { field: 'email', message: 'duplicateEmail' }), unknownCity],
  revalidate: PAGE,
  done: (_, t, invitee): Promise<NextStepState> => doneWithNextStep(t('invited', { email: invitee.email })),
});

/** Replaces the cities a coordinator acts for. */
export const setUserCitiesAction = formAction({
  namespace: 'Coordinators',
  can: canManageCoordinators,
  parse: (form) => userCitiesSchema.safeParse(userFormInput(form)),
  run: (actor, { userId, cityIds }) => setUserCities(actor, userId, cityIds),
  errors: [on(UnknownUserError, 'notFound'), unknownCity],
  revalidate: PAGE,
  done: (person, t) => t('citiesSaved', { name: person.name }),
});

/** Deactivates a user (ending their sessions at once) or reactivates them. */
export const setUserActiveAction = formAction({
  namespace: 'Coordinators',
  can: canManageCoordinators,
  parse: (form) => userActiveSchema.safeParse(userFormInput(form)),
  run: (actor, { userId, active }) => setUserActive(actor, userId, active),
  errors: [on(UnknownUserError, 'notFound'), on(ForbiddenSelfError, { code: 'forbidden', message: 'notYourself' })],
  revalidate: PAGE,
  done: (person, t, { active }) => t(active ? 'reactivated' : 'deactivated', { name: person.name }),
});
