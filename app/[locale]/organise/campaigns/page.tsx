import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OrganiseNav } from '@/components/organise/OrganiseNav';
import { eventDateOf } from '@/lib/dates';
import { listCampaigns } from '@/lib/campaigns/campaigns';
import { localize } from '@/lib/localized';
import { canManageCampaigns } from '@/lib/permissions';
import { deadlineLastDay } from '@/lib/time';
import { DEFAULT_CAMPAIGN_HASHTAGS, DEFAULT_DEADLINE_REMINDER_DAYS, DEFAULT_TIME_ZONE } from '@/lib/constants';
import { formatHashtags } from '@/lib/share/hashtags';
import { formatCalendarDate, formatDeadlineInZone } from '@/lib/dates';
import { requireRight, signedInActor } from '@/app/_auth/guard';
import { EditCampaignForm, MapCampaignForm, NewCampaignForm, type CampaignValues } from './forms';
import { ClientMessages } from '@/app/_lib/client-messages';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Campaigns' });
  return { title: t('title') };
}

export default async function CampaignsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ edit?: string | string[] }> }) {
  const { locale } = await params;
  // `?edit=2026` opens that campaign's form (the review page links here to publish one).
  const { edit } = await searchParams;
  const editYear = typeof edit === 'string' ? Number(edit) : null;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, '/organise/campaigns');
  const t = await getTranslations('Campaigns');
  requireRight(canManageCampaigns(actor));
  const campaigns = await listCampaigns(actor);
  const nextYear = Math.max(new Date().getUTCFullYear(), ...campaigns.map((c) => c.year + 1));
  const fresh: CampaignValues = {
    year: nextYear,
    eventDate: eventDateOf(nextYear),
    theme: { en: '' },
    // By default the last day to register is 16 July, a fortnight before the day.
    registrationDeadline: `${nextYear}-07-16`,
    reminderDays: DEFAULT_DEADLINE_REMINDER_DAYS.join(', '),
    hashtags: formatHashtags(DEFAULT_CAMPAIGN_HASHTAGS),
    published: false,
  };
  const shown = campaigns.find((c) => c.showOnMap) ?? null;
  const defaultShown = campaigns.find((c) => c.published);
  return (
    <ClientMessages namespaces={['Campaigns']}>
      <main id="main" className="page">
        <h1>{t('title')}</h1>
        <OrganiseNav current="campaigns" />
        <section aria-labelledby="map-heading">
          <h2 id="map-heading">{t('mapHeading')}</h2>
          <p data-testid="map-campaign">{t('mapNow', { year: (shown ?? defaultShown)?.year ?? '—', chosen: shown ? 'yes' : 'no' })}</p>
          <MapCampaignForm campaigns={campaigns.map((c) => ({ id: c.id, year: c.year, published: c.published }))} current={shown?.id ?? null} />
        </section>
        <section aria-labelledby="list-heading">
          <h2 id="list-heading">{t('listHeading')}</h2>
          <table className="data">
            <caption>{t('listCaption', { count: campaigns.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('year')}</th>
                <th scope="col">{t('eventDate')}</th>
                <th scope="col">{t('theme')}</th>
                <th scope="col">{t('deadline')}</th>
                <th scope="col">{t('state')}</th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.year}</th>
                  <td data-label={t('eventDate')}>{formatCalendarDate(c.eventDate, locale)}</td>
                  <td data-label={t('theme')}>
                    {localize(c.theme, locale)}
                    <br />
                    <span className="muted" data-testid={`hashtags-${c.year}`}>
                      {c.hashtags.length ? formatHashtags(c.hashtags) : t('noHashtags')}
                    </span>
                  </td>
                  <td data-label={t('deadline')}>
                    {formatDeadlineInZone(c.registrationDeadline, locale, DEFAULT_TIME_ZONE)}
                    <br />
                    <span className="muted">
                      {c.deadlineReminderDays.length ? t('remindersBefore', { days: c.deadlineReminderDays.join(', '), count: c.deadlineReminderDays.length }) : t('noReminders')}
                    </span>
                  </td>
                  <td data-label={t('state')}>
                    {c.published ? t('isPublished') : t('isDraft')}
                    {c.showOnMap ? ` · ${t('isOnMap')}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {/* Keyed by the campaign only: a save must not draw the form anew, or its answer would go with it. */}
          {campaigns.map((c) => (
            <EditCampaignForm
              key={c.id}
              defaultOpen={c.year === editYear}
              initial={{
                id: c.id,
                year: c.year,
                eventDate: c.eventDate,
                theme: c.theme,
                registrationDeadline: deadlineLastDay(c.registrationDeadline, DEFAULT_TIME_ZONE),
                reminderDays: c.deadlineReminderDays.join(', '),
                hashtags: formatHashtags(c.hashtags),
                published: c.published,
              }}
            />
          ))}
        </section>
        <section aria-labelledby="new-heading">
          <h2 id="new-heading">{t('newHeading')}</h2>
          <NewCampaignForm initial={fresh} />
        </section>
      </main>
    </ClientMessages>
  );
}
