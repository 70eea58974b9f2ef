import type { ActionState } from '@/lib/action-state';

/** The form-level outcome of an action, announced to screen readers. */
export function FormMessage({ state }: { state: ActionState }) {
  if (!state.message) return <div role="status" aria-live="polite" className="form-message-empty" />;
  return (
    <div role={state.ok ? 'status' : 'alert'} className={state.ok ? 'form-message is-ok' : 'form-message is-error'}>
      {state.message}
    </div>
  );
}
