'use server';

import { z } from 'zod';
import { id } from '@/lib/validation/common';
import { formAction, on } from '@/app/_lib/form-actions';
import { AlreadySentError, ExpiredLinkError, retryMail, UnknownMailError } from '@/lib/mail/outbox-failures';
import { canManageOutbox } from '@/lib/permissions';

const retrySchema = z.object({ id });

/** Sends a failed or waiting mail again now, with a fresh set of attempts. */
export const retryMailAction = formAction({
  namespace: 'Outbox',
  can: canManageOutbox,
  parse: (form) => retrySchema.safeParse({ id: form.get('id') }),
  run: (actor, { id }) => retryMail(actor, id),
  errors: [on(UnknownMailError, 'notFound'), on(AlreadySentError, { code: 'conflict', message: 'alreadySent' }), on(ExpiredLinkError, { code: 'conflict', message: 'askAgain' })],
  revalidate: ['/[locale]/organise/outbox'],
  done: (mail, t) => t('retried', { to: mail.recipient }),
});
