import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { signedInActor } from '@/app/_auth/guard';
import { getWorkspaceCampaign } from '@/lib/campaigns/workspace';
import { formatCalendarDate } from '@/lib/dates';
import { listOwnPartners } from '@/lib/events/read-own';
import { EventForm } from '../_forms/EventForm';
import { eventFormProps } from '../form-props';
import { EventPageFrame } from '../frame';
import { deadlineText, openFor } from '../shared';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'partnerSpace' });
  return { title: t('newTitle') };
}

/** Registering an event: the form, or after the deadline why not (and the form, read-only). */
export default async function NewEventPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ partner?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, '/partner/new');
  const t = await getTranslations('partnerSpace');
  const now = new Date();
  const campaign = await getWorkspaceCampaign(now);
  const organisations = await listOwnPartners(actor);
  if (!campaign || organisations.length === 0) {
    return (
      <main id="main" className="page narrow">
        <h1>{t('newTitle')}</h1>
        <p role="note">{!campaign ? t('noCampaign') : t('noOrganisation')}</p>
      </main>
    );
  }
  const wanted = (await searchParams).partner;
  const preferred = organisations.find((p) => String(p.id) === wanted) ?? organisations[0]!;
  const open = openFor(actor, campaign, now);
  return (
    <EventPageFrame title={t('newTitle')}>
      <p>{t('newIntro', { year: campaign.year, date: formatCalendarDate(campaign.eventDate, locale) })}</p>
      {open ? (
        <EventForm
          {...await eventFormProps(campaign, locale)}
          partners={organisations.map((p) => ({ id: p.id, name: p.name }))}
          initial={{ partnerId: String(preferred.id), kind: 'information_stand', country: 'BE', date: campaign.eventDate }}
          zone={null}
        />
      ) : (
        // After the deadline there is nothing to fill in: say so, and why.
        <p className="form-message is-error" role="note" data-testid="read-only">
          {t('closedForNew', { deadline: deadlineText(campaign, locale) })}
        </p>
      )}
    </EventPageFrame>
  );
}
