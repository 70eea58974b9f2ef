'use client';

import './forms.css';
import { useLocale } from 'next-intl';
import { useEffect, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import type { ActionState } from '@/lib/action-state';
import { languageOf } from '@/lib/languages';
import { errorTarget, focusField, inPageOrder, type ErrorTarget } from './error-links';

/** Answers that have already taken the focus: each answer takes it once, not again when its form is drawn anew. */
const focused = new WeakSet<ActionState>();

/**
 * Moves the focus to the element that shows an action's answer, once per
 * answer. While a form is sent its button is disabled, and the browser drops
 * the focus to the page: without this a keyboard user starts again from the
 * top. A failure always takes the focus, since the user has to act on it; a
 * success only when the focus was lost (a form left as it was keeps it).
 * `when` lets a form send the focus somewhere more useful than its message.
 */
export function useFocusOnAnswer<E extends HTMLElement>(state: ActionState, when = true) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (!when || !state.message || focused.has(state)) return;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (state.ok && !lost) return;
    focused.add(state);
    ref.current?.focus();
  }, [state, when]);
  return ref;
}

type Listed = { name: string; messages: string[]; target: ErrorTarget | null };

/**
 * The form-level outcome of an action, announced to screen readers and
 * focused when it comes (see `useFocusOnAnswer`). After a failed check it is
 * the form's error summary: each field's errors, named by the field's label,
 * as a link that takes the focus to the field. The labels and the order are
 * read from the page once it shows the answer; before that (or without
 * JavaScript) the links point to `#field-{name}` with the messages alone.
 */
export function FormMessage({ state, focus = true }: { state: ActionState; focus?: boolean }) {
  const ref = useFocusOnAnswer<HTMLDivElement>(state, focus);
  const locale = useLocale();
  const names = Object.keys(state.fieldErrors).filter((n) => state.fieldErrors[n]?.length);
  const [found, setFound] = useState<{ state: ActionState; order: string[]; targets: Record<string, ErrorTarget | null> } | null>(null);
  useLayoutEffect(() => {
    if (state.ok || names.length === 0) return;
    const scope: ParentNode = ref.current?.closest('form') ?? document;
    setFound({ state, order: inPageOrder(scope, names), targets: Object.fromEntries(names.map((n) => [n, errorTarget(scope, n)])) });
    // `names` derives from `state`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  if (!state.message) return <div role="status" aria-live="polite" className="form-message-empty" />;
  const resolved = found?.state === state ? found : null;
  const listed: Listed[] = state.ok
    ? []
    : (resolved?.order ?? names).map((name) => ({
        name,
        messages: state.fieldErrors[name]!,
        target: resolved ? resolved.targets[name]! : { id: `field-${name}`, label: '' },
      }));
  // French sets a thin space before a colon.
  const colon = languageOf(locale).colon;
  const go = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (focusField(id)) event.preventDefault();
  };
  return (
    <div ref={ref} tabIndex={-1} role={state.ok ? 'status' : 'alert'} className={state.ok ? 'form-message is-ok' : 'form-message is-error'}>
      {state.message}
      {listed.length ? (
        <ul className="form-message__errors">
          {listed.map(({ name, messages, target }) => {
            const words = (
              <>
                {target?.label ? <span className="form-message__label">{`${target.label}${colon}`}</span> : null}
                {messages.join(' ')}
              </>
            );
            return (
              <li key={name}>
                {target ? (
                  <a href={`#${target.id}`} onClick={(e) => go(e, target.id)}>
                    {words}
                  </a>
                ) : (
                  words
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
