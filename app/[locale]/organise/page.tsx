import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import './season.css';
import { OrganiseNav } from '@/components/organise/OrganiseNav';
import { DataTable } from '@/components/organise/DataTable';
import { YearSwitch } from '@/components/campaigns/YearSwitch';
import { DEFAULT_TIME_ZONE, ILLUMINATION_STATUSES } from '@/lib/constants';
import { Link } from '@/i18n/navigation';
import { getDashboard } from '@/lib/campaigns/dashboard';
import { getSeason } from '@/lib/campaigns/season-facts';
import { isRegistrationOpen } from '@/lib/campaigns/registration-open';
import { formatCalendarDate, formatDeadlineInZone } from '@/lib/dates';
import { parseYear } from '@/lib/ids';
import { cityName } from '@/lib/localized';
import { canReview } from '@/lib/permissions';
import { localDate } from '@/lib/time';
import { countOpenRequests } from '@/lib/requests/answer';
import { requireRight, signedInActor } from '@/app/_auth/guard';
import { provinceNamer } from './_lib/names';
import { SeasonChecklist, stepDetail } from './SeasonChecklist';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Organise' });
  return { title: t('title') };
}

/** Whole calendar days from `from` to `to` (ISO dates). */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

export default async function OrganisePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ year?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, '/organise');
  const t = await getTranslations('Organise');
  const s = await getTranslations('OrganiseSeason');
  requireRight(canReview(actor));
  const { year: yearParam } = await searchParams;
  const now = new Date();
  const season = await getSeason(actor, now, yearParam ? (parseYear(yearParam) ?? undefined) : undefined);
  const { campaign, checklist, facts } = season;
  const next = checklist.next;
  const nextBox = (
    <section aria-labelledby="next-heading" className="next-step" data-testid="next-step">
      <h2 id="next-heading">{next ? s(`next.${next.key}`) : s('allDone', { year: campaign?.year ?? '' })}</h2>
      {next ? (
        <>
          <p>{await stepDetail(next, facts, locale, now)}</p>
          <p>
            <Link href={next.href} className="button">
              {s(`step.${next.key}`)}
            </Link>
          </p>
        </>
      ) : null}
    </section>
  );
  if (!campaign) {
    return (
      <main id="main" className="page">
        <h1>{t('title')}</h1>
        <OrganiseNav current="overview" />
        <p>{t('noCampaign')}</p>
        {nextBox}
        <h2>{s('checklistHeading')}</h2>
        <SeasonChecklist checklist={checklist} facts={facts} locale={locale} now={now} />
      </main>
    );
  }
  const [dashboard, statuses, province] = await Promise.all([getDashboard(actor, campaign.year), getTranslations('Exports.statuses'), provinceNamer(locale)]);
  if (!dashboard) return null;
  const { current, previous } = dashboard;
  const nf = new Intl.NumberFormat(locale);
  const diff = (a: number, before: number | undefined) => (before === undefined ? '—' : `${a - before >= 0 ? '+' : '−'}${nf.format(Math.abs(a - before))}`);
  const today = localDate(now, DEFAULT_TIME_ZONE);
  const deadlineDays = daysBetween(today, localDate(campaign.registrationDeadline, DEFAULT_TIME_ZONE));
  const deadlinePassed = !isRegistrationOpen(campaign, now);
  const eventDays = daysBetween(today, campaign.eventDate);
  const otherYears = season.years;
  return (
    <main id="main" className="page">
      <h1>{t('heading', { year: campaign.year })}</h1>
      <OrganiseNav current="overview" />
      {season.reason && season.reason !== 'chosen' ? <p className="lead">{s(`reason.${season.reason}`)}</p> : null}
      <YearSwitch years={otherYears} current={campaign.year} href={(y) => `/organise?year=${y}`} label={s('yearsLabel')} visibleLabel />
      <p data-testid="open-requests"><Link href="/organise/requests">{t('openRequests', { count: await countOpenRequests() })}</Link></p>
      <div className="season-top">
        <div>
          {nextBox}
          <section aria-labelledby="state-heading">
            <h2 id="state-heading">{s('stateHeading')}</h2>
            <dl className="campaign-state" data-testid="campaign-state">
              <div>
                <dt>{s('publication')}</dt>
                <dd>{campaign.published ? s('isPublished') : s('isUnpublished')}</dd>
              </div>
              <div>
                <dt>{s('deadline')}</dt>
                <dd>
                  {formatDeadlineInZone(campaign.registrationDeadline, locale, DEFAULT_TIME_ZONE)}
                  <br />
                  <strong>{deadlinePassed ? s('deadlinePassed') : s('daysLeft', { count: deadlineDays })}</strong>
                </dd>
              </div>
              <div>
                <dt>{s('eventDate')}</dt>
                <dd>
                  {formatCalendarDate(campaign.eventDate, locale)}
                  <br />
                  <strong>{eventDays < 0 ? s('eventPassed') : s('eventIn', { count: eventDays })}</strong>
                </dd>
              </div>
            </dl>
          </section>
        </div>
        <section aria-labelledby="checklist-heading">
          <h2 id="checklist-heading">{s('checklistHeading')}</h2>
          <SeasonChecklist checklist={checklist} facts={facts} locale={locale} now={now} />
        </section>
      </div>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t('byStatus')}</h2>
        <ul className="stat-grid">
          {ILLUMINATION_STATUSES.map((st) => (
            <li key={st} data-testid={`status-${st}`}>
              <span className="stat__value">{nf.format(dashboard.statuses[st])}</span>{' '}
              <Link href={`/organise/registrations?year=${campaign.year}&status=${st}`}>{statuses(st)}</Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="chase-heading">
        <h2 id="chase-heading">{t('toChase', { count: dashboard.toChase.length })}</h2>
        <p>{t('toChaseHelp')}</p>
        {dashboard.toChase.length ? (
          <DataTable caption={t('toChaseCaption', { year: campaign.year })} columns={[t('city'), t('province'), t('coordinators')]}>
              {dashboard.toChase.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{cityName(c, locale)}</th>
                  <td data-label={t('province')}>{province(c.province)}</td>
                  <td data-label={t('coordinators')}>
                    <ul className="plain-list">
                      {c.coordinators.map((p) => (
                        <li key={p.email}>
                          {p.name ? `${p.name} · ` : ''}
                          <a href={`mailto:${p.email}`}>{p.email}</a>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
          </DataTable>
        ) : null}
      </section>

      <section aria-labelledby="compare-heading">
        <h2 id="compare-heading">{t('compareHeading')}</h2>
        <table className="data">
          <caption>{previous ? t('compareCaption', { year: current.year, previous: previous.year }) : t('compareCaptionFirst', { year: current.year })}</caption>
          <thead>
            <tr>
              <td />
              <th scope="col" className="num">{current.year}</th>
              {previous ? <th scope="col" className="num">{previous.year}</th> : null}
              {previous ? <th scope="col" className="num">{t('difference')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {(['registeredCities', 'registeredBuildings', 'approvedCities', 'approvedBuildings'] as const).map((k) => (
              <tr key={k}>
                <th scope="row">{t(k)}</th>
                <td className="num" data-label={String(current.year)}>{nf.format(current[k])}</td>
                {previous ? <td className="num" data-label={String(previous.year)}>{nf.format(previous[k])}</td> : null}
                {previous ? <td className="num" data-label={t('difference')}>{diff(current[k], previous[k])}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="province-heading">
        <h2 id="province-heading">{t('byProvince')}</h2>
        {dashboard.byProvince.length ? (
          <DataTable
            caption={t('byProvinceCaption', { year: campaign.year })}
            columns={[
              t('province'),
              { label: t('cities'), className: 'num' },
              { label: t('registeredBuildings'), className: 'num' },
              { label: statuses('approved'), className: 'num' },
              { label: statuses('submitted'), className: 'num' },
            ]}
          >
              {dashboard.byProvince.map((p) => (
                <tr key={p.province}>
                  <th scope="row">
                    <Link href={`/organise/registrations?year=${campaign.year}&province=${encodeURIComponent(p.province)}`}>{province(p.province)}</Link>
                  </th>
                  <td className="num" data-label={t('cities')}>{nf.format(p.cities)}</td>
                  <td className="num" data-label={t('registeredBuildings')}>{nf.format(p.registered)}</td>
                  <td className="num" data-label={statuses('approved')}>{nf.format(p.approved)}</td>
                  <td className="num" data-label={statuses('submitted')}>{nf.format(p.submitted)}</td>
                </tr>
              ))}
          </DataTable>
        ) : (
          <p>{t('nothingYet')}</p>
        )}
      </section>
    </main>
  );
}
