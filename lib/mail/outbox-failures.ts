/**
 * Mails that could not be delivered: reported to the organisers, listed on
 * /organise/outbox and retried from there (see outbox.ts for the sender).
 */
import 'server-only';
import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { getDb, writeTransaction } from '@/db';
import { outbox, users, type OutboxRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Locale } from '@/lib/constants';
import { authorize, canManageOutbox, type Actor } from '../permissions';
import { mailTranslator, renderMail, siteLink, type RenderedMail } from './compose';

import { announceQueuedMail, enqueueMail, isSecretMail } from './outbox';

// ---------------------------------------------------------------------------
// Failures: told to the organisers, shown and retried on /organise/outbox
// ---------------------------------------------------------------------------

/** The kind of the organisers' report of failed mails (never reported on itself). */
export const FAILURE_REPORT_KIND = 'outbox.failures';

/**
 * Tells every active organiser, in their language, which mails failed for
 * good since the last report: one mail each, queued in the same transaction
 * that marks those failures reported. A failed report is shown on the
 * outbox page but not reported again.
 */
export function reportFailedMails(now: Date = new Date()): number {
  return writeTransaction(
    (tx) => {
      const failed = tx
        .select()
        .from(outbox)
        .where(and(eq(outbox.status, 'failed'), isNull(outbox.failureReportedAt), ne(outbox.kind, FAILURE_REPORT_KIND)))
        .orderBy(asc(outbox.id))
        .all();
      if (failed.length === 0) return 0;
      const organisers = tx
        .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
        .from(users)
        .where(and(eq(users.role, 'organiser'), isNull(users.deactivatedAt)))
        .all();
      for (const o of organisers) enqueueMail(tx, { ...failureReport(o.locale, o.name, failed), to: o.email, userId: o.id, locale: o.locale, kind: FAILURE_REPORT_KIND }, now);
      tx.update(outbox).set({ failureReportedAt: now }).where(inArray(outbox.id, failed.map((f) => f.id))).run();
      return failed.length;
    },
  );
}

/** The organisers' report of mails that could not be delivered. */
export function failureReport(locale: Locale, name: string | null, failed: Pick<OutboxRow, 'recipient' | 'subject' | 'lastError'>[]): RenderedMail {
  const t = mailTranslator(locale, 'OutboxMail');
  return renderMail(locale, {
    subject: t('subject', { count: failed.length }),
    name,
    blocks: [
      t('intro', { count: failed.length }),
      { list: failed.map((f) => t('line', { to: f.recipient, subject: f.subject, error: f.lastError ?? '—' })) },
      { label: t('action'), link: siteLink('/organise/outbox', locale) },
    ],
  });
}

export type OutboxListing = {
  waiting: OutboxRow[];
  failed: OutboxRow[];
  sentCount: number;
};

/** What organisers see on /organise/outbox: every waiting and failed mail, newest first. */
export async function listOutbox(actor: Actor, { limit = 500 } = {}): Promise<OutboxListing> {
  authorize(actor, canManageOutbox(actor));
  const db = getDb();
  const [waiting, failed, [sent]] = await Promise.all([
    db.select().from(outbox).where(eq(outbox.status, 'waiting')).orderBy(asc(outbox.nextAttemptAt), asc(outbox.id)).limit(limit),
    db.select().from(outbox).where(eq(outbox.status, 'failed')).orderBy(desc(outbox.failedAt), desc(outbox.id)).limit(limit),
    db.select({ n: sql<number>`count(*)` }).from(outbox).where(eq(outbox.status, 'sent')),
  ]);
  return { waiting: waiting.map(masked), failed: failed.map(masked), sentCount: sent?.n ?? 0 };
}

/** A row as organisers may see it: a sign-in link's text never leaves the server. */
function masked(row: OutboxRow): OutboxRow {
  return isSecretMail(row) ? { ...row, text: '', html: '' } : row;
}

/** Whether organisers may send a mail again: not a sign-in link that was blanked (sent, given up or expired). */
export function canRetryMail(row: Pick<OutboxRow, 'kind' | 'status'>): boolean {
  return !(isSecretMail(row) && row.status === 'failed');
}

export class UnknownMailError extends Error {}
/** A sign-in link that can no longer be sent: the person asks for a new one. */
export class ExpiredLinkError extends Error {}
export class AlreadySentError extends Error {}

/**
 * Sends a failed or waiting mail again as soon as possible, with a fresh set
 * of attempts. A mail that is being sent right now keeps its lease: the
 * sender's outcome is written only while the row is still waiting.
 */
export async function retryMail(actor: Actor, id: number, now: Date = new Date()): Promise<OutboxRow> {
  authorize(actor, canManageOutbox(actor));
  return writeTransaction(
    (tx) => {
      const before = tx.select().from(outbox).where(eq(outbox.id, id)).get();
      if (!before) throw new UnknownMailError();
      if (before.status === 'sent') throw new AlreadySentError();
      if (isSecretMail(before) && !before.text) throw new ExpiredLinkError();
      const after = tx
        .update(outbox)
        .set({ status: 'waiting', attempts: 0, nextAttemptAt: now, failedAt: null, failureReportedAt: null })
        .where(and(eq(outbox.id, id), ne(outbox.status, 'sent')))
        .returning()
        .get();
      if (!after) throw new AlreadySentError();
      recordAudit(tx, {
        actorId: actor.id,
        action: 'outbox.retry',
        entity: 'outbox',
        entityId: id,
        before: { status: before.status, attempts: before.attempts, lastError: before.lastError },
        after: { status: after.status, attempts: after.attempts },
      });
      announceQueuedMail();
      return after;
    },
  );
}
