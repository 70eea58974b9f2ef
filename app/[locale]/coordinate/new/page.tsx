import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { currentActor } from '@/app/_auth/current-actor';
import { Link, redirect } from '@/i18n/navigation';
import { cityName } from '@/lib/localized';
import { canRegister } from '@/lib/permissions';
import { listRegistrableCities } from '@/lib/registrations/read';
import { getCampaignByYear, getWorkspaceCampaign } from '@/lib/campaigns/workspace';
import { RegistrationForm } from '../_forms/RegistrationForm';
import { formatters, mapTiles } from '../shared';
import { ClientMessages } from '@/app/_lib/client-messages';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Coordinate' });
  return { title: t('newTitle') };
}

export default async function NewRegistrationPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ year?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await currentActor();
  if (!actor) return redirect({ href: '/sign-in?callbackUrl=/coordinate/new', locale });
  const t = await getTranslations('Coordinate');
  const year = Number((await searchParams).year);
  const campaign = (Number.isInteger(year) ? await getCampaignByYear(year) : undefined) ?? (await getWorkspaceCampaign());
  if (!campaign) return redirect({ href: '/coordinate', locale });

  const now = new Date();
  // Only the cities the user may register in now (a coordinator: until the deadline).
  const cities = (await listRegistrableCities(actor)).filter((c) => canRegister(actor, { cityId: c.id, registrationDeadline: campaign.registrationDeadline }, now));
  const f = await formatters();
  return (
    <ClientMessages namespaces={['Coordinate', 'Kinds', 'RegistrationForm', 'PhotoRights', 'MapControls']}>
      <main id="main" className="page narrow">
        <p>
          <Link href="/coordinate">{t('backToList')}</Link>
        </p>
        <h1>{t('newTitle')}</h1>
        <p>
          {t('campaignHeading', { year: campaign.year })} · {t('eventDate', { date: f.day(campaign.eventDate) })}
        </p>
        {cities.length === 0 ? (
          <p role="note">
            {actor.role === 'coordinator' && actor.cityIds.length === 0
              ? t('noCities')
              : t('closedForNew', { deadline: f.deadline(campaign.registrationDeadline), year: campaign.year })}
          </p>
        ) : (
          <RegistrationForm
            campaign={{ id: campaign.id, eventDate: campaign.eventDate }}
            cities={cities.map((c) => ({ id: c.id, name: cityName(c, locale), lat: c.lat, lng: c.lng }))}
            initial={{
              cityId: String(cities[0]!.id),
              name: '',
              kind: 'town_hall',
              address: '',
              description: '',
              lat: '',
              lng: '',
              lightsOnMode: 'sunset',
              lightsOnTime: '',
              lightsOffTime: '',
            }}
            {...mapTiles()}
          />
        )}
      </main>
    </ClientMessages>
  );
}
