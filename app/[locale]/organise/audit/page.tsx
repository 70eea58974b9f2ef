import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import './audit.css';
import { OrganiseNav } from '@/components/organise/OrganiseNav';
import { Link } from '@/i18n/navigation';
import { auditChoices, listAudit } from '@/lib/audit/view';
import { canViewAuditLog } from '@/lib/permissions';
import { auditFilterSchema, type AuditFilter } from '@/lib/validation/audit';
import { requireRight, signedInActor } from '@/app/_auth/guard';
import { DEFAULT_TIME_ZONE } from '@/lib/constants';
import { formatDateTimeSeconds } from '@/lib/dates';
import { Field, SelectField } from '@/components/forms/Field';
import { auditWords } from './words';
import type { SearchPageProps } from '../_lib/page-props';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Audit' });
  return { title: t('title') };
}

/** Before and after as indented JSON text: React escapes it, so nothing in it is ever markup. */
function Json({ value, label }: { value: unknown; label: string }) {
  if (value === null || value === undefined) return null;
  return (
    <>
      <p className="audit-json-label">{label}</p>
      <pre className="audit-json" aria-label={label} tabIndex={0}>
        {JSON.stringify(value, null, 2)}
      </pre>
    </>
  );
}

export default async function AuditPage({ params, searchParams }: SearchPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, '/organise/audit');
  const t = await getTranslations('Audit');
  requireRight(canViewAuditLog(actor));
  const search = await searchParams;
  const one = (k: string) => (typeof search[k] === 'string' ? search[k] : undefined);
  const raw = { entity: one('entity'), action: one('action'), actor: one('actor'), from: one('from'), to: one('to'), page: one('page') };
  const parsed = auditFilterSchema.safeParse(raw);
  const filter: AuditFilter = parsed.success ? parsed.data : { page: 1 };
  const [log, choices] = await Promise.all([listAudit(actor, filter), auditChoices(actor)]);
  const a = await getTranslations('OrganiseAudit');
  const words = await auditWords(locale, log);
  const pageHref = (page: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(filter)) if (k !== 'page' && v) q.set(k, String(v));
    q.set('page', String(page));
    return `/organise/audit?${q.toString()}`;
  };
  const any = { value: '', label: t('any') };
  return (
    <main id="main" className="page">
      <h1>{t('title')}</h1>
      <OrganiseNav current="audit" />
      {!parsed.success ? (
        <p role="alert" className="form-message is-error">
          {t('badFilter')}
        </p>
      ) : null}
      <form method="get" className="filter-form" aria-label={t('filterLabel')}>
        <SelectField name="entity" id="audit-entity" label={t('entity')} defaultValue={filter.entity ?? ''} options={[any, ...choices.entities.map((e) => ({ value: e, label: words.entityLabel(e) }))]} />
        <SelectField name="action" id="audit-action" label={t('action')} defaultValue={filter.action ?? ''} options={[any, ...choices.actions.map((v) => ({ value: v, label: words.actionLabel(v) }))]} />
        <SelectField
          name="actor"
          id="audit-actor"
          label={t('actor')}
          defaultValue={filter.actor ?? ''}
          options={[any, { value: 'system', label: t('system') }, ...choices.actors.map((a) => ({ value: a.id, label: a.label }))]}
        />
        <Field name="from" id="audit-from" type="date" label={t('from')} defaultValue={filter.from ?? ''} />
        <Field name="to" id="audit-to" type="date" label={t('to')} defaultValue={filter.to ?? ''} />
        <button type="submit" className="button">
          {t('apply')}
        </button>
      </form>
      <p role="status">{t('count', { count: log.total, page: log.page, pages: log.pages })}</p>
      <table className="data audit-table">
        <caption>{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('when')}</th>
            <th scope="col">{a('what')}</th>
          </tr>
        </thead>
        <tbody>
          {log.rows.map((r) => {
            const { sentence, changes } = words.line(r);
            return (
              <tr key={r.id}>
                <th scope="row">
                  <time dateTime={r.at.toISOString()}>{formatDateTimeSeconds(r.at, locale, DEFAULT_TIME_ZONE)}</time>
                </th>
                <td data-label={a('what')}>
                  <p className="audit-sentence">{sentence}</p>
                  {changes.length ? (
                    <ul className="audit-changes">
                      {changes.map((c) => (
                        <li key={c.field}>
                          {c.field}: {c.before} → {c.after}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {r.before != null || r.after != null ? (
                    <details className="audit-details">
                      <summary>
                        {a('details')}
                        <span className="visually-hidden"> {a('detailsOf', { id: r.id })}</span>
                      </summary>
                      <Json value={r.before} label={t('beforeOf', { id: r.id })} />
                      <Json value={r.after} label={t('afterOf', { id: r.id })} />
                    </details>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <nav className="pagination" aria-label={t('pages')}>
        {log.page > 1 ? <Link href={pageHref(log.page - 1)}>{t('previous')}</Link> : null}
        <span>{t('pageOf', { page: log.page, pages: log.pages })}</span>
        {log.page < log.pages ? <Link href={pageHref(log.page + 1)}>{t('next')}</Link> : null}
      </nav>
    </main>
  );
}
