/** Part of db/schema.ts, which every module imports: the sign-in tables. */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { AdapterAccountType } from 'next-auth/adapters';
import { LOCALES, USER_ROLES } from '@/lib/constants';
import { createdAt } from './columns';

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
  (t) => [check('user_role_check', sql`${t.role} in ('organiser', 'coordinator', 'partner')`)],
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
