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
  DEFAULT_TIME_ZONE,
  ILLUMINATION_STATUSES,
  LIGHTS_ON_MODES,
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
export type ImportUpload = typeof importUploads.$inferSelect;
