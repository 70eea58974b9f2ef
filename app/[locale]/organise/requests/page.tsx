import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OrganiseNav } from '@/components/organise/OrganiseNav';
import { DataTable } from '@/components/organise/DataTable';
import { requireRight, signedInActor } from '@/app/_auth/guard';
import { ClientMessages } from '@/app/_lib/client-messages';
import { Link } from '@/i18n/navigation';
import { DEFAULT_TIME_ZONE } from '@/lib/constants';
import { formatDateTime } from '@/lib/dates';
import { canAnswerRequests } from '@/lib/permissions';
import { countryName, countryOptions } from '@/lib/requests/countries';
import { listRequests } from '@/lib/requests/answer';
import { AcceptForm, DeclineForm } from './forms';
import './requests.css';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Requests' });
  return { title: t('title') };
}

/** The requests to take part from the public form: answer the waiting ones, see the answered. */
export default async function RequestsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ declined?: string | string[] }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, '/organise/requests');
  const t = await getTranslations('Requests');
  requireRight(canAnswerRequests(actor));
  const requests = await listRequests(actor);
  // The waiting ones in the order they came: the longest-waiting first.
  const open = requests.filter((r) => r.status === 'open').reverse();
  const answered = requests.filter((r) => r.status !== 'open');
  // Just declined (the action comes back here): said at the top, since its card has gone.
  const { declined } = await searchParams;
  const justDeclined = answered.find((r) => r.status === 'declined' && String(r.id) === declined);
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const date = (d: Date) => formatDateTime(d, locale, DEFAULT_TIME_ZONE, 'medium');
  const countries = countryOptions(locale);
  return (
    <ClientMessages namespaces={['Requests']}>
      <main id="main" className="page">
        <h1>{t('title')}</h1>
        <OrganiseNav current="coordinators" />
        {justDeclined ? (
          <p role="status" className="form-message is-ok">
            {t('declined', { name: justDeclined.name })}
          </p>
        ) : null}
        <p>
          {t('intro')} <Link href="/take-part">{t('publicForm')}</Link>
        </p>
        <section aria-labelledby="open-heading">
          <h2 id="open-heading">{t('openHeading', { count: open.length })}</h2>
          <ul className="request-list">
            {open.map((r) => {
              const request = { id: r.id, name: r.name, organisation: r.organisation, country: r.country, languageName: languages.of(r.locale) ?? r.locale };
              return (
                <li key={r.id} className="card request" data-testid={`request-${r.email}`}>
                  <h3>
                    {r.organisation} <span className="muted">· {countryName(r.country, locale)}</span>
                  </h3>
                  <p>
                    <strong>{r.name}</strong>, {r.role}
                    <br />
                    <a href={`mailto:${r.email}`}>{r.email}</a>
                  </p>
                  <p className="muted">{t('receivedOn', { date: date(r.createdAt), language: request.languageName })}</p>
                  {r.message ? <blockquote className="request__message">{r.message}</blockquote> : <p className="muted">{t('noMessage')}</p>}
                  <div className="request__answers">
                    <details>
                      <summary>{t('acceptSummary', { name: r.name })}</summary>
                      <AcceptForm request={request} countries={countries} />
                    </details>
                    <details>
                      <summary>{t('declineSummary', { name: r.name })}</summary>
                      <DeclineForm request={request} />
                    </details>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
        <section aria-labelledby="answered-heading">
          <h2 id="answered-heading">{t('answeredHeading', { count: answered.length })}</h2>
          {answered.length ? (
            <DataTable caption={t('answeredCaption')} columns={[t('organisation'), t('person'), t('received'), t('status'), t('answer')]}>
                {answered.map((r) => (
                  <tr key={r.id} data-testid={`request-${r.email}`}>
                    <th scope="row">
                      {r.organisation} <span className="muted">· {countryName(r.country, locale)}</span>
                    </th>
                    <td data-label={t('person')}>
                      {r.name}, {r.role}
                      <br />
                      {r.email}
                    </td>
                    <td data-label={t('received')}>
                      {date(r.createdAt)}
                      <br />
                      <span className="muted">{languages.of(r.locale)}</span>
                    </td>
                    <td data-label={t('status')}>
                      {t('answeredBy', { status: t(`statuses.${r.status}`), name: r.answeredByName ?? '—', date: r.answeredAt ? date(r.answeredAt) : '—' })}
                    </td>
                    <td data-label={t('answer')}>
                      {r.reply ? <p className="request__reply">{r.reply}</p> : null}
                      {r.status === 'accepted' ? (
                        r.invited ? (
                          <strong>{t('invited')}</strong>
                        ) : (
                          <Link href={`/organise/coordinators?request=${r.id}#invite-heading`}>{t('prepareInvitation', { name: r.name })}</Link>
                        )
                      ) : null}
                    </td>
                  </tr>
                ))}
            </DataTable>
          ) : null}
        </section>
      </main>
    </ClientMessages>
  );
}
