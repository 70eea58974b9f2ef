'use server';

import { formAction } from '@/app/_lib/form-actions';
import { canEditOwnAccount } from '@/lib/permissions';
import { setOwnLocale } from '@/lib/users/users';
import { ownLocaleSchema } from '@/lib/validation/users';

/** The language of the signed-in person's own mails. */
export const setOwnLocaleAction = formAction({
  namespace: 'Account',
  can: canEditOwnAccount,
  parse: (form) => ownLocaleSchema.safeParse({ locale: form.get('locale') }),
  run: (actor, { locale }) => setOwnLocale(actor, locale),
  revalidate: ['/[locale]/account'],
  done: (_, t, { locale }) => t('localeSaved', { language: t(`languages.${locale}`) }),
});
