/**
 * Runs the scheduled work once and exits: queues the reminders and the daily
 * digest that are due, sends the outbox's due mails (with their retries) and
 * reports mails that failed for good to the organisers. For servers run with
 * SCHEDULER=off, from cron, every minute or few:
 *   * * * * *  cd /srv/blue-lights && npm run jobs:run --silent
 * Safe beside running servers and another run: mails are leased row by row
 * and reminders recorded under unique keys. Uses DATA_DIR and EMAIL_SERVER.
 */
import { closeDb } from '@/db';
import { runJobs, senderId } from '@/lib/jobs';

runJobs({ owner: senderId() })
  .then(({ reminders, delivery, failuresReported }) => {
    const queued = Object.entries(reminders)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => `${kind} ${n}`);
    console.log(
      [
        `Reminders queued: ${queued.length ? queued.join(', ') : 'none'}.`,
        `Mails sent: ${delivery.sent}, to retry: ${delivery.retrying}, failed: ${delivery.failed}.`,
        ...(failuresReported ? [`Failed mails reported to organisers: ${failuresReported}.`] : []),
      ].join(' '),
    );
    if (delivery.failed) process.exitCode = 1;
  })
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
