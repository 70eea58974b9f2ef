export async function register() {
  // Only in the Node.js server: check the settings, open and migrate the
  // database at start, and load the demo data into an empty one.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { prepareDatabase } = await import('./lib/start-up/prepare');
  await prepareDatabase();
  // Then the scheduler (reminders, digest, outbox), unless cron runs `npm run jobs:run` instead.
  const { startBackgroundJobs } = await import('./lib/jobs/start');
  startBackgroundJobs();
}
