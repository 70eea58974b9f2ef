/**
 * Adds a user from the command line, e.g. the first organiser:
 *   npm run user:add -- --role organiser --email anna@example.org --name "Anna"
 *   npm run user:add -- --role coordinator --email bob@example.org --city Ghent --city Bruges --locale nl
 * The invitation mail, in --locale (en by default), goes through the outbox.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { LOCALES, USER_ROLES } from '@/lib/constants';
import { getDb, databaseFile } from '../db';
import { cities } from '../db/schema';
import { inArray } from 'drizzle-orm';
import { inviteUser } from '@/lib/users';
import { email } from '@/lib/validation/common';

const { values } = parseArgs({
  options: {
    role: { type: 'string', default: 'coordinator' },
    email: { type: 'string' },
    name: { type: 'string' },
    city: { type: 'string', multiple: true, default: [] },
    locale: { type: 'string', default: 'en' },
  },
});

async function main() {
  const role = z.enum(USER_ROLES).parse(values.role);
  const locale = z.enum(LOCALES).parse(values.locale);
  const address = email.parse(values.email ?? '');
  const names = values.city ?? [];
  const found = names.length
    ? await getDb().select().from(cities).where(inArray(cities.name, names))
    : [];
  const missing = names.filter((n) => !found.some((c) => c.name === n));
  if (missing.length) throw new Error(`Unknown cities: ${missing.join(', ')}`);
  if (role === 'coordinator' && found.length === 0) throw new Error('A coordinator needs at least one --city.');
  await inviteUser('system', { email: address, name: values.name ?? address, role, cityIds: found.map((c) => c.id), locale });
  // The running server sends it (or `npm run jobs:run`, when its scheduler is off).
  console.log(`${address} can now sign in as ${role} (${databaseFile()}); the invitation mail is in the outbox.`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
