/**
 * Part of db/schema.ts, which every module imports: what running the app
 * keeps (imports, rate limits, the public revision, mail, reminders, the
 * audit log).
 */
import { sql } from 'drizzle-orm';
import { blob, check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { LOCALES, OUTBOX_STATUSES } from '@/lib/constants';
import { createdAt } from './columns';
import { users } from './auth';
import { campaigns } from './domain';

/** A file attached to a queued mail, kept with it as JSON. */
export type MailAttachment = { filename: string; contentType: string; content: string };

/**
 * A spreadsheet an organiser uploaded to import, kept between its preview and
 * the organiser's confirmation (never a copy of the rows sent back by the
 * browser). Bound to the organiser and the campaign chosen; removed when
 * imported or discarded, and no longer used after a few hours.
 */
export const importUploads = sqliteTable(
  'import_uploads',
  {
    /** Random, unguessable: it is in the preview's URL. */
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    fileName: text('file_name').notNull(),
    /** The rows read and checked once at upload, as JSON (the file itself is not kept). */
    bytes: blob('bytes', { mode: 'buffer' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('import_upload_created_idx').on(t.createdAt)],
);

/** Recent attempts per key (an e-mail address or a client), for rate limits. */
export const rateLimitHits = sqliteTable(
  'rate_limit_hits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('rate_limit_key_at_idx').on(t.key, t.at)],
);

/**
 * One number that moves on with every change to what the public may see
 * (campaigns, cities, buildings, illuminations). Triggers in the migrations
 * move it, so every writer does: the app's actions, the command-line tools,
 * the seed, another server process. Caches of public data keep the revision
 * they were computed at and are not used once it has moved.
 */
export const publicRevision = sqliteTable(
  'public_revision',
  {
    id: integer('id').primaryKey(),
    value: integer('value').notNull(),
  },
  (t) => [check('public_revision_one_row', sql`${t.id} = 1`)],
);

/**
 * Every mail the app sends, sign-in links included (their text is blanked once
 * sent or expired, see lib/mail/sign-in.ts),
 * written in the transaction of the change that causes it and rendered then,
 * in the reader's language. A sender delivers what is due (lib/mail/outbox.ts):
 * it leases a row (owner and expiry) before sending, so that two server
 * processes never send the same row, and retries with a growing delay.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** What the mail is (`review`, `invitation`, `digest`, `reminder.day_before`…), for the organisers' page. */
    kind: text('kind').notNull(),
    recipient: text('recipient').notNull(),
    userId: text('user_id').references(() => users.id),
    locale: text('locale', { enum: LOCALES }).notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    attachments: text('attachments', { mode: 'json' }).$type<MailAttachment[]>().notNull().default([]),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('waiting'),
    /** Attempts started, counted when a sender takes the row (so a sender that dies mid-way counts too). */
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    /** The sender process holding the row, until `leaseUntil`; another may take it only after that. */
    leaseOwner: text('lease_owner'),
    leaseUntil: integer('lease_until', { mode: 'timestamp_ms' }),
    lastError: text('last_error'),
    createdAt: createdAt(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    failedAt: integer('failed_at', { mode: 'timestamp_ms' }),
    /** When the organisers were told that this mail failed for good. */
    failureReportedAt: integer('failure_reported_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('outbox_due_idx').on(t.status, t.nextAttemptAt),
    check('outbox_status_check', sql`${t.status} in ('waiting', 'sent', 'failed')`),
  ],
);

/**
 * The reminders sent, one row per reminder and person (and building, city or
 * day), inserted in the transaction that puts the mail in the outbox: the
 * primary key is what keeps a reminder from going twice, across restarts and
 * server processes.
 */
export const sentReminders = sqliteTable(
  'sent_reminders',
  {
    /** `kind:campaign:person:subject`, e.g. `day_before:4:u-123:building-17` (see lib/reminders). */
    key: text('key').primaryKey(),
    kind: text('kind').notNull(),
    campaignId: integer('campaign_id').references(() => campaigns.id),
    userId: text('user_id').references(() => users.id),
    outboxId: integer('outbox_id').references(() => outbox.id),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sent_reminder_campaign_idx').on(t.campaignId, t.kind)],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: createdAt(),
    /** Null for changes made by the system (seed, migrations, sign-in). */
    actorId: text('actor_id').references(() => users.id),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: text('before', { mode: 'json' }).$type<unknown>(),
    after: text('after', { mode: 'json' }).$type<unknown>(),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId), index('audit_at_idx').on(t.at)],
);
