/**
 * Reading the audit log: who changed what and when, filtered and paginated,
 * with the before and after of each change as stored, and the names of what
 * it concerns (building, city, campaign year, person) so that it reads as a
 * sentence.
 */
import 'server-only';
import { and, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLog, buildings, campaigns, cities, events, helpCentres, illuminations, participationRequests, users } from '@/db/schema';
import { selectRegistrations } from '../registrations/joined';
import type { Locale } from '@/lib/constants';
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
  /** What the entry concerns, by name (never an id): whichever of these apply. */
  subject: AuditSubject;
};

export type AuditSubject = {
  building?: string;
  city?: { name: string; names: Partial<Record<Locale, string>> };
  year?: number;
  /** A person's name, else their address. */
  person?: string;
};

export type AuditPage = {
  rows: AuditRow[];
  total: number;
  page: number;
  pages: number;
  pageSize: number;
  /** The cities named by id in the entries' before and after (a coordinator's cities), by id. */
  cities: Record<number, { name: string; names: Partial<Record<Locale, string>> }>;
};

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
  const subjects = await subjectsOf(rows.map((r) => r.entry));
  const cityIds = [...new Set(rows.flatMap((r) => [r.entry.before, r.entry.after]).flatMap(cityIdsIn))];
  const named = cityIds.length ? await db.select({ id: cities.id, name: cities.name, names: cities.names }).from(cities).where(inArray(cities.id, cityIds)) : [];
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
      subject: subjects.get(entry.id) ?? {},
    })),
    total,
    page,
    pages,
    pageSize: AUDIT_PAGE_SIZE,
    cities: Object.fromEntries(named.map((c) => [c.id, { name: c.name, names: c.names }])),
  };
}

/** The city ids an entry's before or after lists (`cityIds` of a coordinator). */
function cityIdsIn(value: unknown): number[] {
  if (typeof value !== 'object' || value === null || !('cityIds' in value) || !Array.isArray(value.cityIds)) return [];
  return value.cityIds.filter((id): id is number => Number.isInteger(id));
}

const numeric = (ids: string[]) => ids.map(Number).filter((n) => Number.isInteger(n));

/** The names of the registrations, buildings, cities, campaigns and people these entries concern. */
async function subjectsOf(entries: { id: number; entity: string; entityId: string }[]): Promise<Map<number, AuditSubject>> {
  const db = getDb();
  const idsOf = (entity: string) => [...new Set(entries.filter((e) => e.entity === entity).map((e) => e.entityId))];
  const regIds = numeric(idsOf('illumination'));
  const buildingIds = numeric(idsOf('building'));
  const cityIds = numeric(idsOf('city'));
  const campaignIds = numeric(idsOf('campaign'));
  const userIds = idsOf('user');
  const requestIds = numeric(idsOf('participation_request'));
  const centreIds = numeric(idsOf('help_centre'));
  const eventIds = numeric(idsOf('event'));
  const [regs, blds, cits, camps, people, requests, centres, evs] = await Promise.all([
    regIds.length
      ? selectRegistrations({ id: illuminations.id, building: buildings.name, city: { name: cities.name, names: cities.names }, year: campaigns.year }, db)
          .where(inArray(illuminations.id, regIds))
      : [],
    buildingIds.length
      ? db
          .select({ id: buildings.id, building: buildings.name, city: { name: cities.name, names: cities.names } })
          .from(buildings)
          .innerJoin(cities, eq(cities.id, buildings.cityId))
          .where(inArray(buildings.id, buildingIds))
      : [],
    cityIds.length ? db.select({ id: cities.id, name: cities.name, names: cities.names }).from(cities).where(inArray(cities.id, cityIds)) : [],
    campaignIds.length ? db.select({ id: campaigns.id, year: campaigns.year }).from(campaigns).where(inArray(campaigns.id, campaignIds)) : [],
    userIds.length ? db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, userIds)) : [],
    requestIds.length
      ? db
          .select({ id: participationRequests.id, name: participationRequests.name, organisation: participationRequests.organisation })
          .from(participationRequests)
          .where(inArray(participationRequests.id, requestIds))
      : [],
    centreIds.length
      ? db
          .select({ id: helpCentres.id, name: helpCentres.name, city: { name: cities.name, names: cities.names } })
          .from(helpCentres)
          .innerJoin(cities, eq(cities.id, helpCentres.cityId))
          .where(inArray(helpCentres.id, centreIds))
      : [],
    // A partner's event is named by its title, its city and the campaign's year.
    eventIds.length
      ? db
          .select({ id: events.id, title: events.title, city: { name: cities.name, names: cities.names }, year: campaigns.year })
          .from(events)
          .innerJoin(cities, eq(cities.id, events.cityId))
          .innerJoin(campaigns, eq(campaigns.id, events.campaignId))
          .where(inArray(events.id, eventIds))
      : [],
  ]);
  const found = new Map<string, AuditSubject>();
  for (const r of regs) found.set(`illumination:${r.id}`, { building: r.building, city: r.city, year: r.year });
  for (const b of blds) found.set(`building:${b.id}`, { building: b.building, city: b.city });
  for (const c of cits) found.set(`city:${c.id}`, { city: { name: c.name, names: c.names } });
  for (const c of camps) found.set(`campaign:${c.id}`, { year: c.year });
  for (const p of people) found.set(`user:${p.id}`, { person: p.name || p.email });
  // A request to take part is named by who sent it and for whom they speak.
  for (const r of requests) found.set(`participation_request:${r.id}`, { person: `${r.name} (${r.organisation})` });
  for (const c of centres) found.set(`help_centre:${c.id}`, { building: c.name, city: c.city });
  for (const e of evs) found.set(`event:${e.id}`, { building: e.title, city: e.city, year: e.year });
  return new Map(entries.map((e) => [e.id, found.get(`${e.entity}:${e.entityId}`) ?? {}]));
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
