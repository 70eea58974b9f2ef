/**
 * A second (third…) server process for the outbox and reminder tests: runs
 * against DATA_DIR, like a server process or `npm run jobs:run` would.
 *
 *   MODE=send      delivers every due mail as OWNER, "sending" each by
 *                  appending its Message-ID to OUT (slowly, so that senders
 *                  overlap), and exits when none is left;
 *   MODE=reminders queues the reminders due at NOW (ISO) and prints how many.
 */
import fs from 'node:fs';
import { closeDb } from '@/db';
import { deliverDueMails } from '@/lib/mail/outbox';
import { queueDueReminders } from '@/lib/reminders/schedule';

async function main() {
  if (process.env.MODE === 'reminders') {
    const report = queueDueReminders(new Date(process.env.NOW!));
    process.stdout.write(JSON.stringify(report));
    return;
  }
  const out = process.env.OUT!;
  // Both processes start together: wait for the go signal so that they race.
  while (!fs.existsSync(process.env.GO!)) await new Promise((r) => setTimeout(r, 5));
  await deliverDueMails({
    owner: process.env.OWNER!,
    limit: 10_000,
    send: async (mail) => {
      await new Promise((r) => setTimeout(r, 3));
      fs.appendFileSync(out, `${mail.messageId}\n`);
    },
  });
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
