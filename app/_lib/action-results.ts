import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { formValues } from '@/lib/action-state';
import type { Actor } from '@/lib/permissions';
import { fieldErrorsOf } from '@/lib/validation/common';

/** The state for a refused action: not signed in, or not allowed. */
export async function refused(actor: Actor): Promise<ActionState> {
  const t = await getTranslations('Errors');
  return actor
    ? { ok: false, code: 'forbidden', message: t('forbidden'), fieldErrors: {} }
    : { ok: false, code: 'unauthenticated', message: t('unauthenticated'), fieldErrors: {} };
}

/** The state for input that failed validation: every field's errors, translated, and the input given back. */
export async function invalid(error: z.ZodError, formData?: FormData): Promise<ActionState> {
  const t = await getTranslations('Errors');
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, errors] of Object.entries(fieldErrorsOf(error))) {
    fieldErrors[field] = errors.map((e) => t(e.key as 'required', e.params as never));
  }
  return {
    ok: false,
    code: 'invalid',
    message: t('formInvalid'),
    fieldErrors,
    values: formData ? formValues(formData) : undefined,
  };
}

/** The state for an error in one field found after parsing (a duplicate, a deadline…). */
export async function fieldError(field: string, message: string, formData?: FormData): Promise<ActionState> {
  const t = await getTranslations('Errors');
  return {
    ok: false,
    code: 'invalid',
    message: t('formInvalid'),
    fieldErrors: { [field]: [message] },
    values: formData ? formValues(formData) : undefined,
  };
}

export async function notFoundState(): Promise<ActionState> {
  const t = await getTranslations('Errors');
  return { ok: false, code: 'not_found', message: t('notFound'), fieldErrors: {} };
}

/** An unexpected failure: logged on the server, a neutral message to the user. */
export async function unexpected(error: unknown, formData?: FormData): Promise<ActionState> {
  console.error(error);
  const t = await getTranslations('Errors');
  return {
    ok: false,
    code: 'error',
    message: t('unexpected'),
    fieldErrors: {},
    values: formData ? formValues(formData) : undefined,
  };
}
