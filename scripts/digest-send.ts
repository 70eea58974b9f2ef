/**
 * Sends the organisers the digest of registrations submitted since the last
 * digest. Meant for the server's scheduler, e.g. daily at 08:00:
 *   0 8 * * *  cd /srv/blue-lights && npm run digest:send
 * Uses the same DATA_DIR and EMAIL_SERVER as the app.
 */
import { closeDb } from '@/db';
import { sendSubmissionDigest } from '@/lib/review';

sendSubmissionDigest('system')
  .then(({ items, recipients }) => {
    console.log(items ? `Digest of ${items} submission(s) sent to ${recipients} organiser(s).` : 'No new submissions since the last digest.');
  })
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
