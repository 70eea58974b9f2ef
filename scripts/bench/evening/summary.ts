/**
 * The evening's figures from what was recorded: pure functions, so that the
 * report's arithmetic is tested (tests/unit/bench-evening-summary.test.ts)
 * apart from the run.
 */
import type { Tally } from './record';

export type Row = Record<string, string | number>;

/** The value below which a share `p` of the sorted values lie (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))]!;
}

export type LoadFigures = { requests: number; perSecond: number; p50: number; p95: number; tooMany: number; errors: number; /** Errors by status, and `no answer`. */ errorKinds: Record<string, number> };

/** Answers with status 429 are counted apart; any other non-2xx/3xx answer, and no answer at all, is an error. */
export function loadFigures(tally: Tally | undefined, seconds: number): LoadFigures {
  if (!tally) return { requests: 0, perSecond: 0, p50: 0, p95: 0, tooMany: 0, errors: 0, errorKinds: {} };
  const sorted = [...tally.times].sort((a, b) => a - b);
  let tooMany = 0;
  let errors = tally.failures;
  const errorKinds: Record<string, number> = tally.failures > 0 ? { 'no answer': tally.failures } : {};
  for (const [status, n] of tally.statuses) {
    if (status === 429) tooMany += n;
    else if (status < 200 || status >= 400) {
      errors += n;
      errorKinds[String(status)] = (errorKinds[String(status)] ?? 0) + n;
    }
  }
  const requests = tally.times.length + tally.failures;
  return {
    requests,
    perSecond: seconds > 0 ? Math.round(requests / seconds) : 0,
    p50: Math.round(percentile(sorted, 0.5)),
    p95: Math.round(percentile(sorted, 0.95)),
    tooMany,
    errors,
    errorKinds,
  };
}

export type SavesCheck = { sent: number; acknowledged: number; stored: number; lost: number; storedUnacknowledged: number };

/**
 * Every acknowledged save must be in SQLite (`lost` is 0). A save may be
 * stored without its answer reaching the coordinator when its process is
 * killed between the commit and the answer (or nginx gives up on it): that
 * one is counted apart, and cannot exceed the saves that got no answer.
 */
export function checkSaves(sent: number, acknowledged: string[], stored: Set<string>): SavesCheck {
  const acked = new Set(acknowledged);
  const lost = [...acked].filter((c) => !stored.has(c)).length;
  const storedUnacknowledged = [...stored].filter((c) => !acked.has(c)).length;
  return { sent, acknowledged: acked.size, stored: stored.size, lost, storedUnacknowledged };
}

export type OutboxRow = { id: number; kind?: string; status: string; attempts: number };
export type MailCheck = { queued: number; sentByOutbox: number; delivered: number; duplicates: number; lost: number; waiting: number; failed: number; retried: number; strangers: number };

/** The outbox row a Message-ID belongs to (`<outbox-{id}-{created}@host>`, lib/mail/outbox.ts). */
export function outboxIdOf(messageId: string): number | null {
  const m = messageId.match(/^<outbox-(\d+)-\d+@/);
  return m ? Number(m[1]) : null;
}

/**
 * Each mail queued is delivered exactly once, counted at the mail server by
 * Message-ID: `duplicates` and `lost` must be 0 once the outbox is drained.
 */
export function checkMail(rows: OutboxRow[], received: Map<string, number>): MailCheck {
  const byRow = new Map<number, number>();
  let strangers = 0;
  for (const [messageId, n] of received) {
    const id = outboxIdOf(messageId);
    if (id === null) strangers += n;
    else byRow.set(id, (byRow.get(id) ?? 0) + n);
  }
  const known = new Set(rows.map((r) => r.id));
  let duplicates = 0;
  for (const [id, n] of byRow) {
    if (!known.has(id)) strangers += n;
    else duplicates += n - 1;
  }
  const delivered = rows.filter((r) => byRow.has(r.id)).length;
  return {
    queued: rows.length,
    sentByOutbox: rows.filter((r) => r.status === 'sent').length,
    delivered,
    duplicates,
    lost: rows.length - delivered,
    waiting: rows.filter((r) => r.status === 'waiting').length,
    failed: rows.filter((r) => r.status === 'failed').length,
    retried: rows.filter((r) => r.attempts > 1).length,
    strangers,
  };
}

/** How many of each kind of mail (`reminder.lights_on: 40, …`). */
export function mailKinds(rows: OutboxRow[]): string {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.kind ?? '?', (counts.get(r.kind ?? '?') ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${kind}: ${n}`).join(', ');
}

/** What makes the run fail (exit status 1): an acknowledged save not stored, a mail lost or sent twice. */
export function problems(saves: SavesCheck, mail: MailCheck, unanswered: number): string[] {
  const found: string[] = [];
  if (saves.acknowledged === 0) found.push('no save was acknowledged');
  if (saves.lost > 0) found.push(`${saves.lost} acknowledged saves are not in SQLite`);
  if (saves.storedUnacknowledged > unanswered) found.push(`${saves.storedUnacknowledged} saves stored without an answer, more than the ${unanswered} that got none`);
  if (mail.duplicates > 0) found.push(`${mail.duplicates} mails delivered more than once`);
  if (mail.lost > 0) found.push(`${mail.lost} of ${mail.queued} mails not delivered after the drain`);
  if (mail.strangers > 0) found.push(`${mail.strangers} mails received that the outbox did not queue`);
  return found;
}

/** A table as Markdown, to paste into the README. */
export function markdownTable(rows: Row[]): string {
  if (rows.length === 0) return '';
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: string | number | undefined) => (v === undefined ? '' : typeof v === 'number' ? v.toLocaleString('en') : v).toString().replaceAll('|', '\\|');
  return [
    `| ${columns.join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${columns.map((c) => cell(r[c])).join(' | ')} |`),
  ].join('\n');
}
