'use client';

import { useEffect, useRef } from 'react';
import type { ActionState } from '@/lib/action-state';

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

/**
 * The form-level outcome of an action, announced to screen readers and
 * focused when it comes (see `useFocusOnAnswer`), so that the next Tab leads
 * into the form it speaks of.
 */
export function FormMessage({ state, focus = true }: { state: ActionState; focus?: boolean }) {
  const ref = useFocusOnAnswer<HTMLDivElement>(state, focus);
  if (!state.message) return <div role="status" aria-live="polite" className="form-message-empty" />;
  return (
    <div ref={ref} tabIndex={-1} role={state.ok ? 'status' : 'alert'} className={state.ok ? 'form-message is-ok' : 'form-message is-error'}>
      {state.message}
    </div>
  );
}
