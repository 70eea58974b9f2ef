import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { signedInActor } from '@/app/_auth/guard';
import { StatusBadge } from '@/components/registration/StatusBadge';
import { Link } from '@/i18n/navigation';
import { getWorkspaceCampaign } from '@/lib/campaigns/workspace';
import { formatCalendarDate } from '@/lib/dates';
import { listOwnEvents, listOwnPartners } from '@/lib/events/read-own';
import { cityName } from '@/lib/localized';
import { isOrganiser } from '@/lib/permissions';
import type { Locale } from '@/lib/constants';
import { deadlineText, eventWhen, openFor } from './shared';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'partnerSpace' });
  return { title: t('title') };
}

const NOTICES = ['created', 'updated', 'unchanged', 'withdrawn'] as const;

/**
 * The partner's workspace: the organisation's events in the campaign of the
 * moment, each with its status and what to do next, and one obvious action:
 * register an event (until the deadline). Organisers choose an organisation.
 */
export default async function PartnerPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ partner?: string; notice?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, '/partner');
  const query = await searchParams;
  const t = await getTranslations('partnerSpace');
  const kinds = await getTranslations('events.kinds');
  const now = new Date();
  const campaign = await getWorkspaceCampaign(now);
  const organisations = await listOwnPartners(actor);
  const organiser = isOrganiser(actor);
  // Organisers act for every organisation: one at a time, chosen here.
  const chosen = organiser ? (organisations.find((p) => String(p.id) === query.partner) ?? organisations[0]) : undefined;
  const shown = organiser ? (chosen ? [chosen] : []) : organisations;
  const names = new Map(organisations.map((p) => [p.id, p.name]));

  if (!campaign || shown.length === 0) {
    return (
      <main id="main" className="page narrow">
        <h1>{t('title')}</h1>
        <p role="note">{!campaign ? t('noCampaign') : t('noOrganisation')}</p>
      </main>
    );
  }
  const rows = await listOwnEvents(actor, campaign.id, shown.map((p) => p.id));
  const open = openFor(actor, campaign, now);
  const deadline = deadlineText(campaign, locale);
  const notice = NOTICES.find((n) => n === query.notice);
  const newHref = chosen ? `/partner/new?partner=${chosen.id}` : '/partner/new';

  return (
    <main id="main" className="page narrow partner-space">
      <h1>{t('title')}</h1>
      <p className="partner-space__who">
        {shown.map((p) => p.name).join(', ')} · <Link href={chosen ? `/partner/profile?partner=${chosen.id}` : '/partner/profile'}>{t('profile.link')}</Link>
      </p>
      {notice ? (
        <div role="status" className="form-message is-ok" data-testid="notice">
          {t(`notice.${notice}`)}
        </div>
      ) : null}
      {organiser ? (
        <form method="get" className="card partner-space__chooser">
          <label htmlFor="partner-choice">{t('chooseOrganisation')}</label>{' '}
          <select id="partner-choice" name="partner" defaultValue={chosen?.id}>
            {organisations.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>{' '}
          <button type="submit" className="button secondary">
            {t('show')}
          </button>
        </form>
      ) : null}
      <section aria-labelledby="campaign-heading" className="card">
        <h2 id="campaign-heading">{t('campaignHeading', { year: campaign.year, date: formatCalendarDate(campaign.eventDate, locale) })}</h2>
        <p data-testid="deadline">{isOrganiser(actor) || open ? t('deadlineOpen', { deadline }) : t('deadlinePassed', { deadline })}</p>
        {open ? (
          <Link className="button" href={newHref}>
            {t('register')}
          </Link>
        ) : null}
      </section>

      <section aria-labelledby="events-heading">
        <h2 id="events-heading">{t('eventsHeading', { year: campaign.year })}</h2>
        {rows.length === 0 ? (
          <p className="card" data-testid="empty-state">
            {open ? t('empty') : t('emptyClosed')}
          </p>
        ) : (
          <ul className="partner-events" role="list">
            {rows.map(({ event: e, city }) => (
              <li key={e.id} className="card partner-event" data-testid="partner-event">
                <h3>{e.titles[locale as Locale] || e.title}</h3>
                <p>
                  <StatusBadge status={e.status} label={t(`status.${e.status}`)} />
                </p>
                <p>
                  {kinds(e.kind)} · {cityName(city, locale)}
                  {shown.length > 1 ? ` · ${names.get(e.partnerId)}` : ''}
                </p>
                <p>{eventWhen(e, locale)}</p>
                {e.status === 'rejected' && e.reviewReason ? (
                  <p className="warning" data-testid="review-reason">
                    {t('rejectedBecause', { reason: e.reviewReason })}
                  </p>
                ) : null}
                {e.status === 'submitted' && e.approved ? <p className="field__hint">{t('publicKeepsApproved')}</p> : null}
                {e.status !== 'withdrawn' ? (
                  <p>
                    <Link href={`/partner/${e.id}`} className={e.status === 'rejected' ? 'button' : undefined}>
                      {!open ? t('view') : e.status === 'rejected' ? t('editAndResend') : t('edit')}
                      <span className="visually-hidden">: {e.titles[locale as Locale] || e.title}</span>
                    </Link>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
