import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { currentActor } from '@/app/_auth/current-actor';
import { localePath } from '@/lib/localized';

/**
 * What a signed-in user sees on a page they have no right to (an organiser
 * page, another city's registration), with status 403: the pages call
 * `forbidden()` (app/_auth/guard.tsx). Rendered inside the language's layout,
 * so the notice is in the visitor's language, with the site's header.
 */
export default async function Forbidden() {
  const t = await getTranslations('Forbidden');
  const e = await getTranslations('Errors');
  const locale = await getLocale();
  // A partner's own place is their organisation's events, not the coordinators' buildings.
  const partner = (await currentActor())?.role === 'partner';
  return (
    <main id="main" className="page narrow">
      <h1>{t('title')}</h1>
      <p role="alert">{e('forbidden')}</p>
      <p>{t('body')}</p>
      <p>
        {partner ? <Link href={localePath('/partner', locale)}>{t('backPartner')}</Link> : <Link href={localePath('/coordinate', locale)}>{t('back')}</Link>}
      </p>
    </main>
  );
}
