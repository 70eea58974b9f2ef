/**
 * The command-line tools that write or send mail (user:add, jobs:run,
 * digest:send), run as the cron job or the administrator runs them: child
 * processes on the test's own database. Their links come from AUTH_URL, as
 * the server's do, and with DEMO_DATA=false and no AUTH_URL they refuse,
 * naming it, and write or send nothing.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { createBuilding, createCampaign, createCity, createIllumination, createUser } from '@/lib/demo/builders';
import { cityCoordinators, outbox, users } from '@/db/schema';
import { mailsFor, startFileMailbox, waitForMail } from '../helpers/mailbox';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const SITE = 'https://bluelights.example.org';
const mailDir = startFileMailbox('command-line');

type Outcome = { code: number; stdout: string; stderr: string };

/** Runs `scripts/<name>.ts` as `npm run` does, with the production settings and `changes` (undefined: unset). */
async function script(name: string, args: string[], changes: Record<string, string | undefined> = {}): Promise<Outcome> {
  const env: Record<string, string | undefined> = { ...process.env, DEMO_DATA: 'false', AUTH_URL: SITE, EMAIL_FROM: 'Blue Lights <no-reply@bluelights.example.org>', ...changes };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  try {
    const { stdout, stderr } = await run(process.execPath, ['--conditions=react-server', '--import', 'tsx', `scripts/${name}.ts`, ...args], { cwd: root, env: env as NodeJS.ProcessEnv });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const links = (text: string) => [...text.matchAll(/https?:\/\/[^\s<>")\]]+/g)].map((m) => m[0]);
const outboxCount = () => getDb().select().from(outbox).all().length;

let ghent: { id: number };

beforeAll(() => {
  const db = getDb();
  ghent = createCity(db, { name: 'Ghent', names: { fr: 'Gand', nl: 'Gent', de: 'Gent' }, country: 'BE' });
  createCity(db, { name: 'Liège', names: { nl: 'Luik', de: 'Lüttich' }, country: 'BE' });
  const year = new Date().getUTCFullYear() + 1;
  const campaign = createCampaign(db, { year });
  const building = createBuilding(db, { cityId: ghent.id, name: 'Ghent Belfry' });
  createIllumination(db, { campaignId: campaign.id, buildingId: building.id, status: 'submitted' });
  createUser(db, { role: 'organiser', email: 'olivia@example.org', name: 'Olivia', locale: 'en' });
});

describe('command-line tools that mail', () => {
  it('refuse, naming AUTH_URL, when DEMO_DATA=false and no public address is set, and write or send nothing', async () => {
    const before = outboxCount();
    const [add, jobs, digest] = await Promise.all([
      script('user-add', ['--email', 'nobody@example.org', '--city', 'Gent'], { AUTH_URL: undefined }),
      script('jobs-run', [], { AUTH_URL: undefined }),
      script('digest-send', [], { AUTH_URL: '' }),
    ]);
    for (const [outcome, command] of [[add, 'user:add'], [jobs, 'jobs:run'], [digest, 'digest:send']] as const) {
      expect(outcome.code, command).not.toBe(0);
      expect(outcome.stderr).toContain(`npm run ${command} sends no mail with DEMO_DATA=false`);
      expect(outcome.stderr).toMatch(/^\s+AUTH_URL: the public address/m);
      // A readable refusal, not a stack trace.
      expect(outcome.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
    expect(getDb().select().from(users).where(eq(users.email, 'nobody@example.org')).all()).toEqual([]);
    expect(outboxCount()).toBe(before);
    expect(await mailsFor(mailDir, 'olivia@example.org')).toEqual([]);
  }, 60_000);

  // Before jobs:run, which would send the day's digest itself.
  it('digest:send mails the organisers links on AUTH_URL', async () => {
    const outcome = await script('digest-send', []);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('Digest of 1 submission(s)');
    const mail = await waitForMail(mailDir, 'olivia@example.org');
    const found = links(mail.text);
    expect(found.length).toBeGreaterThan(0);
    for (const link of found) expect(link.startsWith(`${SITE}/`)).toBe(true);
    expect(mail.text).not.toContain('localhost');
  }, 30_000);

  it('user:add finds a city by its name in any language and queues an invitation whose links are on AUTH_URL; jobs:run sends it', async () => {
    const added = await script('user-add', ['--email', 'bea@example.org', '--name', 'Béa', '--city', 'gand', '--locale', 'fr']);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('bea@example.org can now sign in as coordinator for Ghent');
    const bea = getDb().select().from(users).where(eq(users.email, 'bea@example.org')).get()!;
    expect(getDb().select().from(cityCoordinators).where(eq(cityCoordinators.userId, bea.id)).all().map((c) => c.cityId)).toEqual([ghent.id]);

    const jobs = await script('jobs-run', []);
    expect(jobs.stderr).toBe('');
    expect(jobs.code).toBe(0);
    const mail = await waitForMail(mailDir, 'bea@example.org');
    const found = links(mail.text);
    expect(found.length).toBeGreaterThan(0);
    for (const link of found) expect(link.startsWith(`${SITE}/`)).toBe(true);
    expect(found).toContain(`${SITE}/fr/sign-in`);
    expect(mail.text).not.toContain('localhost');
  }, 60_000);

  it('user:add names every city it cannot find and writes nothing', async () => {
    const before = outboxCount();
    const outcome = await script('user-add', ['--email', 'carl@example.org', '--city', 'LUIK', '--city', 'Atlantis']);
    expect(outcome.code).not.toBe(0);
    expect(outcome.stderr).toContain('No city is called “Atlantis”');
    expect(outcome.stderr).not.toContain('LUIK');
    expect(getDb().select().from(users).where(eq(users.email, 'carl@example.org')).all()).toEqual([]);
    expect(outboxCount()).toBe(before);
  }, 30_000);

});
