import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OrganiseNav } from '@/components/organise/OrganiseNav';
import { requireRight, signedInActor } from '@/app/_auth/guard';
import { ClientMessages } from '@/app/_lib/client-messages';
import { Link } from '@/i18n/navigation';
import { LOCALE_NAMES, LOCALES } from '@/lib/constants';
import { cityName } from '@/lib/localized';
import { canManagePartners } from '@/lib/permissions';
import { listPartners } from '@/lib/partners/organisations';
import { listPartnerPeople } from '@/lib/partners/people';
import { photoUrl } from '@/lib/photos/photos';
import { UserActiveForm } from '../coordinators/forms';
import { InvitePartnerForm, MoveButtons, PartnerMembershipsForm } from './forms';
import '@/components/organise/partners.css';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'partners.organise' });
  return { title: t('title') };
}

/**
 * The partner organisations in the organisers' order (the partners page
 * shows them so), each with its people; inviting a person sits beside them,
 * since a person is invited for one or more of these organisations.
 */
export default async function PartnersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ added?: string | string[] }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, '/organise/partners');
  requireRight(canManagePartners(actor));
  const t = await getTranslations('partners.organise');
  const kinds = await getTranslations('partners.kinds');
  const [organisations, people] = await Promise.all([listPartners(actor), listPartnerPeople(actor)]);
  const { added } = await searchParams;
  const addedOne = typeof added === 'string' ? organisations.find((o) => String(o.id) === added) : undefined;
  const options = organisations.map((o) => ({ id: o.id, name: cityName(o, locale) }));
  const nameOf = new Map(options.map((o) => [o.id, o.name]));
  const localeOptions = LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }));
  return (
    <ClientMessages namespaces={['partners', 'Coordinators']}>
      <main id="main" className="page">
        <h1>{t('title')}</h1>
        <OrganiseNav current="partners" />
        <p>{t('intro')}</p>
        {addedOne ? (
          <p role="status">
            {t('added', { name: addedOne.name })}
          </p>
        ) : null}
        <section aria-labelledby="organisations-heading">
          <h2 id="organisations-heading">{t('listHeading', { count: organisations.length })}</h2>
          <p>
            <Link href="/organise/partners/new" className="button">
              {t('addLink')}
            </Link>
          </p>
          {organisations.length ? (
            <ol className="partner-list">
              {organisations.map((o, i) => (
                <li key={o.id} className="partner-list__item card" data-testid={`partner-${o.name}`}>
                  {o.logo ? (
                    // eslint-disable-next-line @next/next/no-img-element -- a stored, re-encoded logo
                    <img className="partner-list__logo" src={photoUrl(o.logo)} alt="" width={64} height={64} />
                  ) : (
                    <span className="partner-list__logo partner-list__logo--none" aria-hidden="true" />
                  )}
                  <div className="partner-list__text">
                    <h3>
                      <Link href={`/organise/partners/${o.id}`}>{cityName(o, locale)}</Link>
                    </h3>
                    <p className="muted">
                      {kinds(o.kind)} · {o.listed ? t('isListed') : t('notListed')} · {t('peopleCount', { count: o.people })}
                    </p>
                    {o.logoPending ? (
                      <p>
                        <Link href={`/organise/partners/${o.id}#logo-review`} className="partner-badge">
                          {t('logoWaiting')}
                        </Link>
                      </p>
                    ) : null}
                  </div>
                  <MoveButtons id={o.id} name={cityName(o, locale)} first={i === 0} last={i === organisations.length - 1} />
                </li>
              ))}
            </ol>
          ) : (
            <p>{t('none')}</p>
          )}
        </section>
        <section aria-labelledby="invite-partner-heading">
          <h2 id="invite-partner-heading">{t('inviteHeading')}</h2>
          {organisations.length ? <InvitePartnerForm organisations={options} localeOptions={localeOptions} /> : <p>{t('inviteNeedsOrganisation')}</p>}
        </section>
        <section aria-labelledby="partner-people-heading">
          <h2 id="partner-people-heading">{t('peopleHeading', { count: people.length })}</h2>
          {people.length ? (
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('personName')}</th>
                  <th scope="col">{t('organisations')}</th>
                  <th scope="col">{t('status')}</th>
                </tr>
              </thead>
              <tbody>
                {people.map((p) => (
                  <tr key={p.id} data-testid={`partner-person-${p.email}`}>
                    <td data-label={t('personName')}>
                      <strong>{p.name ?? '—'}</strong>
                      <br />
                      {p.email}
                      <br />
                      <span className="muted" lang={p.locale}>
                        {LOCALE_NAMES[p.locale]}
                      </span>
                    </td>
                    <td data-label={t('organisations')}>
                      <p>{p.partnerIds.map((id) => nameOf.get(id)).join(', ') || '—'}</p>
                      <PartnerMembershipsForm userId={p.id} userLabel={p.name ?? p.email} organisations={options} selected={p.partnerIds} />
                    </td>
                    <td data-label={t('status')}>
                      <p>{p.active ? (p.signedIn ? t('activeSignedIn') : t('activeNeverSignedIn')) : t('inactive')}</p>
                      <UserActiveForm userId={p.id} userLabel={p.name ?? p.email} active={p.active} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{t('noPeople')}</p>
          )}
        </section>
      </main>
    </ClientMessages>
  );
}
