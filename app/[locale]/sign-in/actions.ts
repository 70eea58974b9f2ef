'use server';

import { getLocale } from 'next-intl/server';
import { askForSignInLink } from '@/app/_auth/sign-in-link';
import { clientKey } from '@/app/_lib/client-key';
import { formAction } from '@/app/_lib/form-actions';
import { redirect } from '@/i18n/navigation';
import { formValues, type ActionState } from '@/lib/action-state';
import { DEFAULT_LOCALE } from '@/lib/languages';
import { signInSchema } from '@/lib/validation/sign-in';

/**
 * Asks for a sign-in link. Invited or not, the answer is the same "check your
 * e-mail" page, so nobody can learn who has an account; only invited
 * addresses get mail (see app/_auth/sign-in-link.ts). Open to everyone.
 */
export const requestSignInLink = formAction({
  namespace: 'SignIn',
  can: () => true,
  parse: (form) => signInSchema.safeParse({ email: form.get('email'), callbackUrl: form.get('callbackUrl') ?? undefined }),
  run: async (_, { email, callbackUrl }) => {
    const locale = await getLocale();
    const target = locale === DEFAULT_LOCALE || callbackUrl.startsWith(`/${locale}/`) ? callbackUrl : `/${locale}${callbackUrl}`;
    return { locale, answer: await askForSignInLink({ email, callbackUrl: target, client: await clientKey() }) };
  },
  done: ({ locale, answer }, t, _, form): ActionState => {
    if (answer === 'client_limited') return { ok: false, code: 'rate_limited', message: t('rateLimited'), fieldErrors: {}, values: formValues(form) };
    return redirect({ href: '/sign-in/check-email', locale });
  },
});
