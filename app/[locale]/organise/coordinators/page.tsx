import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OrganiseNav } from '@/components/organise/OrganiseNav';
import { DataTable } from '@/components/organise/DataTable';
import { requireRight, signedInActor } from '@/app/_auth/guard';
import { listCities } from '@/lib/cities/cities';
import { LOCALE_NAMES } from '@/lib/constants';
import { cityName } from '@/lib/localized';
import { canManageCoordinators } from '@/lib/permissions';
import { listUsers } from '@/lib/users/users';
import { countOpenRequests, invitationPrefill } from '@/lib/requests/answer';
import { Link } from '@/i18n/navigation';
import { InviteForm, UserActiveForm, UserCitiesForm } from './forms';
import { ClientMessages } from '@/app/_lib/client-messages';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Coordinators' });
  return { title: t('title') };
}

export default async function CoordinatorsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ request?: string | string[] }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, '/organise/coordinators');
  const t = await getTranslations('Coordinators');
  requireRight(canManageCoordinators(actor));
  const roles = await getTranslations('Roles');
  const overview = await getTranslations('Organise');
  const [users, cities] = await Promise.all([listUsers(actor), listCities()]);
  const { request } = await searchParams;
  const prefill = typeof request === 'string' && /^\d{1,9}$/.test(request) ? await invitationPrefill(actor, Number(request)) : undefined;
  const cityOptions = cities.map((c) => ({ id: c.id, name: cityName(c, locale) }));
  const nameOf = new Map(cityOptions.map((c) => [c.id, c.name]));
  return (
    <ClientMessages namespaces={['Coordinators', 'Roles']}>
      <main id="main" className="page">
        <h1>{t('title')}</h1>
        <OrganiseNav current="coordinators" />
        <p data-testid="open-requests">
          <Link href="/organise/requests">{overview('openRequests', { count: await countOpenRequests() })}</Link>
        </p>
        <section aria-labelledby="invite-heading">
          <h2 id="invite-heading">{t('inviteHeading')}</h2>
          {prefill ? <p role="status">{t('fromRequest', { name: prefill.name, organisation: prefill.organisation })}</p> : null}
          <InviteForm cities={cityOptions} prefill={prefill ? { ...prefill, cityIds: prefill.cityId ? [prefill.cityId] : [] } : undefined} />
        </section>
        <section aria-labelledby="people-heading">
          <h2 id="people-heading">{t('peopleHeading', { count: users.length })}</h2>
          <DataTable columns={[t('name'), t('role'), t('cities'), t('status')]}>
              {users.map((u) => (
                <tr key={u.id} data-testid={`user-${u.email}`}>
                  <td data-label={t('name')}>
                    <strong>{u.name ?? '—'}</strong>
                    <br />
                    {u.email}
                  </td>
                  <td data-label={t('role')}>
                    {roles(u.role)}
                    <br />
                    <span className="muted" lang={u.locale}>
                      {LOCALE_NAMES[u.locale]}
                    </span>
                  </td>
                  <td data-label={t('cities')}>
                    {u.role === 'coordinator' ? (
                      <>
                        <p className="user-cities">{u.cityIds.map((id) => nameOf.get(id)).join(', ') || t('noCities')}</p>
                        <UserCitiesForm userId={u.id} userLabel={u.name ?? u.email} cities={cityOptions} selected={u.cityIds} />
                      </>
                    ) : (
                      t('allCities')
                    )}
                  </td>
                  <td data-label={t('status')}>
                    <p>{u.active ? (u.signedIn ? t('activeSignedIn') : t('activeNeverSignedIn')) : t('inactive')}</p>
                    {u.id !== actor.id ? <UserActiveForm userId={u.id} userLabel={u.name ?? u.email} active={u.active} /> : null}
                  </td>
                </tr>
              ))}
          </DataTable>
        </section>
      </main>
    </ClientMessages>
  );
}
