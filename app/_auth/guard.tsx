import 'server-only';
import { getTranslations } from 'next-intl/server';
import { currentActor } from '@/app/_auth/current-actor';
import { redirect } from '@/i18n/navigation';
import type { Actor } from '@/lib/permissions';

/** The signed-in actor, or a redirect to sign in (coming back here afterwards). */
export async function signedInActor(locale: string, callbackUrl: string): Promise<NonNullable<Actor>> {
  const actor = await currentActor();
  if (!actor) return redirect({ href: `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`, locale });
  return actor;
}

/** What a signed-in user without the right sees instead of the page. */
export async function Forbidden({ title }: { title: string }) {
  const e = await getTranslations('Errors');
  return (
    <main id="main" className="page narrow">
      <h1>{title}</h1>
      <p role="alert">{e('forbidden')}</p>
    </main>
  );
}
