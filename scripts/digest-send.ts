/**
 * Sends the organisers the digest of registrations submitted since the last
 * digest, now: it is queued in the outbox and sent at once. The server's
 * scheduler also sends it every morning; this is for a digest on demand, or
 * from cron when the scheduler is off:
 *   0 8 * * *  cd /srv/blue-lights && DATA_DIR=… DEMO_DATA=false AUTH_URL=… EMAIL_SERVER=… EMAIL_FROM=… npm run digest:send
 * Uses the app's settings; its links are built from AUTH_URL as the server
 * builds them, and with DEMO_DATA=false it refuses to run without AUTH_URL
 * and EMAIL_SERVER.
 */
import { closeDb } from '@/db';
import { senderId } from '@/lib/jobs/run';
import { deliverDueMails } from '@/lib/mail/outbox';
import { sendSubmissionDigest } from '@/lib/review/mails';
import { reportFailure, requireMailSettings } from './mail-settings';

async function main() {
  requireMailSettings('npm run digest:send');
  const { items, recipients } = await sendSubmissionDigest('system');
  if (!items) return console.log('No new submissions since the last digest.');
  const { sent, retrying, failed } = await deliverDueMails({ owner: senderId() });
  console.log(`Digest of ${items} submission(s) queued for ${recipients} organiser(s); mails sent: ${sent}, to retry: ${retrying}, failed: ${failed}.`);
}

main()
  .catch(reportFailure)
  .finally(() => closeDb());
