'use client';

import { Link } from '@/i18n/navigation';
import './next-step.css';
import type { ActionState } from '@/lib/action-state';

/** After an organiser action succeeded: a link to the season's next step ("Next: invite coordinators"). */
export function NextStep({ state }: { state: ActionState & { next?: { href: string; label: string } } }) {
  if (!state.ok || !state.next) return null;
  return (
    <p className="form-next" data-testid="form-next">
      <Link href={state.next.href}>{state.next.label}</Link>
    </p>
  );
}
