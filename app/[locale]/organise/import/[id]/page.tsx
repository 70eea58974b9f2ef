import type { Metadata } from 'next';
import { importColumnWords } from '@/app/_lib/import-columns';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OrganiseNav } from '@/components/organise/OrganiseNav';
import { Link } from '@/i18n/navigation';
import { ImportFileError, UnknownImportError } from '@/lib/imports/errors';
import { previewImport, type ImportPreview } from '@/lib/imports/imports';
import { type PreviewRow, type RowIssue } from '@/lib/imports/validate';
import { cityName } from '@/lib/localized';
import { canImportRegistrations } from '@/lib/permissions';
import { KNOWN_KEYS } from '@/lib/validation/common';
import { requireRight, signedInActor } from '@/app/_auth/guard';
import { ClientMessages } from '@/app/_lib/client-messages';
import { ConfirmForm, DiscardForm } from '../forms';

/** Cells are shown up to this length: a 10,000-character name is shown as its start and its length. */
const SHOWN_CHARS = 80;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Import' });
  return { title: t('previewTitle') };
}

/** The preview of an uploaded file: every row with its errors, and the confirmation. */
export default async function ImportPreviewPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, `/organise/import/${id}`);
  requireRight(canImportRegistrations(actor));
  const t = await getTranslations('Import');

  let preview: ImportPreview;
  try {
    preview = await previewImport(actor, id);
  } catch (error) {
    if (!(error instanceof UnknownImportError) && !(error instanceof ImportFileError)) throw error;
    return (
      <main id="main" className="page">
        <h1>{t('previewTitle')}</h1>
        <OrganiseNav current="import" />
        <p role="alert" className="form-message is-error">
          {error instanceof ImportFileError ? t(`errors.${error.code}`, error.params) : t('errors.uploadGone')}
        </p>
        <p>
          <Link href="/organise/import">{t('uploadAnother')}</Link>
        </p>
      </main>
    );
  }

  const errorsT = await getTranslations('Errors');
  const kinds = await getTranslations('Kinds');
  const { counts, sheet } = preview;
  const issue = (i: RowIssue) => {
    const text = KNOWN_KEYS.has(i.key) ? errorsT(i.key as never, i.params as never) : t(`issues.${i.key}`, i.params);
    return i.column ? t('issue', { column: importColumnWords(t as never, i.column, locale).label, message: text }) : text;
  };
  const shown = (text: string) => (text.length > SHOWN_CHARS ? t('truncated', { text: text.slice(0, SHOWN_CHARS), count: text.length }) : text);

  return (
    <ClientMessages namespaces={['Import']}>
      <main id="main" className="page">
        <h1>{t('previewTitle')}</h1>
        <OrganiseNav current="import" />
        <p>{t('previewIntro', { file: preview.fileName, year: preview.campaign.year })}</p>
        {sheet.encoding === 'windows-1252' ? (
          <p className="warning" role="note">
            {t('encoding1252')}
          </p>
        ) : null}
        {sheet.ignoredColumns.length ? <p className="warning">{t('ignoredColumns', { columns: sheet.ignoredColumns.map(shown).join(', ') })}</p> : null}
        {sheet.repeatedColumns.length ? <p className="warning">{t('repeatedColumns', { columns: sheet.repeatedColumns.join(', ') })}</p> : null}

        <p role="status" data-testid="import-summary">
          {t('summary', { rows: counts.rows, valid: counts.valid, withErrors: counts.withErrors })}
          {counts.toPlace ? ` ${t('toPlace', { count: counts.toPlace })}` : ''}
        </p>
        <div className="import-actions">
          {counts.valid > 0 ? <ConfirmForm id={preview.id} valid={counts.valid} withErrors={counts.withErrors} /> : null}
          {counts.withErrors > 0 ? <p>{counts.valid > 0 ? t('fixAndUpload') : t('nothingValid')}</p> : null}
          <DiscardForm id={preview.id} />
        </div>

        <table className="data import-rows">
          <caption>{t('rowsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('row')}</th>
              <th scope="col">{t('building')}</th>
              <th scope="col">{t('city')}</th>
              <th scope="col">{t('position')}</th>
              <th scope="col">{t('lighting')}</th>
              <th scope="col">{t('result')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <PreviewLine key={r.row} row={r} locale={locale} t={t} kinds={kinds} issue={issue} shown={shown} />
            ))}
          </tbody>
        </table>
      </main>
    </ClientMessages>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<'Import'>>>;

function PreviewLine({
  row,
  locale,
  t,
  kinds,
  issue,
  shown,
}: {
  row: PreviewRow;
  locale: string;
  t: T;
  kinds: Awaited<ReturnType<typeof getTranslations<'Kinds'>>>;
  issue: (i: RowIssue) => string;
  shown: (text: string) => string;
}) {
  const b = row.building;
  const city = row.city ? cityName(row.city, locale) : shown(row.cells.city);
  return (
    <tr data-testid={`import-row-${row.row}`} className={b ? undefined : 'has-error'}>
      <th scope="row">{row.row}</th>
      <td data-label={t('building')}>
        <strong>{shown(b?.name ?? row.cells.name)}</strong>
        <br />
        <span className="muted">{b ? kinds(b.kind) : shown(row.cells.kind)}</span>
        {(b?.address ?? row.cells.address) ? (
          <>
            <br />
            {shown(b?.address ?? row.cells.address)}
          </>
        ) : null}
      </td>
      <td data-label={t('city')}>{city}</td>
      <td data-label={t('position')}>{b ? (b.needsPlacing ? t('atCentre', { city }) : `${b.lat}, ${b.lng}`) : [row.cells.latitude, row.cells.longitude].filter(Boolean).map(shown).join(' · ')}</td>
      <td data-label={t('lighting')}>
        {b
          ? `${b.lightsOnMode === 'time' ? t('onAt', { time: b.lightsOnTime ?? '' }) : t('onAtSunset')}${b.lightsOffTime ? `, ${t('offAt', { time: b.lightsOffTime })}` : ''}`
          : [row.cells.lights_on, row.cells.lights_off].filter(Boolean).map(shown).join(' – ')}
      </td>
      <td data-label={t('result')}>
        {b ? <p className="import-ok">{t('ready')}</p> : null}
        {row.errors.length ? (
          <ul className="field__errors" aria-label={t('errorsLabel')}>
            {row.errors.map((e, i) => (
              <li key={i}>{issue(e)}</li>
            ))}
          </ul>
        ) : null}
        {row.notes.length ? (
          <ul className="import-notes" aria-label={t('notesLabel')}>
            {row.notes.map((n, i) => (
              <li key={i}>{issue(n)}</li>
            ))}
          </ul>
        ) : null}
      </td>
    </tr>
  );
}
