/**
 * What every server action returns to `useActionState`. Messages are already
 * translated; `values` gives the form back what the user typed after an error.
 */
export type ActionState = {
  ok: boolean;
  /** Machine-readable outcome, for tests and for the UI to choose a style. */
  code?: 'ok' | 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited' | 'error';
  message: string;
  fieldErrors: Record<string, string[]>;
  values?: Record<string, string>;
};

export const initialActionState: ActionState = { ok: false, message: '', fieldErrors: {} };

/**
 * The text fields of a form, to give back to it after an error (files are
 * left out). A field sent several times (checkboxes) comes back comma-joined.
 */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION')) continue;
    values[key] = key in values ? `${values[key]},${value}` : value;
  }
  return values;
}
