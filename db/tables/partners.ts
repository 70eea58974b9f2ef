/**
 * Part of db/schema.ts, which every module imports: the campaign's partner
 * organisations, the people who act for them, and their events (information
 * stands, launches, talks…), reviewed like buildings' registrations.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { EVENT_KINDS, EVENT_STATUSES, PARTNER_KINDS, type EventApprovedVersion, type NamesByLocale } from '@/lib/constants';
import { createdAt } from './columns';
import { users } from './auth';
import { campaigns, cities } from './domain';

/**
 * An organisation that joins the campaign (an NGO, a company, a sports club,
 * an institution). Kept by the organisers; its people register its events.
 */
export const partners = sqliteTable(
  'partners',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** Names in other languages where they differ, like cities'. */
    names: text('names', { mode: 'json' }).$type<NamesByLocale>().notNull().default({}),
    kind: text('kind', { enum: PARTNER_KINDS }).notNull().default('other'),
    website: text('website').notNull().default(''),
    /** A short public description, and its versions in other languages where they differ. */
    description: text('description').notNull().default(''),
    descriptions: text('descriptions', { mode: 'json' }).$type<NamesByLocale>().notNull().default({}),
    /** File name under DATA_DIR/uploads of the logo the public sees (re-encoded on upload). */
    logo: text('logo'),
    /** A logo the partner's people sent, shown to the public only once an organiser approves it. */
    logoPending: text('logo_pending'),
    /** Whether the organisation is listed on the campaign's partners page. */
    listed: integer('listed', { mode: 'boolean' }).notNull().default(true),
    /** The organisers' order on the partners page: lower first. */
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index('partner_position_idx').on(t.position)],
);

/** Who acts for which partner organisation (a partner user may act for several). */
export const partnerMembers = sqliteTable(
  'partner_members',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.partnerId] }), index('partner_member_partner_idx').on(t.partnerId)],
);

/**
 * A partner's event in a campaign: an information stand, a launch, a talk…
 * Its place is a position in a city of the gazetteer (at home or abroad); its
 * start and end are instants, told in the place's time zone (`timeZone`,
 * worked out from the position when saved). Reviewed like a registration:
 * `approved` is the version the public sees.
 */
export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id),
    cityId: integer('city_id')
      .notNull()
      .references(() => cities.id),
    status: text('status', { enum: EVENT_STATUSES }).notNull().default('submitted'),
    title: text('title').notNull(),
    titles: text('titles', { mode: 'json' }).$type<NamesByLocale>().notNull().default({}),
    description: text('description').notNull().default(''),
    descriptions: text('descriptions', { mode: 'json' }).$type<NamesByLocale>().notNull().default({}),
    kind: text('kind', { enum: EVENT_KINDS }).notNull().default('other'),
    address: text('address').notNull().default(''),
    lat: real('lat').notNull(),
    lng: real('lng').notNull(),
    startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
    endsAt: integer('ends_at', { mode: 'timestamp_ms' }).notNull(),
    /** The place's IANA time zone, in which start and end are told. */
    timeZone: text('time_zone').notNull(),
    link: text('link').notNull().default(''),
    accessibility: text('accessibility').notNull().default(''),
    /** How the organisers reach the people on the spot: never public. */
    contact: text('contact').notNull().default(''),
    reviewReason: text('review_reason'),
    reviewedBy: text('reviewed_by').references(() => users.id),
    reviewedAt: integer('reviewed_at', { mode: 'timestamp_ms' }),
    approved: text('approved', { mode: 'json' }).$type<EventApprovedVersion>(),
    submittedBy: text('submitted_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    index('event_campaign_status_idx').on(t.campaignId, t.status),
    index('event_partner_idx').on(t.partnerId),
    index('event_city_idx').on(t.cityId),
    check('event_status_check', sql`${t.status} in ('submitted', 'approved', 'rejected', 'withdrawn')`),
    check('event_lat_check', sql`${t.lat} between -90 and 90`),
    check('event_lng_check', sql`${t.lng} between -180 and 180`),
    check('event_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);
