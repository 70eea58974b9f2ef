/** Part of db/schema.ts, which every module imports: campaigns, cities, buildings and their registrations. */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  BUILDING_KINDS,
  DEFAULT_CAMPAIGN_HASHTAGS,
  DEFAULT_DEADLINE_REMINDER_DAYS,
  DEFAULT_TIME_ZONE,
  ILLUMINATION_STATUSES,
  LIGHTS_ON_MODES,
  type ApprovedVersion,
  type Locale,
  type LocalizedText,
} from '@/lib/constants';
import { createdAt } from './columns';
import { users } from './auth';

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
    /** Hashtags offered when sharing the map and building pages, without `#`. */
    hashtags: text('hashtags', { mode: 'json' }).$type<string[]>().notNull().default(DEFAULT_CAMPAIGN_HASHTAGS),
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
    /** Names in other languages where they differ (Stadhuis/Hôtel de ville…), like cities'. */
    names: text('names', { mode: 'json' }).$type<Partial<Record<Locale, string>>>().notNull().default({}),
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
