import 'server-only';
import { forbidden } from 'next/navigation';
import { currentActor } from '@/app/_auth/current-actor';
import { redirect } from '@/i18n/navigation';
import type { Actor } from '@/lib/permissions';

/** The signed-in actor, or a redirect to sign in (coming back here afterwards). */
export async function signedInActor(locale: string, callbackUrl: string): Promise<NonNullable<Actor>> {
  const actor = await currentActor();
  if (!actor) return redirect({ href: `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`, locale });
  return actor;
}

/**
 * Stops a page that the signed-in user has no right to see: the response is a
 * 403 with the notice of app/[locale]/forbidden.tsx, in the visitor's language.
 */
export function requireRight(allowed: boolean): asserts allowed {
  if (!allowed) forbidden();
}
