'use client';

import type { ReactNode } from 'react';
import { FormMessage } from '@/components/forms';
import type { ActionState } from '@/lib/action-state';
import { NextStep } from '../_lib/NextStep';

/**
 * A review queue as one form, around its table: the answer to the last
 * decision and the next step above it. After the last decision the queue is
 * empty, but the organiser still gets that answer. `formKey` draws the form
 * anew after a decision, and whenever a row shows other content than before.
 */
export function ReviewQueueForm({
  state,
  action,
  empty,
  formKey,
  children,
}: {
  state: ActionState & { next?: { href: string; label: string } };
  action: (form: FormData) => void;
  empty: boolean;
  formKey: string;
  children: ReactNode;
}) {
  if (empty)
    return (
      <>
        <FormMessage state={state} />
        <NextStep state={state} />
      </>
    );
  return (
    <form action={action} noValidate key={formKey}>
      {/* Enter in the form (in a reason, say) must not approve the first row: implicit submission
          uses the first submit button, and a disabled one submits nothing. */}
      <button type="submit" disabled hidden aria-hidden="true" tabIndex={-1} />
      <FormMessage state={state} />
      <NextStep state={state} />
      {children}
    </form>
  );
}
