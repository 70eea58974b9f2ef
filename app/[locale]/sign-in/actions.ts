'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { clientKey } from '@/app/_lib/client-key';
import { invalid, unexpected } from '@/app/_lib/action-results';
import { signIn } from '@/auth';
import { redirect } from '@/i18n/navigation';
import { formValues, type ActionState } from '@/lib/action-state';
import { env } from '@/lib/env';
import { hit, SIGN_IN_ADDRESS_LIMIT, signInClientLimit } from '@/lib/rate-limit';
import { isInvited } from '@/lib/users';
import { signInSchema } from '@/lib/validation/sign-in';

/**
 * Asks for a sign-in link. Invited or not, the answer is the same "check your
 * e-mail" page, so nobody can learn who has an account; only invited
 * addresses get mail.
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
    const client = await clientKey();
    const { allowed } = await hit([
      { key: `sign-in:email:${email}`, limit: SIGN_IN_ADDRESS_LIMIT },
      ...(client ? [{ key: `sign-in:client:${client}`, limit: signInClientLimit(env().SIGN_IN_CLIENT_LIMIT) }] : []),
    ]);
    if (!allowed) {
      const t = await getTranslations('SignIn');
      return { ok: false, code: 'rate_limited', message: t('rateLimited'), fieldErrors: {}, values: formValues(formData) };
    }
    if (await isInvited(email)) {
      const target = locale === 'en' || callbackUrl.startsWith(`/${locale}/`) ? callbackUrl : `/${locale}${callbackUrl}`;
      await signIn('nodemailer', { email, redirect: false, redirectTo: target });
    }
  } catch (error) {
    return unexpected(error, formData);
  }
  redirect({ href: '/sign-in/check-email', locale });
  return { ok: true, message: '', fieldErrors: {} };
}
