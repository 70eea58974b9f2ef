/**
 * The outbox on a real SQLite file: a mail is stored with the change that
 * causes it or not at all, sent once, retried with a growing delay (on a
 * clock the test drives), given up and reported after its last attempt,
 * retried by an organiser, and never sent twice by two processes sharing the
 * database.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { and, eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLog, illuminations, outbox, users } from '@/db/schema';
import { createUser } from '@/lib/demo/builders';
import { AlreadySentError, reportFailedMails, retryMail } from '@/lib/mail/outbox-failures';
import { claimNextMail, deliverDueMails, enqueueMail, OUTBOX_POLICY, retryDelayMs } from '@/lib/mail/outbox';
import { type Mail } from '@/lib/mail/transport';
import { reviewIlluminations } from '@/lib/review/decisions';
import { actorOf, openQueue, organiseWorld } from '../helpers/organise-fixtures';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

const mailsTo = (email: string) => getDb().select().from(outbox).where(eq(outbox.recipient, email)).all();
const row = (id: number) => getDb().select().from(outbox).where(eq(outbox.id, id)).get()!;

/** A clock the test moves by hand. */
function clock(start: string) {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms), at: (iso: string) => (now = new Date(iso).getTime()) };
}

/** A mail server stand-in: records what it accepts, or fails as told. */
function mailServer() {
  const accepted: Mail[] = [];
  let failure: Error | null = null;
  return {
    accepted,
    fail: (error: Error | null) => (failure = error),
    send: async (mail: Mail) => {
      if (failure) throw failure;
      accepted.push(mail);
    },
  };
}

function queueOne(to: string, now: Date) {
  return getDb().transaction((tx) => enqueueMail(tx, { to, locale: 'en', kind: 'test', subject: `For ${to}`, text: 'Hello', html: '<p>Hello</p>' }, now));
}

describe('a change and its mail', () => {
  it('an approval queues each coordinator’s notice, in their language, in its own transaction', async () => {
    const w = organiseWorld(2051);
    getDb().update(users).set({ locale: 'fr' }).where(eq(users.id, w.coordinator.id)).run();
    const queue = await openQueue(w.organiserActor, 2051);
    await reviewIlluminations(w.organiserActor, { items: [{ id: w.citadelReg.id, version: queue.field(w.citadelReg.id)[1] }], decision: 'approve' });
    const [notice] = mailsTo(w.coordinator.email);
    expect(notice).toMatchObject({ status: 'waiting', locale: 'fr', kind: 'review', subject: 'Validée : Namur Citadel', attempts: 0 });
    expect(notice!.text).toContain('Bonjour Nina Namur');
    // Mons had nothing decided: nothing for its coordinator.
    expect(mailsTo(w.monsCoordinator.email)).toEqual([]);
  });

  it('a notice that cannot be stored leaves the registration unapproved, and no audit row', async () => {
    const w = organiseWorld(2052);
    const queue = await openQueue(w.organiserActor, 2052);
    const sqlite = (getDb() as unknown as { $client: import('better-sqlite3').Database }).$client;
    sqlite.exec(`CREATE TEMP TRIGGER outbox_full BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'outbox full'); END;`);
    try {
      await expect(
        reviewIlluminations(w.organiserActor, { items: [{ id: w.citadelReg.id, version: queue.field(w.citadelReg.id)[1] }], decision: 'approve' }),
      ).rejects.toThrow(/outbox full/);
    } finally {
      sqlite.exec('DROP TRIGGER outbox_full');
    }
    expect(getDb().select().from(illuminations).where(eq(illuminations.id, w.citadelReg.id)).get()).toMatchObject({ status: 'submitted', approved: null });
    expect(getDb().select().from(auditLog).where(and(eq(auditLog.entity, 'illumination'), eq(auditLog.entityId, String(w.citadelReg.id)))).all()).toEqual([]);
  });

  it('an approval that fails leaves no mail', async () => {
    const w = organiseWorld(2053);
    const queue = await openQueue(w.organiserActor, 2053);
    const sqlite = (getDb() as unknown as { $client: import('better-sqlite3').Database }).$client;
    // The second of two approvals fails, after the first was written.
    sqlite.exec(`CREATE TEMP TRIGGER second_fails BEFORE UPDATE ON illuminations WHEN NEW.id = ${w.belfryReg.id} BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;`);
    try {
      await expect(
        reviewIlluminations(w.organiserActor, {
          items: [w.citadelReg.id, w.belfryReg.id].map((id) => ({ id, version: queue.field(id)[1] })),
          decision: 'approve',
        }),
      ).rejects.toThrow(/disk I\/O error/);
    } finally {
      sqlite.exec('DROP TRIGGER second_fails');
    }
    expect(mailsTo(w.coordinator.email)).toEqual([]);
    expect(mailsTo(w.monsCoordinator.email)).toEqual([]);
    expect(getDb().select().from(illuminations).where(eq(illuminations.id, w.citadelReg.id)).get()!.status).toBe('submitted');
  });

  it('an invitation and its mail are stored together, in the chosen language, with the site’s address', async () => {
    const { inviteUser } = await import('@/lib/users/invite');
    const w = organiseWorld(2054);
    await inviteUser(w.organiserActor, { email: 'nieuw@gent.be', name: 'Nieuw', role: 'coordinator', cityIds: [w.namur.id], locale: 'nl' });
    const [mail] = mailsTo('nieuw@gent.be');
    expect(mail).toMatchObject({ kind: 'invitation', locale: 'nl', subject: 'U bent uitgenodigd voor Blue Lights' });
    expect(mail!.text).toContain('http://localhost:3000/nl/sign-in');
    // A refused invitation (unknown city) stores neither.
    await expect(inviteUser(w.organiserActor, { email: 'niemand@gent.be', name: 'Niemand', role: 'coordinator', cityIds: [987_654], locale: 'nl' })).rejects.toThrow();
    expect(mailsTo('niemand@gent.be')).toEqual([]);
  });
});

/** Earlier tests' mails are left waiting: out of the way, so that each test counts only its own. */
function setAsideWaitingMails() {
  getDb().update(outbox).set({ status: 'sent' }).where(eq(outbox.status, 'waiting')).run();
}

describe('delivering', () => {
  beforeEach(setAsideWaitingMails);

  it('sends a due mail once, marks it sent when the server accepts it, and never again', async () => {
    const c = clock('2030-01-01T10:00:00Z');
    const server = mailServer();
    const id = queueOne('once@example.org', c.now());
    expect(await deliverDueMails({ owner: 'A', now: c.now, send: server.send })).toMatchObject({ sent: 1 });
    expect(row(id)).toMatchObject({ status: 'sent', attempts: 1, sentAt: c.now(), leaseOwner: null });
    expect(server.accepted.map((m) => m.to)).toEqual(['once@example.org']);
    // The same Message-ID on every attempt, so a receiving server may drop a repeat.
    expect(server.accepted[0]!.messageId).toMatch(new RegExp(`^<outbox-${id}-\\d+@localhost>$`));
    c.advance(3_600_000);
    await deliverDueMails({ owner: 'B', now: c.now, send: server.send });
    expect(server.accepted).toHaveLength(1);
  });

  it('retries a failing mail with a doubling delay, up to an hour, then gives up', async () => {
    const c = clock('2030-02-01T10:00:00Z');
    const server = mailServer();
    server.fail(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ESOCKET' }));
    const id = queueOne('retry@example.org', c.now());
    const waits: number[] = [];
    for (let attempt = 1; attempt < OUTBOX_POLICY.maxAttempts; attempt++) {
      const before = c.now().getTime();
      expect(await deliverDueMails({ owner: 'A', now: c.now, send: server.send, firstRetryDelayMs: 60_000 })).toMatchObject({ retrying: 1 });
      const next = row(id);
      expect(next).toMatchObject({ status: 'waiting', attempts: attempt, leaseOwner: null, lastError: 'connect ECONNREFUSED 127.0.0.1:25' });
      waits.push((next.nextAttemptAt.getTime() - before) / 60_000);
      // Not before its time.
      c.at(new Date(next.nextAttemptAt.getTime() - 1).toISOString());
      expect(await deliverDueMails({ owner: 'A', now: c.now, send: server.send })).toEqual({ sent: 0, retrying: 0, failed: 0 });
      c.advance(1);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60, 60, 60]);
    expect(await deliverDueMails({ owner: 'A', now: c.now, send: server.send })).toMatchObject({ failed: 1 });
    expect(row(id)).toMatchObject({ status: 'failed', attempts: OUTBOX_POLICY.maxAttempts, failedAt: c.now() });
    c.advance(86_400_000);
    server.fail(null);
    expect(await deliverDueMails({ owner: 'A', now: c.now, send: server.send })).toMatchObject({ sent: 0 });
    expect(retryDelayMs(1, 1000)).toBe(1000);
  });

  it('gives up at once when the mail server refuses the mail for good (5xx)', async () => {
    const c = clock('2030-03-01T10:00:00Z');
    const server = mailServer();
    server.fail(Object.assign(new Error('550 5.1.1 No such user'), { responseCode: 550 }));
    const id = queueOne('nobody@example.org', c.now());
    expect(await deliverDueMails({ owner: 'A', now: c.now, send: server.send })).toMatchObject({ failed: 1 });
    expect(row(id)).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('a mail being sent is leased: another sender does not take it until the lease has expired', async () => {
    const c = clock('2030-04-01T10:00:00Z');
    const id = queueOne('leased@example.org', c.now());
    const taken = claimNextMail('A', c.now());
    expect(taken).toMatchObject({ id, leaseOwner: 'A', attempts: 1 });
    c.advance(OUTBOX_POLICY.leaseMs - 1);
    expect(claimNextMail('B', c.now())).toBeUndefined();
    // A sender that died mid-way: its row is taken again once the lease is over, and the attempt counted.
    c.advance(1);
    expect(claimNextMail('B', c.now())).toMatchObject({ id, leaseOwner: 'B', attempts: 2 });
  });

  it('tells the organisers, in their language, of each mail that failed for good, once', async () => {
    const c = clock('2030-05-01T10:00:00Z');
    const db = getDb();
    // Other organisers of other tests may exist: this one reads only its own mail.
    const organiser = createUser(db, { role: 'organiser', email: `failures-${Date.now()}@example.org`, name: 'Dora', locale: 'de' });
    const server = mailServer();
    server.fail(Object.assign(new Error('550 No such user'), { responseCode: 550 }));
    const id = queueOne('gone@example.org', c.now());
    await deliverDueMails({ owner: 'A', now: c.now, send: server.send });
    expect(reportFailedMails(c.now())).toBeGreaterThanOrEqual(1);
    const [report] = mailsTo(organiser.email);
    expect(report).toMatchObject({ kind: 'outbox.failures', locale: 'de' });
    expect(report!.subject).toMatch(/E-Mails? konnten? nicht zugestellt werden/);
    expect(report!.text).toContain('gone@example.org');
    expect(row(id).failureReportedAt).toEqual(c.now());
    expect(reportFailedMails(c.now())).toBe(0);
    expect(mailsTo(organiser.email)).toHaveLength(1);
  });

  it('an organiser retries a failed mail: a fresh set of attempts, at once, written to the audit log; a sent one is not sent again', async () => {
    const c = clock('2030-06-01T10:00:00Z');
    const w = organiseWorld(2055);
    const server = mailServer();
    server.fail(Object.assign(new Error('550 Mailbox full'), { responseCode: 550 }));
    const id = queueOne('full@example.org', c.now());
    await deliverDueMails({ owner: 'A', now: c.now, send: server.send });
    expect(row(id).status).toBe('failed');
    c.advance(3_600_000);
    await retryMail(w.organiserActor, id, c.now());
    expect(row(id)).toMatchObject({ status: 'waiting', attempts: 0, nextAttemptAt: c.now(), failedAt: null });
    expect(getDb().select().from(auditLog).where(and(eq(auditLog.action, 'outbox.retry'), eq(auditLog.entityId, String(id)))).all()).toHaveLength(1);
    server.fail(null);
    await deliverDueMails({ owner: 'A', now: c.now, send: server.send });
    expect(row(id).status).toBe('sent');
    await expect(retryMail(w.organiserActor, id, c.now())).rejects.toBeInstanceOf(AlreadySentError);
    await expect(retryMail(actorOf(w.coordinator, [w.namur.id]), id, c.now())).rejects.toThrow(/not allowed/);
  });
});

describe('several server processes', () => {
  it('two senders on one database file never send the same mail twice', async () => {
    const db = getDb();
    setAsideWaitingMails();
    const ids = Array.from({ length: 60 }, (_, i) => queueOne(`crowd-${i}@example.org`, new Date('2020-01-01T00:00:00Z')));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-senders-'));
    const go = path.join(dir, 'go');
    const worker = (owner: string) =>
      run(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/helpers/outbox-worker.ts'], {
        cwd: root,
        env: { ...process.env, MODE: 'send', OWNER: owner, OUT: path.join(dir, `${owner}.txt`), GO: go },
      });
    const both = Promise.all([worker('process-a'), worker('process-b')]);
    // Both are started (tsx takes a while) before either may send.
    await new Promise((r) => setTimeout(r, 1500));
    fs.writeFileSync(go, '');
    await both;
    const sent = ['process-a', 'process-b'].flatMap((o) => {
      const file = path.join(dir, `${o}.txt`);
      return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : [];
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(sent).toHaveLength(ids.length);
    expect(new Set(sent).size).toBe(ids.length);
    const rows = db.select({ status: outbox.status, n: sql<number>`count(*)` }).from(outbox).where(sql`${outbox.id} in ${ids}`).groupBy(outbox.status).all();
    expect(rows).toEqual([{ status: 'sent', n: ids.length }]);
  });
});
