export async function register() {
  // Only in the Node.js server: check the settings, open and migrate the
  // database at start, and load the demo data into an empty one.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { prepareDatabase } = await import('./db/prepare');
  await prepareDatabase();
}
