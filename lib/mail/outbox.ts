/**
 * The outbox: every mail the app sends (sign-in links apart) is a row,
 * written by the domain function in the same transaction as the change that
 * causes it, already rendered in the reader's language. A sender then
 * delivers what is due:
 *
 * - it takes one row at a time with a lease (an owner id and an expiry),
 *   claimed by one UPDATE in a write transaction, so that two server
 *   processes on the same database never hold the same row;
 * - it marks the row sent as soon as the mail server has accepted the mail;
 * - on failure it gives the row back with the next attempt pushed out
 *   (exponential back-off), and after the last attempt marks it failed, for
 *   organisers to see and retry on /organise/outbox.
 *
 * A mail is sent twice only if the process stops (or loses the database)
 * between the mail server's acceptance and the "sent" write, a few
 * milliseconds, or if one send outlasts its lease, which the SMTP time-outs
 * prevent (the lease is longer than a whole SMTP conversation may take).
 */
import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { getDb, writeTransaction, type Db } from '@/db';
import { outbox, type MailAttachment, type OutboxRow } from '@/db/schema';
import type { Locale } from '@/lib/constants';
import { env } from '@/lib/env';
import { type RenderedMail } from './compose';
import { isPermanentFailure, sendMail, SMTP_TIMEOUTS_MS, type Mail } from './transport';

/** What the domain hands the outbox: a rendered mail, its reader and what it is. */
export type OutgoingMail = RenderedMail & {
  to: string;
  locale: Locale;
  kind: string;
  userId?: string | null;
};

type Tx = Pick<Db, 'insert'>;

// In-process listeners (the scheduler's loop) woken when a mail is queued,
// so that a notice leaves at once instead of at the next tick. On globalThis:
// Next.js bundles the instrumentation (which starts the scheduler) apart from
// the routes and actions (which queue mail), each with its own copy of this module.
const globalForOutbox = globalThis as unknown as { blueLightsMailQueued?: Set<() => void> };
const listeners = (globalForOutbox.blueLightsMailQueued ??= new Set<() => void>());

/** Wakes the listeners (after the transaction that queued or re-queued a mail). */
export function announceQueuedMail(): void {
  if (listeners.size) queueMicrotask(() => listeners.forEach((l) => l()));
}

/** Calls `listener` after each transaction that queued a mail (in this process). Returns the unsubscribe. */
export function onMailQueued(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Queues a mail inside the caller's transaction: it is stored with the change
 * that causes it, or not at all. Returns the row's id. `announce: false`
 * leaves the scheduler asleep, for a caller that wakes a sender itself.
 */
export function enqueueMail(tx: Tx, mail: OutgoingMail, now: Date = new Date(), { announce = true }: { announce?: boolean } = {}): number {
  const row = tx
    .insert(outbox)
    .values({
      kind: mail.kind,
      recipient: mail.to,
      userId: mail.userId ?? null,
      locale: mail.locale,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments ?? [],
      nextAttemptAt: now,
    })
    .returning({ id: outbox.id })
    .get();
  // A microtask runs once the synchronous transaction has returned, i.e. after its commit.
  if (announce) announceQueuedMail();
  return row.id;
}

// ---------------------------------------------------------------------------
// Delivering
// ---------------------------------------------------------------------------

export const OUTBOX_POLICY = {
  /** Attempts before a mail is marked failed: about six hours of retries with the default delay. */
  maxAttempts: 12,
  /** Longest wait between two attempts. */
  maxDelayMs: 60 * 60_000,
  /**
   * How long a sender holds a row: longer than one SMTP conversation can last
   * (its time-outs), so that a row is never taken from a sender still sending it.
   */
  leaseMs: 5 * 60_000,
} as const;

// The lease must outlast the longest SMTP conversation, with room to spare.
const longestSendMs = SMTP_TIMEOUTS_MS.connectionTimeout + SMTP_TIMEOUTS_MS.greetingTimeout + SMTP_TIMEOUTS_MS.socketTimeout * 2;
if (OUTBOX_POLICY.leaseMs <= longestSendMs) throw new Error('The outbox lease must be longer than an SMTP conversation can last.');

/**
 * The wait before the next attempt after `attempts` failed ones: the first
 * retry delay (MAIL_RETRY_SECONDS, 60 s by default), doubled each time, at
 * most an hour: 1, 2, 4, 8, 16, 32, 60, 60… minutes.
 */
export function retryDelayMs(attempts: number, firstDelayMs: number = env().MAIL_RETRY_SECONDS * 1000): number {
  return Math.min(OUTBOX_POLICY.maxDelayMs, firstDelayMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * Takes the next due mail for `owner`: a waiting row whose time has come and
 * that no live lease holds. The single UPDATE runs in a write (immediate)
 * transaction, so that of two processes asking at once, one gets the row and
 * the other the next one (or none). Counts the attempt.
 */
export function claimNextMail(owner: string, now: Date, leaseMs: number = OUTBOX_POLICY.leaseMs): OutboxRow | undefined {
  const at = now.getTime();
  return writeTransaction(
    (tx) =>
      tx
        .update(outbox)
        .set({ leaseOwner: owner, leaseUntil: new Date(at + leaseMs), attempts: sql`${outbox.attempts} + 1` })
        .where(
          sql`${outbox.id} = (select ${outbox.id} from ${outbox}
                where ${outbox.status} = 'waiting' and ${outbox.nextAttemptAt} <= ${at}
                  and (${outbox.leaseUntil} is null or ${outbox.leaseUntil} <= ${at})
                order by ${outbox.nextAttemptAt}, ${outbox.id} limit 1)`,
        )
        .returning()
        .get(),
  );
}

/** What a mail that carries a secret (a sign-in link) keeps once sent or given up: nothing of its text. */
const BLANK = { text: '', html: '' } as const;

/** The outbox kind of sign-in mails (sign-in.ts): their text holds a secret. */
export const SIGN_IN_KIND = 'sign_in';

/**
 * Whether a row carries a secret (a sign-in link): its text is never shown to
 * organisers, and is blanked once sent, given up or expired.
 */
export function isSecretMail(row: Pick<OutboxRow, 'kind'>): boolean {
  return row.kind === SIGN_IN_KIND;
}

/** Records that the mail server accepted the mail (whoever holds the lease by now: it *was* sent). */
function markSent(row: OutboxRow, at: Date): void {
  getDb()
    .update(outbox)
    .set({ status: 'sent', sentAt: at, leaseOwner: null, leaseUntil: null, lastError: null, ...(isSecretMail(row) ? BLANK : {}) })
    .where(and(eq(outbox.id, row.id), ne(outbox.status, 'sent')))
    .run();
}

/** Gives a row back after a failed attempt: due again later, or failed for good. Only the lease holder may. */
function markAttemptFailed(row: OutboxRow, owner: string, error: unknown, at: Date, firstDelayMs?: number): 'retry' | 'failed' {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  const giveUp = row.attempts >= OUTBOX_POLICY.maxAttempts || isPermanentFailure(error);
  getDb()
    .update(outbox)
    .set(
      giveUp
        ? { status: 'failed', failedAt: at, lastError: message, leaseOwner: null, leaseUntil: null, ...(isSecretMail(row) ? BLANK : {}) }
        : { nextAttemptAt: new Date(at.getTime() + retryDelayMs(row.attempts, firstDelayMs)), lastError: message, leaseOwner: null, leaseUntil: null },
    )
    .where(and(eq(outbox.id, row.id), eq(outbox.leaseOwner, owner), eq(outbox.status, 'waiting')))
    .run();
  return giveUp ? 'failed' : 'retry';
}

/** The Message-ID of an outbox row: the same on every attempt. */
function messageIdOf(row: OutboxRow): string {
  return `<outbox-${row.id}-${row.createdAt.getTime()}@${env().siteUrl.hostname}>`;
}

export type DeliveryReport = { sent: number; retrying: number; failed: number };

export type DeliverOptions = {
  /** This sender's id: unique per process (see lib/jobs). */
  owner: string;
  /** The clock, asked before each step; tests drive it. */
  now?: () => Date;
  /** How mail leaves (SMTP by default). */
  send?: (mail: Mail) => Promise<void>;
  /** At most this many mails in one call. */
  limit?: number;
  /** The first retry's delay (MAIL_RETRY_SECONDS by default). */
  firstRetryDelayMs?: number;
};

/** Sends the due mails one by one, each under its lease. */
export async function deliverDueMails({ owner, now = () => new Date(), send = sendMail, limit = 100, firstRetryDelayMs }: DeliverOptions): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  for (let i = 0; i < limit; i++) {
    const row = claimNextMail(owner, now());
    if (!row) break;
    try {
      await send({ to: row.recipient, subject: row.subject, text: row.text, html: row.html, attachments: row.attachments, messageId: messageIdOf(row) });
    } catch (error) {
      const outcome = markAttemptFailed(row, owner, error, now(), firstRetryDelayMs);
      if (outcome === 'failed') report.failed++;
      else report.retrying++;
      console.error(`[blue-lights] mail ${row.id} (${row.kind}) not sent, attempt ${row.attempts}:`, error instanceof Error ? error.message : error);
      continue;
    }
    markSent(row, now());
    report.sent++;
  }
  return report;
}

/** When the next waiting mail falls due, if any: the scheduler sleeps until then. */
export function nextMailDueAt(): Date | null {
  const row = getDb()
    .select({ at: sql<number>`max(${outbox.nextAttemptAt}, coalesce(${outbox.leaseUntil}, 0))` })
    .from(outbox)
    .where(eq(outbox.status, 'waiting'))
    .orderBy(asc(sql`max(${outbox.nextAttemptAt}, coalesce(${outbox.leaseUntil}, 0))`))
    .limit(1)
    .get();
  return row ? new Date(row.at) : null;
}

export type { MailAttachment };
