import { getTranslations, setRequestLocale } from 'next-intl/server';
import { currentActor } from '@/app/_auth/current-actor';
import { redirect } from '@/i18n/navigation';
import { getProfile } from '@/lib/users/users';
import { cityName } from '@/lib/localized';
import { ClientMessages } from '@/app/_lib/client-messages';
import { LocaleForm } from './forms';

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await currentActor();
  if (!actor) return redirect({ href: '/sign-in?callbackUrl=/account', locale });
  const profile = (await getProfile(actor.id))!;
  const t = await getTranslations('Account');
  const roles = await getTranslations('Roles');
  return (
    <main id="main" className="page narrow">
      <h1>{t('title')}</h1>
      <dl className="facts">
        <dt>{t('name')}</dt>
        <dd>{profile.name ?? '—'}</dd>
        <dt>{t('email')}</dt>
        <dd>{profile.email}</dd>
        <dt>{t('role')}</dt>
        <dd>{roles(profile.role)}</dd>
        {profile.role === 'coordinator' ? (
          <>
            <dt>{t('cities')}</dt>
            <dd>
              {profile.cities.length ? (
                <ul className="plain-list" aria-label={t('cities')}>
                  {profile.cities.map((c) => (
                    <li key={c.id}>{c.name}</li>
                  ))}
                </ul>
              ) : (
                t('noCities')
              )}
            </dd>
          </>
        ) : null}
        {profile.role === 'partner' ? (
          <>
            <dt>{t('organisations')}</dt>
            <dd>
              {profile.organisations.length ? (
                <ul className="plain-list" aria-label={t('organisations')}>
                  {profile.organisations.map((o) => (
                    <li key={o.id}>{cityName(o, locale)}</li>
                  ))}
                </ul>
              ) : (
                t('noOrganisations')
              )}
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="mail-language-heading">
        <h2 id="mail-language-heading">{t('mailHeading')}</h2>
        <ClientMessages namespaces={['Account']}>
          <LocaleForm current={profile.locale} />
        </ClientMessages>
      </section>
    </main>
  );
}
