/**
 * One round of the scheduled work: queue the reminders and the daily digest
 * that are due, send the outbox's due mails, and tell the organisers of mails
 * that failed for good (and forget expired sign-in links). The in-app scheduler (./scheduler.ts) runs it over
 * and over; `npm run jobs:run` runs it once, for cron.
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { deliverDueMails, type DeliveryReport, type DeliverOptions } from '@/lib/mail/outbox';
import { forgetExpiredSignInLinks } from '@/lib/mail/sign-in';
import { reportFailedMails } from '@/lib/mail/outbox-failures';
import { queueDueReminders, type ReminderReport } from '@/lib/reminders/schedule';

export type JobsReport = { reminders: ReminderReport; delivery: DeliveryReport; failuresReported: number };

/** An id for this process's sender: unique across processes and machines sharing a database. */
export function senderId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

export async function runJobs({ owner, now = () => new Date(), send }: { owner: string; now?: () => Date; send?: DeliverOptions['send'] }): Promise<JobsReport> {
  const reminders = queueDueReminders(now());
  // An expired sign-in link is not sent, and its text is not kept.
  forgetExpiredSignInLinks(now());
  const delivery = await deliverDueMails({ owner, now, send });
  const failuresReported = reportFailedMails(now());
  // The organisers' report of failures leaves in the same round.
  if (failuresReported) {
    const again = await deliverDueMails({ owner, now, send });
    delivery.sent += again.sent;
    delivery.retrying += again.retrying;
    delivery.failed += again.failed;
  }
  return { reminders, delivery, failuresReported };
}
