/**
 * Part of db/schema.ts, which every module imports: what the public brings in
 * (requests to take part, from the public form) and what organisers keep for
 * the public (the help centres).
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { LOCALES } from '@/lib/constants';
import { createdAt } from './columns';
import { users } from './auth';
import { cities } from './domain';

/** A request to take part: waiting for an answer, then accepted (an invitation follows) or declined with a reply. */
export const REQUEST_STATUSES = ['open', 'accepted', 'declined'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * "Our town hall (or embassy) wants to light up blue": a request sent by
 * anyone through the public form. Never shown publicly; answered by the
 * organisers, the answer mailed in the requester's language. A request is not
 * an account: an accepted one leads to an invitation, which an organiser sends.
 */
export const participationRequests = sqliteTable(
  'participation_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** The requester's position ("alderman for culture", "consul"). */
    role: text('role').notNull(),
    /** The organisation or city they speak for, as they typed it. */
    organisation: text('organisation').notNull(),
    email: text('email').notNull(),
    /** ISO 3166-1 alpha-2 country code. */
    country: text('country').notNull(),
    message: text('message').notNull().default(''),
    /** The language of the page they sent it from: every answer is mailed in it. */
    locale: text('locale', { enum: LOCALES }).notNull(),
    status: text('status', { enum: REQUEST_STATUSES }).notNull().default('open'),
    /** The organisers' reply (required when declining). */
    reply: text('reply'),
    answeredBy: text('answered_by').references(() => users.id),
    answeredAt: integer('answered_at', { mode: 'timestamp_ms' }),
    /** The city an accepted request was matched to (found or created from the gazetteer). */
    cityId: integer('city_id').references(() => cities.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('participation_request_status_idx').on(t.status, t.createdAt),
    check('participation_request_status_check', sql`${t.status} in ('open', 'accepted', 'declined')`),
  ],
);

/**
 * A place where victims and witnesses of trafficking find help. Kept by the
 * organisers; only the name and the city are required, and a centre without a
 * position is listed but not put on a map.
 */
export const helpCentres = sqliteTable(
  'help_centres',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    cityId: integer('city_id')
      .notNull()
      .references(() => cities.id),
    address: text('address').notNull().default(''),
    phone: text('phone').notNull().default(''),
    website: text('website').notNull().default(''),
    lat: real('lat'),
    lng: real('lng'),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    index('help_centre_city_idx').on(t.cityId),
    check('help_centre_lat_check', sql`${t.lat} is null or ${t.lat} between -90 and 90`),
    check('help_centre_lng_check', sql`${t.lng} is null or ${t.lng} between -180 and 180`),
    check('help_centre_position_check', sql`(${t.lat} is null) = (${t.lng} is null)`),
  ],
);
