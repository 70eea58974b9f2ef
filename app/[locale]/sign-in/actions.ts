'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { askForSignInLink } from '@/app/_auth/sign-in-link';
import { clientKey } from '@/app/_lib/client-key';
import { invalid, unexpected } from '@/app/_lib/action-results';
import { redirect } from '@/i18n/navigation';
import { formValues, type ActionState } from '@/lib/action-state';
import { signInSchema } from '@/lib/validation/sign-in';

/**
 * Asks for a sign-in link. Invited or not, the answer is the same "check your
 * e-mail" page, so nobody can learn who has an account; only invited
 * addresses get mail (see app/_auth/sign-in-link.ts).
 */
export async function requestSignInLink(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = signInSchema.safeParse({
    email: formData.get('email'),
    callbackUrl: formData.get('callbackUrl') ?? undefined,
  });
  if (!parsed.success) return invalid(parsed.error, formData);
  const { email, callbackUrl } = parsed.data;
  const locale = await getLocale();

  try {
    const target = locale === 'en' || callbackUrl.startsWith(`/${locale}/`) ? callbackUrl : `/${locale}${callbackUrl}`;
    const answer = await askForSignInLink({ email, callbackUrl: target, client: await clientKey() });
    if (answer === 'client_limited') {
      const t = await getTranslations('SignIn');
      return { ok: false, code: 'rate_limited', message: t('rateLimited'), fieldErrors: {}, values: formValues(formData) };
    }
  } catch (error) {
    return unexpected(error, formData);
  }
  redirect({ href: '/sign-in/check-email', locale });
  return { ok: true, message: '', fieldErrors: {} };
}
