/** The evening soak's arithmetic (scripts/bench/evening/summary.ts): what makes it pass or fail. */
import { describe, expect, it } from 'vitest';
import { checkMail, checkSaves, loadFigures, mailKinds, markdownTable, outboxIdOf, percentile, problems } from '@/scripts/bench/evening/summary';
import { messageIdOf } from '@/scripts/bench/evening/mail-sink';

describe('percentile', () => {
  it('takes the nearest rank, and 0 of nothing', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.95)).toBe(95);
    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.95)).toBe(0);
  });
});

describe('loadFigures', () => {
  it('counts 429s apart from errors, and requests without an answer as errors', () => {
    const tally = { times: [10, 20, 30, 40], statuses: new Map([[200, 2], [429, 1], [502, 1]]), failures: 2 };
    const f = loadFigures(tally, 2);
    expect(f).toMatchObject({ requests: 6, perSecond: 3, tooMany: 1, errors: 3, p95: 40 });
    expect(f.errorKinds).toEqual({ 'no answer': 2, '502': 1 });
  });
});

describe('checkSaves', () => {
  it('finds an acknowledged save missing from SQLite, and counts those stored without an answer', () => {
    const check = checkSaves(5, ['a', 'b', 'c'], new Set(['a', 'c', 'd']));
    expect(check).toEqual({ sent: 5, acknowledged: 3, stored: 3, lost: 1, storedUnacknowledged: 1 });
  });
});

describe('checkMail', () => {
  const rows = [
    { id: 1, status: 'sent', attempts: 1 },
    { id: 2, status: 'sent', attempts: 3 },
    { id: 3, status: 'waiting', attempts: 2 },
  ];

  it('matches Message-IDs to outbox rows, counting repeats and mails never received', () => {
    const received = new Map([
      ['<outbox-1-1785430800000@127.0.0.1>', 1],
      ['<outbox-2-1785430800001@127.0.0.1>', 2],
      ['<someone-else@example.org>', 1],
    ]);
    expect(checkMail(rows, received)).toEqual({ queued: 3, sentByOutbox: 2, delivered: 2, duplicates: 1, lost: 1, waiting: 1, failed: 0, retried: 2, strangers: 1 });
  });

  it('counts the mails by kind', () => {
    expect(mailKinds([{ ...rows[0]!, kind: 'reminder.lights_on' }, { ...rows[1]!, kind: 'reminder.day_before' }, { ...rows[2]!, kind: 'reminder.lights_on' }])).toBe(
      'reminder.lights_on: 2, reminder.day_before: 1',
    );
  });

  it('reads the outbox row from a Message-ID as the outbox writes it', () => {
    expect(outboxIdOf('<outbox-42-1785430800000@bluelights.example.org>')).toBe(42);
    expect(outboxIdOf('<42@example.org>')).toBeNull();
  });

  it('finds the Message-ID in a raw message, also folded onto the next line', () => {
    expect(messageIdOf('From: a@b\r\nMessage-ID: <outbox-1-2@h>\r\n\r\nMessage-ID: <not-this@h>')).toBe('<outbox-1-2@h>');
    expect(messageIdOf('Message-Id:\r\n <outbox-3-4@h>\r\nTo: x@y\r\n\r\nbody')).toBe('<outbox-3-4@h>');
    expect(messageIdOf('To: x@y\r\n\r\nMessage-ID: <in-the-body@h>')).toBeNull();
  });
});

describe('problems', () => {
  const fine = { sent: 10, acknowledged: 8, stored: 9, lost: 0, storedUnacknowledged: 1 };
  const mail = { queued: 3, sentByOutbox: 3, delivered: 3, duplicates: 0, lost: 0, waiting: 0, failed: 0, retried: 1, strangers: 0 };

  it('passes a run that lost nothing, where a save in flight at the kill was stored without its answer', () => {
    expect(problems(fine, mail, 2)).toEqual([]);
  });

  it('fails on a lost save, a mail sent twice or not at all, and more unanswered saves stored than went unanswered', () => {
    expect(problems({ ...fine, lost: 1 }, mail, 2)).toEqual(['1 acknowledged saves are not in SQLite']);
    expect(problems(fine, { ...mail, duplicates: 1 }, 2)).toEqual(['1 mails delivered more than once']);
    expect(problems(fine, { ...mail, lost: 2 }, 2)).toEqual(['2 of 3 mails not delivered after the drain']);
    expect(problems(fine, mail, 0)).toEqual(['1 saves stored without an answer, more than the 0 that got none']);
  });
});

describe('markdownTable', () => {
  it('writes a table the README can hold, numbers with thousands separators', () => {
    expect(markdownTable([{ what: 'a|b', 'req/s': 1234 }])).toBe('| what | req/s |\n| --- | --- |\n| a\\|b | 1,234 |');
  });
});
