import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { currentActor } from '@/app/_auth/current-actor';
import { YearSwitch } from '@/components/campaigns/YearSwitch';
import { StatusBadge } from '@/components/registration/StatusBadge';
import { Link, redirect } from '@/i18n/navigation';
import { cityName } from '@/lib/localized';
import { parseId } from '@/lib/ids';
import { canRegister, isOrganiser, type Actor } from '@/lib/permissions';
import { getRegistration, listRegistrationPage, listReturningBuildings, type RegistrationRow } from '@/lib/registrations/read';
import { getTonight } from '@/lib/registrations/night';
import { getCampaignByYear, getWorkspaceCampaign, listCampaignYears } from '@/lib/campaigns/workspace';
import { isRegistrationOpen } from '@/lib/campaigns/registration-open';
import { ReregisterForm } from './_forms/ReregisterForm';
import { TonightSection } from './_tonight/TonightSection';
import { formatters } from './shared';
import { ClientMessages } from '@/app/_lib/client-messages';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Coordinate' });
  return { title: t('title') };
}

const NOTICES = { created: 'noticeCreated', updated: 'noticeUpdated', unchanged: 'noticeUnchanged', withdrawn: 'noticeWithdrawn', photoRights: 'noticePhotoRights' } as const;

type SearchParams = Promise<{ year?: string; notice?: string; id?: string; page?: string }>;

/**
 * The coordinator workspace: this campaign, its deadline, and the user's
 * registrations. On the event day it opens on tonight: the buildings to
 * confirm lit (lib/registrations/night.ts), the rest below.
 */
export default async function CoordinatePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await currentActor();
  if (!actor) return redirect({ href: '/sign-in?callbackUrl=/coordinate', locale });
  const query = await searchParams;
  const t = await getTranslations('Coordinate');
  const statuses = await getTranslations('RegistrationStatus');
  const f = await formatters();

  const year = query.year ? Number(query.year) : Number.NaN;
  const now = new Date();
  // Tonight, unless another year is asked for (a reminder's link names tonight's own year).
  const evening = await getTonight(actor, now);
  const tonight = evening && (!Number.isInteger(year) || year === evening.campaign.year) ? evening : null;
  const campaign = (Number.isInteger(year) ? await getCampaignByYear(year) : undefined) ?? tonight?.campaign ?? (await getWorkspaceCampaign(now));
  if (!campaign) {
    return (
      <main id="main" className="page narrow">
        <h1>{t('title')}</h1>
        <p>{t('noCampaign')}</p>
      </main>
    );
  }

  const organiser = isOrganiser(actor);
  const [list, returning, years] = await Promise.all([
    listRegistrationPage(actor, campaign.id, { page: Number(query.page) || 1 }),
    listReturningBuildings(actor, campaign),
    listCampaignYears(),
  ]);
  const { rows } = list;
  // Open for this user: organisers always; a coordinator until the deadline (and with a city).
  const open = organiser || (actor.cityIds.length > 0 && actor.cityIds.some((cityId) => canRegister(actor, { cityId, registrationDeadline: campaign.registrationDeadline }, now)));
  const deadline = f.deadline(campaign.registrationDeadline);
  const passed = !isRegistrationOpen(campaign, now);

  const noticeKey = query.notice && query.notice in NOTICES ? NOTICES[query.notice as keyof typeof NOTICES] : null;
  // The registration just saved may be on another page of the list: read it by itself.
  const noticeName = noticeKey ? await savedName(actor, query.id) : undefined;

  return (
    <ClientMessages namespaces={tonight ? ['Coordinate', 'RegistrationForm', 'PhotoRights'] : ['Coordinate']}>
      <main id="main" className="page">
        <h1>{t('title')}</h1>
        {noticeKey && noticeName ? (
          <div role="status" className="form-message is-ok">
            {t(noticeKey, { name: noticeName })}
          </div>
        ) : null}
        {tonight ? <TonightSection tonight={tonight} locale={locale} notPublished={!campaign.published} /> : null}
        <section aria-labelledby="campaign-heading" className="card">
          <h2 id="campaign-heading">{t('campaignHeading', { year: campaign.year })}</h2>
          <p>{t('eventDate', { date: f.day(campaign.eventDate) })}</p>
          {!campaign.published && !tonight ? (
            <p className="warning" role="note" data-testid="not-published">
              {t('notPublished')}
            </p>
          ) : null}
          <p data-testid="deadline">
            {!passed ? t('deadlineOpen', { deadline }) : organiser ? t('deadlinePassedOrganiser', { deadline }) : t('deadlinePassed', { deadline })}
          </p>
          <YearSwitch years={years} current={campaign.year} href={(y) => `/coordinate?year=${y}`} label={t('otherYears')} />
        </section>

        {!organiser && actor.cityIds.length === 0 ? (
          <p role="note">{t('noCities')}</p>
        ) : (
          <>
            <div className="workspace-actions">
              {open ? (
                <Link className="button" href={campaign.year === year ? `/coordinate/new?year=${campaign.year}` : '/coordinate/new'}>
                  {t('register')}
                </Link>
              ) : (
                <p>{t('closedForNew', { deadline, year: campaign.year })}</p>
              )}{' '}
              <Link href={`/coordinate/toolkit?year=${campaign.year}`}>{t('toolkit')}</Link>
            </div>

            {open && returning.length > 0 ? (
              <section aria-labelledby="returning-heading" className="card">
                <h2 id="returning-heading">{t('returningHeading')}</h2>
                <p>{t('returningIntro', { year: campaign.year })}</p>
                <ReregisterForm
                  campaignId={campaign.id}
                  buildings={returning.map((r) => ({
                    id: r.building.id,
                    name: r.building.name,
                    label: t('returningItem', { name: r.building.name, city: r.cityName, year: r.lastYear }),
                  }))}
                />
              </section>
            ) : null}

            <section aria-labelledby="registrations-heading">
              <h2 id="registrations-heading">{t('registrationsHeading', { year: campaign.year })}</h2>
              {rows.length === 0 ? (
                <p className="card" data-testid="empty-state">
                  {t('empty', { year: campaign.year })}
                </p>
              ) : (
                <table className="data registrations">
                  <thead>
                    <tr>
                      <th scope="col">{t('building')}</th>
                      <th scope="col">{t('city')}</th>
                      <th scope="col">{t('status')}</th>
                      <th scope="col">{t('lighting')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <RegistrationLine key={r.id} row={r} locale={locale} statusLabel={statuses(r.status)} t={t} time={f.time} />
                    ))}
                  </tbody>
                </table>
              )}
              {list.pages > 1 ? <Pager year={campaign.year} page={list.page} pages={list.pages} label={t('pages')} text={(key, values) => t(key, values)} /> : null}
            </section>
          </>
        )}
      </main>
    </ClientMessages>
  );
}

/** The name of a registration the actor may see, for the notice after a save; none for anything else. */
async function savedName(actor: NonNullable<Actor>, id: string | undefined): Promise<string | undefined> {
  const illuminationId = parseId(id ?? '');
  if (illuminationId === null) return undefined;
  try {
    return (await getRegistration(actor, illuminationId)).building.name;
  } catch {
    return undefined;
  }
}

/** Previous and next pages of a long list; without JavaScript, plain links. */
function Pager({ year, page, pages, label, text }: { year: number; page: number; pages: number; label: string; text: (key: 'pagePrevious' | 'pageNext' | 'pageOf', values?: Record<string, number>) => string }) {
  const href = (n: number) => `/coordinate?year=${year}&page=${n}`;
  return (
    <nav aria-label={label} className="pager">
      {page > 1 ? <Link href={href(page - 1)}>{text('pagePrevious')}</Link> : null}
      <span aria-current="page">{text('pageOf', { page, pages })}</span>
      {page < pages ? <Link href={href(page + 1)}>{text('pageNext')}</Link> : null}
    </nav>
  );
}

function RegistrationLine({
  row,
  locale,
  statusLabel,
  t,
  time,
}: {
  row: RegistrationRow;
  locale: string;
  statusLabel: string;
  t: Awaited<ReturnType<typeof getTranslations<'Coordinate'>>>;
  time: (d: Date, tz: string) => string;
}) {
  return (
    <tr data-testid={`registration-${row.id}`}>
      <th scope="row">
        <Link href={`/coordinate/${row.id}`} aria-label={t('edit', { name: row.building.name })}>
          {row.building.name}
        </Link>
        {row.building.address ? <p className="note">{row.building.address}</p> : null}
        {row.building.needsPlacing ? (
          <p className="note needs-placing">
            <Link href={`/coordinate/${row.id}`}>{t('needsPlacing', { name: row.building.name })}</Link>
          </p>
        ) : null}
      </th>
      <td data-label={t('city')}>{cityName(row.city, locale)}</td>
      <td data-label={t('status')}>
        <StatusBadge status={row.status} label={statusLabel} />
        {row.status === 'rejected' && row.reviewReason ? <p className="note">{t('reason', { reason: row.reviewReason })}</p> : null}
        {row.status === 'submitted' && row.isPublic ? <p className="note">{t('publicKept')}</p> : null}
        {row.litAt ? <p className="note">{t('litSince', { time: time(row.litAt, row.city.timeZone) })}</p> : null}
      </td>
      <td data-label={t('lighting')}>
        {row.lightsOnMode === 'time' && row.lightsOnTime ? t('atTime', { time: row.lightsOnTime }) : t('atSunset')}
        {row.lightsOffTime ? `, ${t('offAt', { time: row.lightsOffTime })}` : ''}
      </td>
    </tr>
  );
}
