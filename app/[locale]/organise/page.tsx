import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import '@/components/organise/organise.css';
import { OrganiseNav } from '@/components/organise/OrganiseNav';
import { ILLUMINATION_STATUSES } from '@/lib/constants';
import { Link } from '@/i18n/navigation';
import { listCampaigns } from '@/lib/campaigns';
import { getDashboard } from '@/lib/campaigns';
import { parseYear } from '@/lib/ids';
import { cityName } from '@/lib/localized';
import { canReview } from '@/lib/permissions';
import { countOpenRequests } from '@/lib/requests';
import { requireRight, signedInActor } from '@/app/_auth/guard';
import { provinceNamer } from './_lib/names';
import { SelectField } from '@/components/forms/Field';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Organise' });
  return { title: t('title') };
}

export default async function OrganisePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ year?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, '/organise');
  const t = await getTranslations('Organise');
  requireRight(canReview(actor));
  const { year: yearParam } = await searchParams;
  const [dashboard, campaigns] = await Promise.all([getDashboard(actor, yearParam ? (parseYear(yearParam) ?? undefined) : undefined), listCampaigns(actor)]);
  const statuses = await getTranslations('Exports.statuses');
  const province = await provinceNamer(locale);
  const nf = new Intl.NumberFormat(locale);
  if (!dashboard) {
    return (
      <main id="main" className="page">
        <h1>{t('title')}</h1>
        <OrganiseNav current="overview" />
        <p>
          {t('noCampaign')} <Link href="/organise/campaigns">{t('createCampaign')}</Link>
        </p>
      </main>
    );
  }
  const { campaign, current, previous } = dashboard;
  const diff = (now: number, before: number | undefined) => (before === undefined ? '—' : `${now - before >= 0 ? '+' : '−'}${nf.format(Math.abs(now - before))}`);
  return (
    <main id="main" className="page">
      <h1>{t('heading', { year: campaign.year })}</h1>
      <OrganiseNav current="overview" />
      <p data-testid="open-requests"><Link href="/organise/requests">{t('openRequests', { count: await countOpenRequests() })}</Link></p>
      <form method="get" className="filter-form">
        <SelectField name="year" id="overview-year" label={t('campaign')} defaultValue={String(campaign.year)} options={campaigns.map((c) => ({ value: c.year, label: c.year }))} />
        <button type="submit" className="button secondary">
          {t('show')}
        </button>
      </form>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t('byStatus')}</h2>
        <ul className="stat-grid">
          {ILLUMINATION_STATUSES.map((s) => (
            <li key={s} data-testid={`status-${s}`}>
              <span className="stat__value">{nf.format(dashboard.statuses[s])}</span>{' '}
              <Link href={`/organise/registrations?year=${campaign.year}&status=${s}`}>{statuses(s)}</Link>
            </li>
          ))}
        </ul>
        {dashboard.statuses.submitted ? (
          <p>
            <Link href={`/organise/review?year=${campaign.year}`} className="button">
              {t('goReview', { count: dashboard.statuses.submitted })}
            </Link>
          </p>
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
                <td className="num">{nf.format(current[k])}</td>
                {previous ? <td className="num">{nf.format(previous[k])}</td> : null}
                {previous ? <td className="num">{diff(current[k], previous[k])}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="province-heading">
        <h2 id="province-heading">{t('byProvince')}</h2>
        {dashboard.byProvince.length ? (
          <table className="data">
            <caption>{t('byProvinceCaption', { year: campaign.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('province')}</th>
                <th scope="col" className="num">{t('cities')}</th>
                <th scope="col" className="num">{t('registeredBuildings')}</th>
                <th scope="col" className="num">{statuses('approved')}</th>
                <th scope="col" className="num">{statuses('submitted')}</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.byProvince.map((p) => (
                <tr key={p.province}>
                  <th scope="row">
                    <Link href={`/organise/registrations?year=${campaign.year}&province=${encodeURIComponent(p.province)}`}>{province(p.province)}</Link>
                  </th>
                  <td className="num">{nf.format(p.cities)}</td>
                  <td className="num">{nf.format(p.registered)}</td>
                  <td className="num">{nf.format(p.approved)}</td>
                  <td className="num">{nf.format(p.submitted)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('nothingYet')}</p>
        )}
      </section>

      <section aria-labelledby="chase-heading">
        <h2 id="chase-heading">{t('toChase', { count: dashboard.toChase.length })}</h2>
        <p>{t('toChaseHelp')}</p>
        {dashboard.toChase.length ? (
          <table className="data">
            <caption>{t('toChaseCaption', { year: campaign.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('city')}</th>
                <th scope="col">{t('province')}</th>
                <th scope="col">{t('coordinators')}</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.toChase.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{cityName(c, locale)}</th>
                  <td>{province(c.province)}</td>
                  <td>
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
            </tbody>
          </table>
        ) : null}
      </section>
    </main>
  );
}
