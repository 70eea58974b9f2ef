import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OrganiseNav } from '@/components/organise/OrganiseNav';
import { DataTable } from '@/components/organise/DataTable';
import { requireRight, signedInActor } from '@/app/_auth/guard';
import { ClientMessages } from '@/app/_lib/client-messages';
import { listCities } from '@/lib/cities/cities';
import { listHelpCentres } from '@/lib/help-centres/help-centres';
import { cityName } from '@/lib/localized';
import { canManageHelpCentres } from '@/lib/permissions';
import { HelpCentreForm } from './forms';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'HelpCentres' });
  return { title: t('title') };
}

/** The help centres the organisers keep: add one, see and edit them all. */
export default async function HelpCentresPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, '/organise/help-centres');
  const t = await getTranslations('HelpCentres');
  requireRight(canManageHelpCentres(actor));
  const [centres, cities] = await Promise.all([listHelpCentres(), listCities()]);
  const cityOptions = cities.map((c) => ({ id: c.id, name: cityName(c, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
  const unknown = <span className="muted">{t('unknown')}</span>;
  return (
    <ClientMessages namespaces={['HelpCentres']}>
      <main id="main" className="page">
        <h1>{t('title')}</h1>
        <OrganiseNav current="cities" />
        <p>{t('intro')}</p>
        <section aria-labelledby="centres-heading">
          <h2 id="centres-heading">{t('listHeading', { count: centres.length })}</h2>
          {centres.length ? (
            <DataTable caption={t('listCaption')} columns={[t('name'), t('city'), t('address'), t('phone'), t('website'), t('position'), t('edit')]}>
                {centres.map((c) => (
                  <tr key={c.id} data-testid={`centre-${c.name}`}>
                    <th scope="row">{c.name}</th>
                    <td data-label={t('city')}>{cityName(c.city, locale)}</td>
                    <td data-label={t('address')}>{c.address || unknown}</td>
                    <td data-label={t('phone')}>{c.phone || unknown}</td>
                    <td data-label={t('website')}>{c.website ? <a href={c.website} rel="noopener noreferrer">{c.website}</a> : unknown}</td>
                    <td data-label={t('position')}>{c.lat !== null && c.lng !== null ? `${c.lat.toFixed(4)}, ${c.lng.toFixed(4)}` : <span className="muted">{t('noPosition')}</span>}</td>
                    <td data-label={t('edit')}>
                      <details>
                        <summary>{t('editOne', { name: c.name })}</summary>
                        <HelpCentreForm
                          legend={t('editOne', { name: c.name })}
                          cities={cityOptions}
                          initial={{ id: c.id, name: c.name, cityId: String(c.cityId), address: c.address, phone: c.phone, website: c.website, lat: c.lat === null ? '' : String(c.lat), lng: c.lng === null ? '' : String(c.lng) }}
                        />
                      </details>
                    </td>
                  </tr>
                ))}
            </DataTable>
          ) : null}
        </section>
        <section aria-labelledby="new-centre-heading">
          <h2 id="new-centre-heading">{t('newHeading')}</h2>
          <HelpCentreForm legend={t('newHeading')} cities={cityOptions} initial={{ name: '', cityId: '', address: '', phone: '', website: '', lat: '', lng: '' }} />
        </section>
      </main>
    </ClientMessages>
  );
}
