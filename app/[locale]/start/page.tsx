import { setRequestLocale } from 'next-intl/server';
import { currentActor } from '@/app/_auth/current-actor';
import { redirect } from '@/i18n/navigation';
import { homeOf } from '@/lib/users/home';

/** Where a sign-in link lands: organisers go to their console, coordinators to their workspace, partners to theirs. */
export default async function StartPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await currentActor();
  const href = actor ? homeOf(actor.role) : '/sign-in';
  redirect({ href, locale });
}
