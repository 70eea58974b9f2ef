import { relations, sql } from 'drizzle-orm';
import {
  blob,
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import type { AdapterAccountType } from 'next-auth/adapters';
import {
  BUILDING_KINDS,
  DEFAULT_DEADLINE_REMINDER_DAYS,
  DEFAULT_TIME_ZONE,
  ILLUMINATION_STATUSES,
  LIGHTS_ON_MODES,
  LOCALES,
  OUTBOX_STATUSES,
  USER_ROLES,
  type ApprovedVersion,
  type Locale,
  type LocalizedText,
} from '@/lib/constants';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

// ---------------------------------------------------------------------------
// Auth.js tables, in the shape @auth/drizzle-adapter expects for SQLite, with
// our own columns (role, active) added to `user`.
// ---------------------------------------------------------------------------

export const users = sqliteTable(
  'user',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text('name'),
    email: text('email').notNull().unique(),
    emailVerified: integer('emailVerified', { mode: 'timestamp_ms' }),
    image: text('image'),
    role: text('role', { enum: USER_ROLES }).notNull().default('coordinator'),
    /**
     * The language every mail to this person is written in: chosen at
     * invitation, changed at /account, and otherwise the language of the page
     * they last signed in from.
     */
    locale: text('locale', { enum: LOCALES }).notNull().default('en'),
    /** Deactivated users keep their history but can no longer sign in. */
    deactivatedAt: integer('deactivated_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [check('user_role_check', sql`${t.role} in ('organiser', 'coordinator')`)],
);

export const accounts = sqliteTable(
  'account',
  {
    userId: text('userId')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').$type<AdapterAccountType>().notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('providerAccountId').notNull(),
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: integer('expires_at'),
    token_type: text('token_type'),
    scope: text('scope'),
    id_token: text('id_token'),
    session_state: text('session_state'),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = sqliteTable(
  'session',
  {
    sessionToken: text('sessionToken').primaryKey(),
    userId: text('userId')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expires: integer('expires', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);

export const verificationTokens = sqliteTable(
  'verificationToken',
  {
    identifier: text('identifier').notNull(),
    token: text('token').notNull(),
    expires: integer('expires', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

// ---------------------------------------------------------------------------
// The domain
// ---------------------------------------------------------------------------

export const campaigns = sqliteTable(
  'campaigns',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull().unique(),
    /** Local calendar date of the event, ISO `YYYY-MM-DD` (30 July by default). */
    eventDate: text('event_date').notNull(),
    theme: text('theme', { mode: 'json' }).$type<LocalizedText>().notNull(),
    /** Last moment coordinators may register, edit or withdraw. */
    registrationDeadline: integer('registration_deadline', { mode: 'timestamp_ms' }).notNull(),
    published: integer('published', { mode: 'boolean' }).notNull().default(false),
    /** The campaign the public map shows; at most one. Without one, the latest published. */
    showOnMap: integer('show_on_map', { mode: 'boolean' }).notNull().default(false),
    /**
     * How many days before the registration deadline the coordinators of
     * invited cities with nothing registered are reminded (each number once).
     */
    deadlineReminderDays: text('deadline_reminder_days', { mode: 'json' })
      .$type<number[]>()
      .notNull()
      .default(DEFAULT_DEADLINE_REMINDER_DAYS),
    createdAt: createdAt(),
  },
  (t) => [
    check('campaign_year_check', sql`${t.year} between 2000 and 2999`),
    uniqueIndex('campaign_show_on_map_unique').on(t.showOnMap).where(sql`${t.showOnMap} = 1`),
  ],
);

export const cities = sqliteTable(
  'cities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** Names in other languages where they differ (Gent/Gand, Luik/Lüttich…). */
    names: text('names', { mode: 'json' }).$type<Partial<Record<Locale, string>>>().notNull().default({}),
    /** ISO 3166-1 alpha-2 country code. */
    country: text('country').notNull().default('BE'),
    province: text('province').notNull().default(''),
    lat: real('lat').notNull(),
    lng: real('lng').notNull(),
    /** IANA time zone, e.g. Europe/Brussels. */
    timeZone: text('time_zone').notNull().default(DEFAULT_TIME_ZONE),
    /**
     * The languages of the city's posters, in order (Brussels: fr, nl). Null:
     * the default for its place (lib/cities/poster-languages.ts).
     */
    posterLocales: text('poster_locales', { mode: 'json' }).$type<Locale[]>(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('city_name_country_unique').on(t.name, t.country)],
);

export const buildings = sqliteTable(
  'buildings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    cityId: integer('city_id')
      .notNull()
      .references(() => cities.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: BUILDING_KINDS }).notNull().default('other'),
    address: text('address').notNull().default(''),
    lat: real('lat').notNull(),
    lng: real('lng').notNull(),
    description: text('description').notNull().default(''),
    /**
     * Imported with an address but no coordinates: it stands at its city's
     * centre until one of the city's coordinators places it on the map.
     */
    needsPlacing: integer('needs_placing', { mode: 'boolean' }).notNull().default(false),
    createdBy: text('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('building_city_idx').on(t.cityId),
    // The near-duplicate check looks for buildings within 50 m of a new one by a box of coordinates.
    index('building_lat_lng_idx').on(t.lat, t.lng),
    check('building_lat_check', sql`${t.lat} between -90 and 90`),
    check('building_lng_check', sql`${t.lng} between -180 and 180`),
  ],
);

export const illuminations = sqliteTable(
  'illuminations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    buildingId: integer('building_id')
      .notNull()
      .references(() => buildings.id),
    status: text('status', { enum: ILLUMINATION_STATUSES }).notNull().default('submitted'),
    lightsOnMode: text('lights_on_mode', { enum: LIGHTS_ON_MODES }).notNull().default('sunset'),
    /** Local `HH:MM`, used when lightsOnMode is `time`. */
    lightsOnTime: text('lights_on_time'),
    /** Local `HH:MM`; may be after midnight (earlier than lights-on). */
    lightsOffTime: text('lights_off_time'),
    reviewReason: text('review_reason'),
    reviewedBy: text('reviewed_by').references(() => users.id),
    reviewedAt: integer('reviewed_at', { mode: 'timestamp_ms' }),
    litAt: integer('lit_at', { mode: 'timestamp_ms' }),
    /** File name under DATA_DIR/uploads, re-encoded on upload. */
    photo: text('photo'),
    /** Photo taken on the night, with the "lights are on" confirmation. */
    litPhoto: text('lit_photo'),
    /**
     * The version the public sees, copied at approval. An edit of an approved
     * registration goes back to review while the public keeps this version;
     * withdrawing clears it.
     */
    approved: text('approved', { mode: 'json' }).$type<ApprovedVersion>(),
    submittedBy: text('submitted_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    uniqueIndex('illumination_campaign_building_unique').on(t.campaignId, t.buildingId),
    index('illumination_campaign_status_idx').on(t.campaignId, t.status),
    index('illumination_building_idx').on(t.buildingId),
    check(
      'illumination_status_check',
      sql`${t.status} in ('submitted', 'approved', 'rejected', 'withdrawn')`,
    ),
  ],
);

export const cityCoordinators = sqliteTable(
  'city_coordinators',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    cityId: integer('city_id')
      .notNull()
      .references(() => cities.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.cityId] }), index('city_coordinator_city_idx').on(t.cityId)],
);

/**
 * What the coordinator says about one stored photo: the credit line printed
 * beside it and whether it may be published (the gallery, the press pack, the
 * photo's public address). Keyed by the file's name, not by registration: an
 * approved version keeps its photo while an edit with a new one awaits review,
 * and "same as last year" re-uses a file, so the rights follow the file.
 *
 * A photo without a row has the defaults: a registration's photo may be
 * published once approved (coordinators send it for the public map), the
 * night's photo only once the coordinator says yes.
 */
export const photoRights = sqliteTable('photo_rights', {
  name: text('name').primaryKey(),
  credit: text('credit').notNull().default(''),
  publish: integer('publish', { mode: 'boolean' }).notNull(),
  updatedBy: text('updated_by').references(() => users.id),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
});

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
 * Every mail the app sends (sign-in links apart, see lib/mail/sign-in.ts),
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
    check('outbox_locale_check', sql`${t.locale} in ('en', 'fr', 'nl', 'de')`),
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

// ---------------------------------------------------------------------------
// Relations
// ---------------------------------------------------------------------------

export const usersRelations = relations(users, ({ many }) => ({
  cities: many(cityCoordinators),
}));

export const citiesRelations = relations(cities, ({ many }) => ({
  buildings: many(buildings),
  coordinators: many(cityCoordinators),
}));

export const buildingsRelations = relations(buildings, ({ one, many }) => ({
  city: one(cities, { fields: [buildings.cityId], references: [cities.id] }),
  illuminations: many(illuminations),
}));

export const campaignsRelations = relations(campaigns, ({ many }) => ({
  illuminations: many(illuminations),
}));

export const illuminationsRelations = relations(illuminations, ({ one }) => ({
  campaign: one(campaigns, { fields: [illuminations.campaignId], references: [campaigns.id] }),
  building: one(buildings, { fields: [illuminations.buildingId], references: [buildings.id] }),
}));

export const cityCoordinatorsRelations = relations(cityCoordinators, ({ one }) => ({
  user: one(users, { fields: [cityCoordinators.userId], references: [users.id] }),
  city: one(cities, { fields: [cityCoordinators.cityId], references: [cities.id] }),
}));

// ---------------------------------------------------------------------------
// Inferred types
// ---------------------------------------------------------------------------

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Campaign = typeof campaigns.$inferSelect;
export type NewCampaign = typeof campaigns.$inferInsert;
export type City = typeof cities.$inferSelect;
export type NewCity = typeof cities.$inferInsert;
export type Building = typeof buildings.$inferSelect;
export type NewBuilding = typeof buildings.$inferInsert;
export type Illumination = typeof illuminations.$inferSelect;
export type NewIllumination = typeof illuminations.$inferInsert;
export type AuditEntry = typeof auditLog.$inferSelect;
export type PhotoRights = typeof photoRights.$inferSelect;
export type OutboxRow = typeof outbox.$inferSelect;
export type MailAttachment = { filename: string; contentType: string; content: string };
export type ImportUpload = typeof importUploads.$inferSelect;
