import type { Metadata } from 'next';
import { importColumnWords } from '@/app/_lib/import-columns';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OrganiseNav } from '@/components/organise/OrganiseNav';
import { DataTable } from '@/components/organise/DataTable';
import { Link } from '@/i18n/navigation';
import { listCampaigns } from '@/lib/campaigns/campaigns';
import { getWorkspaceCampaign } from '@/lib/campaigns/workspace';
import { IMPORT_COLUMNS, REQUIRED_COLUMNS } from '@/lib/imports/columns';
import { IMPORT_LIMITS } from '@/lib/imports/limits';
import { importDone } from '@/lib/imports/imports';
import { canImportRegistrations } from '@/lib/permissions';
import { requireRight, signedInActor } from '@/app/_auth/guard';
import { ClientMessages } from '@/app/_lib/client-messages';
import { UploadForm } from './forms';
import type { SearchPageProps } from '../_lib/page-props';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Import' });
  return { title: t('title') };
}

/** Importing a spreadsheet of buildings: the upload, the columns it reads, the templates. */
export default async function ImportPage({ params, searchParams }: SearchPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, '/organise/import');
  requireRight(canImportRegistrations(actor));
  const t = await getTranslations('Import');
  const search = await searchParams;
  const finished = typeof search.done === 'string' ? await importDone(actor, search.done) : null;
  const [campaigns, open] = await Promise.all([listCampaigns(actor), getWorkspaceCampaign()]);
  const state = (published: boolean) => (published ? t('published') : t('notPublished'));

  return (
    <ClientMessages namespaces={['Import']}>
      <main id="main" className="page">
        <h1>{t('title')}</h1>
        <OrganiseNav current="import" />
        {finished ? (
          <div role="status" className="form-message is-ok" data-testid="import-done">
            <p>
              {t('done', { imported: finished.imported, file: finished.fileName, year: finished.year })}{' '}
              {finished.skipped ? t('doneSkipped', { count: finished.skipped }) : null} {finished.toPlace ? t('doneToPlace', { count: finished.toPlace }) : null}
            </p>
            <p>
              <Link href={`/organise/review?year=${finished.year}`}>{t('goReview', { year: finished.year })}</Link>
            </p>
          </div>
        ) : search.discarded === '1' ? (
          <p role="status" className="form-message is-ok">
            {t('discarded')}
          </p>
        ) : null}
        <p>{t('intro')}</p>
        <p>{t('statusNote')}</p>

        <h2 id="upload-heading">{t('uploadHeading')}</h2>
        {campaigns.length ? (
          <UploadForm
            campaigns={campaigns.map((c) => ({ id: c.id, label: `${c.year} (${state(c.published)})` }))}
            defaultCampaign={open?.id}
            maxMegabytes={IMPORT_LIMITS.FILE_MAX_BYTES / (1024 * 1024)}
            maxRows={IMPORT_LIMITS.ROWS_MAX}
          />
        ) : (
          <p>
            {t('noCampaign')} <Link href="/organise/campaigns">{t('createCampaign')}</Link>
          </p>
        )}

        <section aria-labelledby="columns-heading">
          <h2 id="columns-heading">{t('columnsHeading')}</h2>
          <p>{t('columnsIntro')}</p>
          <ul className="export-links">
            <li>
              <a className="button secondary" href="/api/imports/template/csv" download>
                {t('templateCsv')}
              </a>
            </li>
            <li>
              <a className="button secondary" href={`/api/imports/template/xlsx?lang=${locale}`} download>
                {t('templateXlsx')}
              </a>
            </li>
          </ul>
          <DataTable caption={t('columnsCaption')} columns={[t('column'), t('meaning'), t('example')]}>
              {IMPORT_COLUMNS.map((column) => (
                <tr key={column}>
                  <th scope="row">
                    <code>{column}</code>
                    {REQUIRED_COLUMNS.includes(column) ? <span className="muted"> ({t('required')})</span> : null}
                  </th>
                  <td data-label={t('meaning')}>{importColumnWords(t as never, column, locale).meaning}</td>
                  <td data-label={t('example')}>
                    <code>{importColumnWords(t as never, column, locale).example}</code>
                  </td>
                </tr>
              ))}
          </DataTable>
        </section>
      </main>
    </ClientMessages>
  );
}
