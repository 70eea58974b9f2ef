import 'server-only';
import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { currentActor } from '@/app/_auth/current-actor';
import { formValues, type ActionState } from '@/lib/action-state';
import { ForbiddenError, UnauthenticatedError, type Actor } from '@/lib/permissions';
import { fieldErrorsOf, KNOWN_KEYS } from '@/lib/validation/common';

/**
 * One way to write a server action. An action says who may run it, how its
 * form is read, what it does and what it answers; this does the rest, in the
 * same order everywhere:
 *
 *   actor → permission → parse (every field error, translated, input kept)
 *   → run → known errors as states → revalidate → the answer.
 *
 * The permission is checked here *and* again by the domain function that
 * `run` calls (it takes the actor): a page that hides a button protects
 * nothing, and neither would this alone.
 */

/**
 * A translator for the action's own namespace (`t('created', { name })`,
 * `t('errors.duplicate')`); `@key` is a shared `Errors` message.
 */
export type Translate = ((key: string, values?: Record<string, string | number | Date>) => string) & {
  /** Whether the namespace has its own message under `key`. */
  has: (key: string) => boolean;
};

/** What a known error becomes: a field's error, or the whole form's with a code. Messages are keys of the namespace. */
export type Failure =
  | { field: string; message: string; values?: Record<string, string | number> }
  | { code: NonNullable<ActionState['code']>; message: string; values?: Record<string, string | number>; keepInput?: boolean };

type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;
type Rule<S extends ActionState = ActionState> = {
  matches: (error: unknown) => boolean;
  failure: (error: never, t: Translate) => Failure | Promise<Failure> | S | Promise<S>;
};

/** Maps errors of one class to a failure (or to a whole state, for answers that carry more, like a list to choose from). */
export function on<E extends Error, S extends ActionState = ActionState>(
  type: ErrorClass<E>,
  failure: Failure | 'notFound' | ((error: E, t: Translate) => Failure | Promise<Failure> | S | Promise<S>),
): Rule<S> {
  const toFailure =
    failure === 'notFound'
      ? (): Failure => ({ code: 'not_found', message: '@notFound' })
      : typeof failure === 'function'
        ? failure
        : () => failure;
  return { matches: (error) => error instanceof type, failure: toFailure as Rule<S>['failure'] };
}

/** What a successful action answers: a message (key already translated), or a whole state. */
export type Done<R, I, S extends ActionState = ActionState> = (result: R, t: Translate, input: I, formData: FormData) => string | S | Promise<string | S>;

export type FormActionSpec<I, R, S extends ActionState = ActionState> = {
  /** The messages namespace of this form (`Cities`, `Coordinate`…). */
  namespace: string;
  /** Who may run it, by lib/permissions. Null (no one signed in) is asked too: some actions are public. */
  can: (actor: Actor) => boolean;
  /** Reads the form. A failed zod parse becomes every field's error; `extra` adds errors found alongside (a photo's). */
  parse: (formData: FormData) => ParseResult<I> | Promise<ParseResult<I>>;
  run: (actor: Actor, input: I, formData: FormData) => Promise<R>;
  errors?: Rule<S>[];
  /** Paths whose pages show what changed (signed-in pages; public data is refreshed by the database itself). */
  revalidate?: string[];
  done: Done<R, I, S>;
};

export type ParseResult<I> =
  | { success: true; data: I }
  | { success: false; error?: z.ZodError; extra?: Record<string, string[]>; renameFields?: Record<string, string> }
  | { success: false; notFound: true };

export function formAction<I, R, S extends ActionState = ActionState>(spec: FormActionSpec<I, R, S>): (prev: S, formData: FormData) => Promise<S> {
  return async (_prev, formData): Promise<S> => {
    const actor = await currentActor();
    if (!spec.can(actor)) return (await refusal(actor)) as S;
    const t = await translator(spec.namespace);
    const parsed = await spec.parse(formData);
    if (!parsed.success) {
      if ('notFound' in parsed) return state(t, { code: 'not_found', message: '@notFound' }) as S;
      return (await invalidForm(t, parsed, formData)) as S;
    }
    let result: R;
    try {
      result = await spec.run(actor, parsed.data, formData);
    } catch (error) {
      if (error instanceof UnauthenticatedError) return (await refusal(null)) as S;
      if (error instanceof ForbiddenError) return (await refusal(actor)) as S;
      const rule = spec.errors?.find((r) => r.matches(error));
      if (!rule) return (await unexpected(error, formData)) as S;
      const failure = await rule.failure(error as never, t);
      // The input is given back with every failure, so that the form keeps it.
      return ('ok' in failure ? { values: formValues(formData), ...failure } : { ...state(t, failure), values: formValues(formData) }) as S;
    }
    for (const path of spec.revalidate ?? []) revalidatePath(path, 'layout');
    const answer = await spec.done(result, t, parsed.data, formData);
    return typeof answer === 'string' ? ({ ok: true, code: 'ok', message: answer, fieldErrors: {} } as S) : answer;
  };
}

/**
 * A translator for a form's namespace that also knows the shared `Errors`
 * messages: `@key` is `Errors.key` (required, tooLong, notFound…).
 */
export async function translator(namespace: string): Promise<Translate> {
  type Raw = ((key: string, values?: Record<string, string | number | Date>) => string) & { has: (key: string) => boolean };
  const own = (await getTranslations(namespace as never)) as unknown as Raw;
  const shared = (await getTranslations('Errors')) as unknown as Raw;
  const t = (key: string, values?: Record<string, string | number | Date>) => (key.startsWith('@') ? shared(key.slice(1), values) : own(key, values));
  return Object.assign(t, { has: (key: string) => own.has(key) });
}

/** A failure as the state `useActionState` gets. */
export function state(t: Translate, failure: Failure): ActionState {
  const message = t(failure.message, failure.values);
  if ('field' in failure) return { ok: false, code: 'invalid', message: t('@formInvalid'), fieldErrors: { [failure.field]: [message] } };
  return { ok: false, code: failure.code, message, fieldErrors: {} };
}

/** Not signed in, or not allowed. */
export async function refusal(actor: Actor): Promise<ActionState> {
  const t = await getTranslations('Errors');
  return actor
    ? { ok: false, code: 'forbidden', message: t('forbidden'), fieldErrors: {} }
    : { ok: false, code: 'unauthenticated', message: t('unauthenticated'), fieldErrors: {} };
}

/** An unexpected failure: logged on the server, a neutral message to the user, the input kept. */
export async function unexpected(error: unknown, formData?: FormData): Promise<ActionState> {
  console.error(error);
  const t = await getTranslations('Errors');
  return { ok: false, code: 'error', message: t('unexpected'), fieldErrors: {}, values: formData ? formValues(formData) : undefined };
}

/**
 * Every field's errors at once, translated: a message that is one of the
 * form's own (`errors.reasonRequired` in its namespace) is taken from there,
 * with a custom issue's `params` as its values (`{tag}`, `{max}`); the shared
 * ones (required, tooLong…) from `Errors`.
 */
async function invalidForm(
  t: Translate,
  { error, extra = {}, renameFields = {} }: { error?: z.ZodError; extra?: Record<string, string[]>; renameFields?: Record<string, string> },
  formData: FormData,
): Promise<ActionState> {
  const fieldErrors: Record<string, string[]> = {};
  if (error) {
    const shared = fieldErrorsOf(error);
    for (const issue of error.issues) {
      const field = String(issue.path[0] ?? 'form');
      const sharedError = shared[field]?.shift();
      const message =
        !KNOWN_KEYS.has(issue.message) && t.has(`errors.${issue.message}`)
          ? t(`errors.${issue.message}`, issue.code === 'custom' ? (issue.params as Record<string, string | number> | undefined) : undefined)
          : t(`@${sharedError?.key ?? 'invalid'}`, sharedError?.params);
      (fieldErrors[renameFields[field] ?? field] ??= []).push(message);
    }
  }
  for (const [field, messages] of Object.entries(extra)) (fieldErrors[field] ??= []).push(...messages);
  return { ok: false, code: 'invalid', message: t('@formInvalid'), fieldErrors, values: formValues(formData) };
}
