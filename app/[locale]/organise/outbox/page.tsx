import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OrganiseNav } from '@/components/organise/OrganiseNav';
import { requireRight, signedInActor } from '@/app/_auth/guard';
import { ClientMessages } from '@/app/_lib/client-messages';
import { DEFAULT_TIME_ZONE } from '@/lib/constants';
import { formatDateTimeSeconds } from '@/lib/dates';
import { canRetryMail, listOutbox } from '@/lib/mail/outbox-failures';
import { OUTBOX_POLICY } from '@/lib/mail/outbox';
import { canManageOutbox } from '@/lib/permissions';
import type { OutboxRow } from '@/db/schema';
import { RetryForm } from './forms';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Outbox' });
  return { title: t('title') };
}

/** Mails waiting to be sent (or retried) and mails that failed for good, each with a button to send it again. */
export default async function OutboxPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, '/organise/outbox');
  const t = await getTranslations('Outbox');
  requireRight(canManageOutbox(actor));
  const { waiting, failed, sentCount } = await listOutbox(actor);
  const when = (d: Date | null) => (d ? formatDateTimeSeconds(d, locale, DEFAULT_TIME_ZONE) : '—');
  const kind = (k: string) => {
    const key = `kinds.${k.replace(/\./g, '_')}`;
    return t.has(key as never) ? t(key as never) : k;
  };

  const table = (rows: OutboxRow[], isFailed: boolean, caption: string) => (
    <table className="data outbox">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('recipient')}</th>
          <th scope="col">{t('subject')}</th>
          <th scope="col">{t('kind')}</th>
          <th scope="col">{isFailed ? t('failedAt') : t('nextAttempt')}</th>
          <th scope="col">{t('attempts')}</th>
          <th scope="col">{t('lastError')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.id} data-testid={`outbox-${m.id}`}>
            <td data-label={t('recipient')}>{m.recipient}</td>
            <td data-label={t('subject')}>
              <span lang={m.locale}>{m.subject}</span>
            </td>
            <td data-label={t('kind')}>{kind(m.kind)}</td>
            <td data-label={isFailed ? t('failedAt') : t('nextAttempt')}>{when(isFailed ? m.failedAt : m.nextAttemptAt)}</td>
            <td data-label={t('attempts')}>{t('attemptsOf', { count: m.attempts, max: OUTBOX_POLICY.maxAttempts })}</td>
            <td data-label={t('lastError')}>{m.lastError ?? '—'}</td>
            <td>
              {canRetryMail(m) ? <RetryForm id={m.id} to={m.recipient} failed={isFailed} /> : t('askAgain')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ClientMessages namespaces={['Outbox']}>
      <main id="main" className="page">
        <h1>{t('title')}</h1>
        <OrganiseNav current="outbox" />
        <p>{t('intro', { sent: sentCount })}</p>
        <section aria-labelledby="failed-heading">
          <h2 id="failed-heading">{t('failedHeading', { count: failed.length })}</h2>
          {failed.length ? table(failed, true, t('failedHeading', { count: failed.length })) : <p>{t('noneFailed')}</p>}
        </section>
        <section aria-labelledby="waiting-heading">
          <h2 id="waiting-heading">{t('waitingHeading', { count: waiting.length })}</h2>
          {waiting.length ? table(waiting, false, t('waitingHeading', { count: waiting.length })) : <p>{t('noneWaiting')}</p>}
        </section>
      </main>
    </ClientMessages>
  );
}
