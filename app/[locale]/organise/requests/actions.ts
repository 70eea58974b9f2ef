'use server';

import { getLocale } from 'next-intl/server';
import { formAction, on } from '@/app/_lib/form-actions';
import { redirect } from '@/i18n/navigation';
import { canAnswerRequests } from '@/lib/permissions';
import { acceptRequest, declineRequest, RequestAnsweredError, UnknownPlaceError, UnknownRequestError } from '@/lib/requests/answer';
import { acceptSchema, answerFormInput, declineSchema } from '@/lib/requests/validation';

const PAGES = ['/[locale]/organise'];
const answered = [on(UnknownRequestError, 'notFound'), on(RequestAnsweredError, { code: 'conflict', message: 'errors.answered' })];

/**
 * Accepts a request (the requester is mailed in their language) and opens the
 * invitation form filled in from it: sending the invitation is the next step.
 */
export const acceptRequestAction = formAction({
  namespace: 'Requests',
  can: canAnswerRequests,
  parse: (form) => acceptSchema.safeParse(answerFormInput(form)),
  run: (actor, { id, city, country, reply }) => acceptRequest(actor, id, { city, country, reply }),
  errors: [...answered, on(UnknownPlaceError, { field: 'city', message: 'errors.unknownPlace' })],
  revalidate: PAGES,
  done: async ({ id }) => redirect({ href: `/organise/coordinators?request=${id}#invite-heading`, locale: await getLocale() }),
});

/**
 * Declines a request; the reply is mailed to the requester in their language.
 * Back on the list, which says so: the request has left the waiting ones, and
 * its form with it.
 */
export const declineRequestAction = formAction({
  namespace: 'Requests',
  can: canAnswerRequests,
  parse: (form) => declineSchema.safeParse(answerFormInput(form)),
  run: (actor, { id, reply }) => declineRequest(actor, id, reply),
  errors: answered,
  revalidate: PAGES,
  done: async ({ id }) => redirect({ href: `/organise/requests?declined=${id}`, locale: await getLocale() }),
});
