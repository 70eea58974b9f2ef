/**
 * Adds a user from the command line, e.g. the first organiser:
 *   npm run user:add -- --role organiser --email anna@example.org --name "Anna"
 *   npm run user:add -- --role coordinator --email bob@example.org --city Gent --city Bruges --locale nl
 * A city is found by its name in any language, accents and case aside
 * ("Gent", "Gand", "Ghent"). The invitation mail, in --locale (en by default),
 * goes through the outbox, its links built from AUTH_URL as the server builds
 * them; with DEMO_DATA=false nothing is written until AUTH_URL and
 * EMAIL_SERVER are set.
 */
import { parseArgs } from 'node:util';
import { LOCALES, USER_ROLES, type Locale, type UserRole } from '@/lib/constants';
import { citiesNamed } from '@/lib/cities/by-name';
import { inviteUser } from '@/lib/users/invite';
import { email } from '@/lib/validation/common';
import { closeDb, databaseFile, getDb } from '../db';
import { cities } from '../db/schema';
import { reportFailure, requireMailSettings, SettingsError } from './mail-settings';

const COMMAND = 'npm run user:add';

function options() {
  try {
    return parseArgs({
      options: {
        role: { type: 'string', default: 'coordinator' },
        email: { type: 'string' },
        name: { type: 'string' },
        city: { type: 'string', multiple: true, default: [] },
        locale: { type: 'string', default: 'en' },
      },
    }).values;
  } catch (error) {
    throw new SettingsError(error instanceof Error ? error.message : String(error));
  }
}

async function main() {
  const values = options();
  const problems: string[] = [];
  const role = values.role as UserRole;
  if (!USER_ROLES.includes(role)) problems.push(`--role must be one of: ${USER_ROLES.join(', ')}.`);
  const locale = values.locale as Locale;
  if (!LOCALES.includes(locale)) problems.push(`--locale must be one of: ${LOCALES.join(', ')}.`);
  const address = email.safeParse(values.email ?? '');
  if (!address.success) problems.push('--email must be an e-mail address, e.g. --email bob@example.org.');
  if (problems.length) throw new SettingsError(problems.join('\n'));
  // Before anything is written: the invitation's links are made now.
  requireMailSettings(COMMAND);

  const all = await getDb().select().from(cities);
  const found: typeof all = [];
  for (const name of values.city ?? []) {
    const named = citiesNamed(all, name);
    if (named.length === 1) found.push(named[0]!);
    else if (named.length === 0) problems.push(`No city is called “${name}” (in any language). Add it on /organise/cities first.`);
    else problems.push(`Several cities are called “${name}”: ${named.map((c) => `${c.name} (${[c.province, c.country].filter(Boolean).join(', ')})`).join('; ')}.`);
  }
  if (role === 'coordinator' && (values.city ?? []).length === 0) problems.push('A coordinator needs at least one --city.');
  if (problems.length) throw new SettingsError(problems.join('\n'));

  await inviteUser('system', { email: address.data!, name: values.name ?? address.data!, role, cityIds: found.map((c) => c.id), locale });
  const where = found.length ? ` for ${found.map((c) => c.name).join(', ')}` : '';
  // The running server sends it (or `npm run jobs:run`, when its scheduler is off).
  console.log(`${address.data} can now sign in as ${role}${where} (${databaseFile()}); the invitation mail is in the outbox.`);
}

main()
  .catch(reportFailure)
  .finally(() => closeDb());
