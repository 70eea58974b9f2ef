/**
 * The mails of the review: notices to a city's coordinators when their
 * registrations are approved or rejected, and the organisers' digest of new
 * submissions. Each is written in its reader's language (namespace
 * `ReviewMail`) and queued in the outbox inside the transaction of the
 * decision or the digest it reports, so that both are stored or neither.
 */
import 'server-only';
import { and, desc, eq, gt, inArray } from 'drizzle-orm';
import { getDb, writeTransaction, type Db } from '@/db';
import { auditLog, buildings, campaigns, cities, illuminations } from '@/db/schema';
import { selectRegistrations } from '../registrations/joined';
import { type Locale } from '@/lib/constants';
import { recordAudit } from '@/lib/audit/record';
import { cityName } from '@/lib/localized';
import { enqueueMail } from '@/lib/mail/outbox';
import { mailTranslator, renderMail, siteLink, type RenderedMail } from '@/lib/mail/compose';
import { activeOrganisers, coordinatorsOfCities } from '@/lib/users/recipients';
import { authorize, canReview, type Actor } from '../permissions';
import type { ReviewedItem } from './decisions';

type Tx = Pick<Db, 'select' | 'insert'>;

/**
 * A decision as its notice tells it: whether the campaign is published says
 * whether an approved building is on the public map now, or will be once the
 * campaign is published.
 */
export type NoticeItem = ReviewedItem & { published: boolean };

/** One coordinator's notice of the decisions on their cities' registrations. */
export function reviewNotice(locale: Locale, name: string | null, items: NoticeItem[]): RenderedMail {
  const t = mailTranslator(locale, 'ReviewMail');
  const lines = items.map((i) => {
    const facts = { building: i.buildingName, city: cityName({ name: i.cityName, names: i.cityNames }, locale), year: i.year };
    if (i.decision === 'approve') return t(i.published ? 'approvedLine' : 'approvedLineUnpublished', facts);
    const line = t('rejectedLine', { ...facts, reason: i.reason ?? '' });
    if (!i.keptApproved) return line;
    return `${line}\n${i.published ? t('keptApproved') : t('keptApprovedUnpublished', { year: i.year })}`;
  });
  const only = items.length === 1 ? items[0]! : null;
  const subject = only
    ? t(only.decision === 'approve' ? 'approvedSubject' : 'rejectedSubject', { building: only.buildingName })
    : t('reviewedSubject', { count: items.length });
  return renderMail(locale, {
    subject,
    name,
    blocks: [...lines, { label: t('open'), link: siteLink(only ? `/coordinate/${only.illuminationId}` : '/coordinate', locale) }],
  });
}

/**
 * Queues the notices for the coordinators of the reviewed registrations'
 * cities, one mail per person in their language, inside the review's
 * transaction.
 */
export function enqueueReviewNotices(tx: Tx, items: ReviewedItem[], now: Date): number {
  const recipients = coordinatorsOfCities(tx, items.map((i) => i.cityId));
  // Read in the review's transaction: publishing meanwhile cannot make the notice say otherwise.
  const years = [...new Set(items.map((i) => i.year))];
  const published = new Set(
    years.length
      ? tx
          .select({ year: campaigns.year })
          .from(campaigns)
          .where(and(inArray(campaigns.year, years), eq(campaigns.published, true)))
          .all()
          .map((c) => c.year)
      : [],
  );
  const told: NoticeItem[] = items.map((i) => ({ ...i, published: published.has(i.year) }));
  for (const r of recipients) {
    const theirs = told.filter((i) => r.cityIds.includes(i.cityId));
    if (theirs.length === 0) continue;
    enqueueMail(tx, { ...reviewNotice(r.locale, r.name ?? r.email, theirs), to: r.email, userId: r.id, locale: r.locale, kind: 'review' }, now);
  }
  return recipients.length;
}

export const DIGEST_ACTION = 'digest.sent';

export type DigestItem = { illuminationId: number; year: number; buildingName: string; city: { name: string; names: Partial<Record<Locale, string>> }; updatedAt: Date };

type Reader = Pick<Db, 'select'>;

/** When the last digest was sent (its cut-off), or null if never. */
export function lastDigestAt(tx: Reader = getDb()): Date | null {
  const row = tx
    .select({ after: auditLog.after, at: auditLog.at })
    .from(auditLog)
    .where(eq(auditLog.action, DIGEST_ACTION))
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  if (!row) return null;
  const until = (row.after as { until?: string } | null)?.until;
  return until ? new Date(until) : row.at;
}

/** Registrations submitted (or edited back into review) after `since`, up to `until`. */
export function submissionsSince(since: Date | null, until: Date, tx: Reader = getDb()): DigestItem[] {
  const rows = selectRegistrations({ id: illuminations.id, year: campaigns.year, building: buildings.name, city: { name: cities.name, names: cities.names }, updatedAt: illuminations.updatedAt }, tx)
    .where(and(eq(illuminations.status, 'submitted'), since ? gt(illuminations.updatedAt, since) : undefined))
    .orderBy(illuminations.updatedAt, illuminations.id)
    .all();
  return rows
    .filter((r) => r.updatedAt.getTime() <= until.getTime())
    .map((r) => ({ illuminationId: r.id, year: r.year, buildingName: r.building, city: r.city, updatedAt: r.updatedAt }));
}

/** One organiser's digest. */
export function digestMail(locale: Locale, name: string | null, items: DigestItem[]): RenderedMail {
  const t = mailTranslator(locale, 'ReviewMail');
  return renderMail(locale, {
    subject: t('digestSubject', { count: items.length }),
    name,
    blocks: [
      t('digestIntro', { count: items.length }),
      { list: items.map((i) => t('digestLine', { building: i.buildingName, city: cityName(i.city, locale), year: i.year })) },
      { label: t('digestAction'), link: siteLink('/organise/review', locale) },
    ],
  });
}

export type DigestOutcome = { items: number; recipients: number };

/**
 * Queues, inside `tx` (a write transaction), every active organiser's digest
 * of the registrations submitted since the last digest, and records this
 * digest's cut-off in the audit log, where the next one starts. Nothing when
 * nothing is new. Mails and cut-off commit together: no submission is
 * reported twice or skipped.
 */
export function enqueueSubmissionDigest(tx: Tx, actorId: string | null, now: Date): DigestOutcome {
  const since = lastDigestAt(tx);
  const items = submissionsSince(since, now, tx);
  if (items.length === 0) return { items: 0, recipients: 0 };
  const organisers = activeOrganisers(tx);
  for (const o of organisers) {
    enqueueMail(tx, { ...digestMail(o.locale, o.name ?? o.email, items), to: o.email, userId: o.id, locale: o.locale, kind: 'digest' }, now);
  }
  recordAudit(tx, {
    actorId,
    action: DIGEST_ACTION,
    entity: 'digest',
    entityId: 'submissions',
    before: { since: since?.toISOString() ?? null },
    after: { until: now.toISOString(), count: items.length, illuminationIds: items.map((i) => i.illuminationId), recipients: organisers.length },
  });
  return { items: items.length, recipients: organisers.length };
}

/**
 * Sends every active organiser the registrations submitted since the last
 * digest (through the outbox), now. `actor` is the organiser who asked for
 * it, or 'system' (the command line). The daily digest of the scheduler is
 * the same (lib/reminders).
 */
export async function sendSubmissionDigest(actor: Actor | 'system', { now = new Date() }: { now?: Date } = {}): Promise<DigestOutcome> {
  if (actor !== 'system') authorize(actor, canReview(actor));
  // Immediate: two digests at once (the button and the schedule) take turns, and the second finds nothing new.
  return writeTransaction((tx) => enqueueSubmissionDigest(tx, actor === 'system' ? null : actor.id, now));
}
