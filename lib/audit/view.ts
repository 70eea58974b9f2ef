/**
 * Reading the audit log: who changed what and when, filtered and paginated,
 * with the before and after of each change as stored (rendered as text).
 */
import { and, desc, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLog, users } from '@/db/schema';
import { authorize, canViewAuditLog, type Actor } from '../permissions';
import { addDays, zonedTimeToUtc } from '../time';
import { AUDIT_PAGE_SIZE, type AuditFilter } from '../validation/audit';
import { DEFAULT_TIME_ZONE } from '@/lib/constants';

/** Days in the filter are Brussels days, like the rest of the console. */

export type AuditRow = {
  id: number;
  at: Date;
  actor: { id: string; name: string | null; email: string } | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

export type AuditPage = { rows: AuditRow[]; total: number; page: number; pages: number; pageSize: number };

export async function listAudit(actor: Actor, filter: AuditFilter): Promise<AuditPage> {
  authorize(actor, canViewAuditLog(actor));
  const where = and(
    filter.entity ? eq(auditLog.entity, filter.entity) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.actor === 'system' ? isNull(auditLog.actorId) : filter.actor ? eq(auditLog.actorId, filter.actor) : undefined,
    filter.from ? gte(auditLog.at, zonedTimeToUtc(filter.from, '00:00', DEFAULT_TIME_ZONE)) : undefined,
    filter.to ? lt(auditLog.at, zonedTimeToUtc(addDays(filter.to, 1), '00:00', DEFAULT_TIME_ZONE)) : undefined,
  );
  const db = getDb();
  const [count] = await db.select({ n: sql<number>`count(*)` }).from(auditLog).where(where);
  const total = count?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  const rows = await db
    .select({ entry: auditLog, user: { id: users.id, name: users.name, email: users.email } })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  return {
    rows: rows.map(({ entry, user }) => ({
      id: entry.id,
      at: entry.at,
      actor: user?.id ? { id: user.id, name: user.name, email: user.email } : null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: entry.before,
      after: entry.after,
    })),
    total,
    page,
    pages,
    pageSize: AUDIT_PAGE_SIZE,
  };
}

/** What the filter's choices offer: the entities, actions and people found in the log. */
export async function auditChoices(actor: Actor): Promise<{ entities: string[]; actions: string[]; actors: { id: string; label: string }[] }> {
  authorize(actor, canViewAuditLog(actor));
  const db = getDb();
  const entities = await db.selectDistinct({ v: auditLog.entity }).from(auditLog).orderBy(auditLog.entity);
  const actions = await db.selectDistinct({ v: auditLog.action }).from(auditLog).orderBy(auditLog.action);
  const people = await db
    .selectDistinct({ id: users.id, name: users.name, email: users.email })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorId))
    .orderBy(users.email);
  return {
    entities: entities.map((e) => e.v),
    actions: actions.map((a) => a.v),
    actors: people.map((p) => ({ id: p.id, label: p.name ? `${p.name} <${p.email}>` : p.email })),
  };
}
