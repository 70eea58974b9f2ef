import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { formValues, type ActionState } from '@/lib/action-state';
import { fieldErrorsOf, KNOWN_KEYS } from '@/lib/validation/common';

/**
 * Like `invalid()` from app/_lib/action-results, for schemas that also use
 * messages of their own: a message that is not a shared `Errors` key is looked
 * up in `namespace` (e.g. `Review.errors.reasonRequired`). Every field error
 * is translated; the input is given back.
 */
export async function invalidIn(namespace: string, error: z.ZodError, formData?: FormData, renameFields: Record<string, string> = {}): Promise<ActionState> {
  const e = await getTranslations('Errors');
  const own = await getTranslations(namespace as never);
  const shared = fieldErrorsOf(error);
  const fieldErrors: Record<string, string[]> = {};
  error.issues.forEach((issue) => {
    const field = String(issue.path[0] ?? 'form');
    const name = renameFields[field] ?? field;
    // fieldErrorsOf keeps the issues' order within a field: take this issue's entry.
    const sharedError = shared[field]?.shift();
    let message: string;
    if (!KNOWN_KEYS.has(issue.message) && (own as unknown as { has: (k: string) => boolean }).has(`errors.${issue.message}`)) {
      message = (own as unknown as (k: string) => string)(`errors.${issue.message}`);
    } else {
      message = sharedError ? e(sharedError.key as 'required', sharedError.params as never) : e('invalid');
    }
    (fieldErrors[name] ??= []).push(message);
  });
  return { ok: false, code: 'invalid', message: e('formInvalid'), fieldErrors, values: formData ? formValues(formData) : undefined };
}
