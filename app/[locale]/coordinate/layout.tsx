import type { ReactNode } from 'react';
import { currentActor } from '@/app/_auth/current-actor';
import { requireRight } from '@/app/_auth/guard';
import { canUseWorkspace } from '@/lib/permissions';
import '@/components/registration/registration.css';

/**
 * The coordinators' workspace: its stylesheet belongs here, so that each of
 * its pages looks the same whether opened from a bookmark or reached by a click.
 * A partner signed in has a workspace of their own (/partner): every page here
 * answers them with the forbidden page (the public is sent to sign in by each page).
 */
export default async function CoordinateLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (actor) requireRight(canUseWorkspace(actor));
  return children;
}
