/**
 * Sends the organisers the digest of registrations submitted since the last
 * digest, now: it is queued in the outbox and sent at once. The server's
 * scheduler also sends it every morning; this is for a digest on demand, or
 * from cron when the scheduler is off:
 *   0 8 * * *  cd /srv/blue-lights && npm run digest:send
 * Uses the same DATA_DIR and EMAIL_SERVER as the app.
 */
import { closeDb } from '@/db';
import { senderId } from '@/lib/jobs';
import { deliverDueMails } from '@/lib/mail/outbox';
import { sendSubmissionDigest } from '@/lib/review';

async function main() {
  const { items, recipients } = await sendSubmissionDigest('system');
  if (!items) return console.log('No new submissions since the last digest.');
  const { sent, retrying, failed } = await deliverDueMails({ owner: senderId() });
  console.log(`Digest of ${items} submission(s) queued for ${recipients} organiser(s); mails sent: ${sent}, to retry: ${retrying}, failed: ${failed}.`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
