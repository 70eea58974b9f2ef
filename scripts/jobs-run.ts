/**
 * Runs the scheduled work once and exits: queues the reminders and the daily
 * digest that are due, sends the outbox's due mails (with their retries) and
 * reports mails that failed for good to the organisers. For servers run with
 * SCHEDULER=off, from cron, every minute or few, with the servers' settings
 * (the README's cron line names them all):
 *   * * * * *  cd /srv/blue-lights && DATA_DIR=… DEMO_DATA=false AUTH_URL=… EMAIL_SERVER=… EMAIL_FROM=… npm run jobs:run --silent
 * Links in the mails are built from AUTH_URL as the server builds them; with
 * DEMO_DATA=false it refuses to run, naming the setting, without AUTH_URL
 * and EMAIL_SERVER. Safe beside running servers and another run: mails are
 * leased row by row and reminders recorded under unique keys.
 */
import { closeDb } from '@/db';
import { runJobs, senderId } from '@/lib/jobs/run';
import { reportFailure, requireMailSettings } from './mail-settings';

async function main() {
  requireMailSettings('npm run jobs:run');
  const { reminders, delivery, failuresReported } = await runJobs({ owner: senderId() });
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
}

main()
  .catch(reportFailure)
  .finally(() => closeDb());
