import type { ActionState } from '@/lib/action-state';

/**
 * Ties a form's fields to its action's last answer: each field gets its
 * errors, and what the user typed before a failure (else its initial value).
 * After a success the initial values come back, for a form drawn anew.
 *
 *   const field = bindFields(state, { name: city.name });
 *   <Field {...field('name')} label={t('name')} />
 */
export function bindFields(state: ActionState, initial: Record<string, string | undefined> = {}) {
  const kept = state.ok ? {} : (state.values ?? {});
  return (name: string, fallback: string = initial[name] ?? '') => ({ name, defaultValue: kept[name] ?? fallback, errors: state.fieldErrors[name] });
}
