'use server';

import { getLocale } from 'next-intl/server';
import { clientKey } from '@/app/_lib/client-key';
import { formAction } from '@/app/_lib/form-actions';
import { formValues, type ActionState } from '@/lib/action-state';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/constants';
import { canAskToTakePart } from '@/lib/permissions';
import { issueFormToken } from '@/lib/requests/form-token';
import { requestFormInput, requestSchema } from '@/lib/requests/validation';
import { submitRequest } from '@/lib/requests/submit';

/**
 * Sends a request to take part, from anyone. Whether it was stored or quietly
 * dropped (a program, an address over its limit), the sender reads the same
 * thanks; only a client over its own limit is told to wait.
 */
export const sendRequestAction = formAction({
  namespace: 'TakePart',
  can: canAskToTakePart,
  parse: (form) => requestSchema.safeParse(requestFormInput(form)),
  run: async (actor, input, form) => {
    const locale = await getLocale();
    return submitRequest(actor, input, {
      locale: (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : DEFAULT_LOCALE,
      formToken: form.get('startedAt'),
      honeypot: form.get('website'),
      client: await clientKey(),
    });
  },
  done: (outcome, t, _, form): string | ActionState => {
    if (outcome.answer === 'thanked') return t('thanks');
    if (outcome.answer === 'client_limited') return { ok: false, code: 'rate_limited', message: t('rateLimited'), fieldErrors: {}, values: formValues(form) };
    // Open for days: sent back once with a fresh timestamp, the input kept.
    return { ok: false, code: 'invalid', message: t('expired'), fieldErrors: {}, values: { ...formValues(form), startedAt: issueFormToken() } };
  },
});
