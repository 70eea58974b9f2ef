/**
 * The mails of an event's review: the organisation's people (and whoever sent
 * the event) are told of the decision, each in their own language (namespace
 * `ReviewMail.events`), through the outbox inside the decision's transaction,
 * so that both are stored or neither. Links are built from the configured
 * public address.
 */
import 'server-only';
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '@/db';
import { partnerMembers, users } from '@/db/schema';
import { buildingName, cityName } from '@/lib/localized';
import { enqueueMail } from '@/lib/mail/outbox';
import { mailTranslator, renderMail, siteLink, type RenderedMail } from '@/lib/mail/compose';
import type { Recipient } from '@/lib/users/recipients';
import type { Locale } from '@/lib/constants';
import type { ReviewedEvent } from './review';

type Tx = Pick<Db, 'select' | 'insert'>;

/**
 * Who is told of a decision on an event: the organisation's active people,
 * and the person who sent it (an organiser registering for a partner, or a
 * member since moved on) if still active; each once.
 */
export function eventNoticeRecipients(tx: Pick<Db, 'select'>, partnerId: number, submittedBy: string | null): Recipient[] {
  const members = tx.select({ userId: partnerMembers.userId }).from(partnerMembers).where(eq(partnerMembers.partnerId, partnerId));
  return tx
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(
      and(
        isNull(users.deactivatedAt),
        or(and(eq(users.role, 'partner'), inArray(users.id, members)), submittedBy ? eq(users.id, submittedBy) : undefined),
      ),
    )
    .orderBy(users.email)
    .all();
}

/** One person's notice of the decision on their organisation's event, in `locale`. */
export function eventReviewNotice(locale: Locale, name: string | null, item: ReviewedEvent): RenderedMail {
  const t = mailTranslator(locale, 'ReviewMail.events');
  const facts = {
    title: buildingName({ name: item.title, names: item.titles }, locale),
    organisation: buildingName({ name: item.partnerName, names: item.partnerNames }, locale),
    city: cityName({ name: item.cityName, names: item.cityNames }, locale),
    year: item.year,
  };
  const edit = { label: t('edit'), link: siteLink(`/partner/${item.eventId}`, locale) };
  if (item.decision === 'approve') {
    return renderMail(locale, {
      subject: t('approvedSubject', facts),
      name,
      blocks: item.published
        ? [t('approved', facts), { label: t('publicPage'), link: siteLink(`/events/${item.eventId}`, locale) }, edit]
        : [t('approvedUnpublished', facts), edit],
    });
  }
  const kept = item.keptApproved ? [item.published ? t('keptApproved') : t('keptApprovedUnpublished', facts)] : [];
  return renderMail(locale, {
    subject: t('rejectedSubject', facts),
    name,
    blocks: [t('rejected', facts), `${t('reason')} ${item.reason ?? ''}`, ...kept, t('howToResend'), edit],
  });
}

/** Queues the notice of one decision for each person told, in their language, inside the review's transaction. */
export function enqueueEventReviewNotices(tx: Tx, item: ReviewedEvent, now: Date): number {
  const recipients = eventNoticeRecipients(tx, item.partnerId, item.submittedBy);
  for (const r of recipients) {
    enqueueMail(tx, { ...eventReviewNotice(r.locale, r.name ?? r.email, item), to: r.email, userId: r.id, locale: r.locale, kind: 'review' }, now);
  }
  return recipients.length;
}
