export async function register() {
  // Only in the Node.js server: open and migrate the database at start, and
  // load the demo data into an empty one.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { prepareDatabase } = await import('./db/prepare');
  const { clearDataCache } = await import('./db/data-cache');
  // The public data cache lives in the build folder and outlives the process;
  // the database may have been restored or reset since, so start afresh.
  clearDataCache();
  await prepareDatabase();
}
