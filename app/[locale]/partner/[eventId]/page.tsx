import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { signedInActor } from '@/app/_auth/guard';
import { StatusBadge } from '@/components/registration/StatusBadge';
import { zoneInWords } from '@/lib/dates';
import { getOwnEvent, listOwnPartners } from '@/lib/events/read-own';
import { parseId } from '@/lib/ids';
import type { Locale } from '@/lib/constants';
import { getDb } from '@/db';
import { campaigns } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { EventForm } from '../_forms/EventForm';
import { WithdrawEventForm } from '../_forms/WithdrawEventForm';
import { eventFormProps } from '../form-props';
import { EventPageFrame } from '../frame';
import { deadlineText, eventFormValues, openFor } from '../shared';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'partnerSpace' });
  return { title: t('editTitle') };
}

/** One event: its status and review reason, the form to edit it (until the deadline), and withdrawing it. */
export default async function EventPage({ params }: { params: Promise<{ locale: string; eventId: string }> }) {
  const { locale, eventId } = await params;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, `/partner/${eventId}`);
  const id = parseId(eventId);
  const found = id === null ? undefined : await getOwnEvent(actor, id);
  if (!found) notFound();
  const { event: e, city } = found;
  const t = await getTranslations('partnerSpace');
  const [campaign] = await getDb().select().from(campaigns).where(eq(campaigns.id, e.campaignId));
  if (!campaign) notFound();
  const organisations = await listOwnPartners(actor);
  const open = openFor(actor, campaign, new Date());
  const readOnlyReason = !open ? t('closed', { deadline: deadlineText(campaign, locale) }) : e.status === 'withdrawn' ? t('withdrawnNote') : null;
  return (
    <EventPageFrame title={e.titles[locale as Locale] || e.title}>
      <p>
        <StatusBadge status={e.status} label={t(`status.${e.status}`)} />
      </p>
      {e.status === 'rejected' && e.reviewReason ? (
        <p className="warning" data-testid="review-reason">
          {t('rejectedBecause', { reason: e.reviewReason })}
        </p>
      ) : null}
      <EventForm
        key={e.updatedAt.getTime()}
        {...await eventFormProps(campaign, locale)}
        edit={{ eventId: e.id, version: e.updatedAt.getTime(), wasApproved: e.approved !== null }}
        partners={organisations.map((p) => ({ id: p.id, name: p.name }))}
        initial={eventFormValues(e, city, locale)}
        zone={zoneInWords(e.timeZone, locale, e.startsAt)}
        readOnlyReason={readOnlyReason}
      />
      {open && e.status !== 'withdrawn' ? <WithdrawEventForm eventId={e.id} version={e.updatedAt.getTime()} title={e.title} /> : null}
    </EventPageFrame>
  );
}
