/**
 * The mails of the review: notices to a city's coordinators when their
 * registrations are approved or rejected, and the organisers' digest of new
 * submissions. Texts come from messages/*.json (namespace `ReviewMail`); user
 * strings only go into the HTML part escaped.
 */
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { createTranslator } from 'use-intl/core';
import { getDb } from '@/db';
import { auditLog, buildings, campaigns, cities, illuminations, users } from '@/db/schema';
import { type Locale } from '@/lib/constants';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import nl from '@/messages/nl.json';
import { recordAudit } from '@/lib/audit';
import { escapeHtml, sendMail, type Mail } from '@/lib/mail';
import { authorize, canReview, type Actor } from '../permissions';
import type { ReviewedItem } from './decisions';
import { coordinatorsOf } from './queue';

const MESSAGES: Record<Locale, unknown> = { en, fr, nl, de };

type T = (key: string, values?: Record<string, string | number>) => string;

/** A translator for the mail texts. We store no language per user, so mails go out in English by default. */
function mailTranslator(locale: Locale = 'en'): T {
  const t = createTranslator({ locale, messages: MESSAGES[locale] as Record<string, never>, namespace: 'ReviewMail' as never });
  return t as unknown as T;
}

function htmlOf(paragraphs: string[]): string {
  return paragraphs.map((p) => `<p>${escapeHtml(p).replaceAll('\n', '<br>')}</p>`).join('\n');
}

/** The notices for the coordinators of the reviewed registrations' cities: one mail per person. */
export async function reviewNotices(items: ReviewedItem[], locale: Locale = 'en'): Promise<Mail[]> {
  const t = mailTranslator(locale);
  const recipients = await coordinatorsOf([...new Set(items.map((i) => i.cityId))]);
  return recipients.map((r) => {
    const theirs = items.filter((i) => r.cityIds.includes(i.cityId));
    const lines = theirs.map((i) => {
      const facts = { building: i.buildingName, city: i.cityName, year: i.year };
      if (i.decision === 'approve') return t('approvedLine', facts);
      const line = t('rejectedLine', { ...facts, reason: i.reason ?? '' });
      return i.keptApproved ? `${line}\n${t('keptApproved')}` : line;
    });
    const only = theirs.length === 1 ? theirs[0]! : null;
    const subject = only
      ? t(only.decision === 'approve' ? 'approvedSubject' : 'rejectedSubject', { building: only.buildingName })
      : t('reviewedSubject', { count: theirs.length });
    const paragraphs = [t('greeting', { name: r.name ?? r.email }), ...lines, t('signature')];
    return { to: r.email, subject, text: paragraphs.join('\n\n'), html: htmlOf(paragraphs) };
  });
}

/**
 * Sends the notices. A mail that fails is logged, not thrown: the review is
 * stored already, and coordinators also see the outcome in their workspace.
 */
export async function sendReviewNotices(items: ReviewedItem[], locale: Locale = 'en'): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const mail of await reviewNotices(items, locale)) {
    try {
      await sendMail(mail);
      sent++;
    } catch (error) {
      failed++;
      console.error('[blue-lights] review notice not sent', mail.to, error);
    }
  }
  return { sent, failed };
}

export const DIGEST_ACTION = 'digest.sent';

export type DigestItem = { illuminationId: number; year: number; buildingName: string; cityName: string; updatedAt: Date };

/** When the last digest was sent (its cut-off), or null if never. */
export async function lastDigestAt(): Promise<Date | null> {
  const [row] = await getDb()
    .select({ after: auditLog.after, at: auditLog.at })
    .from(auditLog)
    .where(eq(auditLog.action, DIGEST_ACTION))
    .orderBy(desc(auditLog.id))
    .limit(1);
  if (!row) return null;
  const until = (row.after as { until?: string } | null)?.until;
  return until ? new Date(until) : row.at;
}

/** Registrations submitted (or edited back into review) after `since`, up to `until`. */
export async function submissionsSince(since: Date | null, until: Date): Promise<DigestItem[]> {
  const rows = await getDb()
    .select({ id: illuminations.id, year: campaigns.year, building: buildings.name, city: cities.name, updatedAt: illuminations.updatedAt })
    .from(illuminations)
    .innerJoin(buildings, eq(buildings.id, illuminations.buildingId))
    .innerJoin(cities, eq(cities.id, buildings.cityId))
    .innerJoin(campaigns, eq(campaigns.id, illuminations.campaignId))
    .where(and(eq(illuminations.status, 'submitted'), since ? gt(illuminations.updatedAt, since) : undefined))
    .orderBy(illuminations.updatedAt, illuminations.id);
  return rows
    .filter((r) => r.updatedAt.getTime() <= until.getTime())
    .map((r) => ({ illuminationId: r.id, year: r.year, buildingName: r.building, cityName: r.city, updatedAt: r.updatedAt }));
}

/**
 * Sends every active organiser the registrations submitted since the last
 * digest, then records this digest's cut-off in the audit log (which is where
 * the next run starts). Sends nothing when nothing is new. If the process dies
 * between sending and recording, the next run repeats these submissions:
 * better twice than never.
 *
 * `actor` is the organiser who asked for it, or 'system' (the scheduled command).
 */
export async function sendSubmissionDigest(
  actor: Actor | 'system',
  { now = new Date(), locale = 'en' as Locale } = {},
): Promise<{ items: number; recipients: number }> {
  if (actor !== 'system') authorize(actor, canReview(actor));
  const since = await lastDigestAt();
  const items = await submissionsSince(since, now);
  if (items.length === 0) return { items: 0, recipients: 0 };
  const organisers = await getDb()
    .select({ email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.role, 'organiser'), isNull(users.deactivatedAt)));
  const t = mailTranslator(locale);
  const lines = items.map((i) => t('digestLine', { building: i.buildingName, city: i.cityName, year: i.year }));
  for (const o of organisers) {
    const paragraphs = [t('greeting', { name: o.name ?? o.email }), t('digestIntro', { count: items.length }), lines.join('\n'), t('digestOutro'), t('signature')];
    await sendMail({ to: o.email, subject: t('digestSubject', { count: items.length }), text: paragraphs.join('\n\n'), html: htmlOf(paragraphs) });
  }
  getDb().transaction((tx) => {
    recordAudit(tx, {
      actorId: actor === 'system' ? null : actor.id,
      action: DIGEST_ACTION,
      entity: 'digest',
      entityId: 'submissions',
      before: { since: since?.toISOString() ?? null },
      after: { until: now.toISOString(), count: items.length, illuminationIds: items.map((i) => i.illuminationId), recipients: organisers.length },
    });
  });
  return { items: items.length, recipients: organisers.length };
}
