import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { signedInActor } from '@/app/_auth/guard';
import { ClientMessages } from '@/app/_lib/client-messages';
import { Link } from '@/i18n/navigation';
import { listOwnPartners } from '@/lib/events/read-own';
import { ProfileForm } from '../_forms/ProfileForm';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'partnerSpace' });
  return { title: t('profile.title') };
}

/** The profile of each organisation the user acts for (organisers: the one chosen). */
export default async function ProfilePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ partner?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, '/partner/profile');
  const t = await getTranslations('partnerSpace');
  const organisations = await listOwnPartners(actor);
  const wanted = (await searchParams).partner;
  const shown = organisations.filter((p) => (wanted ? String(p.id) === wanted : actor.role === 'partner' || p === organisations[0]));
  return (
    <ClientMessages namespaces={['partnerSpace', 'Errors']}>
      <main id="main" className="page narrow">
        <p>
          <Link href="/partner">{t('backToList')}</Link>
        </p>
        <h1>{t('profile.title')}</h1>
        <p>{t('profile.intro')}</p>
        {shown.length === 0 ? <p role="note">{t('noOrganisation')}</p> : null}
        {shown.map((p) => (
          <section key={p.id} aria-labelledby={`partner-${p.id}`}>
            <h2 id={`partner-${p.id}`}>{p.name}</h2>
            <ProfileForm
              partnerId={p.id}
              logoWaiting={Boolean(p.logoPending && p.logoPending !== p.logo)}
              initial={{ website: p.website, description: p.description, ...Object.fromEntries(Object.entries(p.descriptions).map(([l, v]) => [`description_${l}`, v ?? ''])) }}
            />
          </section>
        ))}
      </main>
    </ClientMessages>
  );
}
