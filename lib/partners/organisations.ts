/**
 * The partner organisations as the organisers keep them: list (in their
 * order), add, edit, move up or down. Every change is one transaction with
 * its audit row; a logo uploaded with the form is stored first and removed
 * again if the transaction fails, so nothing is half-written.
 */
import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { getDb, writeTransaction, type Tx } from '@/db';
import { partnerMembers, partners, users, type Partner } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, canManagePartners, type Actor } from '@/lib/permissions';
import { withStoredPhoto, type PreparedPhoto } from '@/lib/photos/photos';
import type { PartnerFields } from './validation';

export class UnknownPartnerError extends Error {}
/** Two organisations by the same name would be told apart by no one. */
export class DuplicatePartnerError extends Error {}

export type PartnerListRow = Partner & { people: number };

/** Every organisation in the organisers' order (then by when it was added), with how many people act for it. */
export async function listPartners(actor: Actor): Promise<PartnerListRow[]> {
  authorize(actor, canManagePartners(actor));
  const db = getDb();
  const rows = await db.select().from(partners).orderBy(asc(partners.position), asc(partners.id));
  const counts = await db
    .select({ partnerId: partnerMembers.partnerId, n: sql<number>`count(*)` })
    .from(partnerMembers)
    .innerJoin(users, eq(users.id, partnerMembers.userId))
    .where(sql`${users.deactivatedAt} is null`)
    .groupBy(partnerMembers.partnerId);
  const byId = new Map(counts.map((c) => [c.partnerId, c.n]));
  return rows.map((r) => ({ ...r, people: byId.get(r.id) ?? 0 }));
}

export async function getPartner(actor: Actor, id: number): Promise<Partner | undefined> {
  authorize(actor, canManagePartners(actor));
  const [row] = await getDb().select().from(partners).where(eq(partners.id, id));
  return row;
}

/** What the audit log keeps of an organisation. */
export const auditedPartner = (p: Partner) => ({
  name: p.name,
  names: p.names,
  kind: p.kind,
  website: p.website,
  description: p.description,
  descriptions: p.descriptions,
  listed: p.listed,
  logo: p.logo,
});

function assertNameFree(tx: Tx, name: string, id?: number) {
  const same = tx
    .select({ id: partners.id })
    .from(partners)
    .where(sql`lower(${partners.name}) = lower(${name})`)
    .all()
    .filter((r) => r.id !== id);
  if (same.length) throw new DuplicatePartnerError();
}

/** Adds an organisation at the end of the organisers' order, with its logo if one was sent. */
export async function createPartner(actor: Actor, fields: PartnerFields, logo: PreparedPhoto | null = null): Promise<Partner> {
  authorize(actor, canManagePartners(actor));
  return withStoredPhoto(logo, (logoName) =>
    writeTransaction((tx) => {
      assertNameFree(tx, fields.name);
      const last = tx.select({ max: sql<number | null>`max(${partners.position})` }).from(partners).get();
      const row = tx
        .insert(partners)
        .values({ ...fields, logo: logoName, position: (last?.max ?? 0) + 1 })
        .returning()
        .get();
      recordAudit(tx, { actorId: actor.id, action: 'partner.create', entity: 'partner', entityId: row.id, after: auditedPartner(row) });
      return row;
    }),
  );
}

/**
 * Saves an organisation. A new logo replaces the public one at once (the
 * organisers' own choice needs no approval); `removeLogo` takes it away. A
 * logo the organisation's people sent stays pending either way.
 */
export async function updatePartner(
  actor: Actor,
  id: number,
  fields: PartnerFields,
  { logo = null, removeLogo = false }: { logo?: PreparedPhoto | null; removeLogo?: boolean } = {},
  now: Date = new Date(),
): Promise<Partner> {
  authorize(actor, canManagePartners(actor));
  return withStoredPhoto(logo, (logoName) =>
    writeTransaction((tx) => {
      const before = tx.select().from(partners).where(eq(partners.id, id)).get();
      if (!before) throw new UnknownPartnerError();
      assertNameFree(tx, fields.name, id);
      const nextLogo = logoName ?? (removeLogo ? null : before.logo);
      const after = tx
        .update(partners)
        .set({ ...fields, logo: nextLogo, updatedAt: now })
        .where(eq(partners.id, id))
        .returning()
        .get();
      recordAudit(tx, { actorId: actor.id, action: 'partner.update', entity: 'partner', entityId: id, before: auditedPartner(before), after: auditedPartner(after) });
      return after;
    }),
  );
}

/**
 * Moves an organisation one place up or down the organisers' order. The
 * order is written anew as 1…n, so organisations that shared a position
 * (added by the seed or a tool) get one each. At either end nothing moves.
 */
export async function movePartner(actor: Actor, id: number, direction: 'up' | 'down'): Promise<{ name: string; moved: boolean }> {
  authorize(actor, canManagePartners(actor));
  return writeTransaction((tx) => {
    const order = tx.select({ id: partners.id, name: partners.name, position: partners.position }).from(partners).orderBy(asc(partners.position), asc(partners.id)).all();
    const at = order.findIndex((p) => p.id === id);
    if (at < 0) throw new UnknownPartnerError();
    const to = direction === 'up' ? at - 1 : at + 1;
    const name = order[at]!.name;
    if (to < 0 || to >= order.length) return { name, moved: false };
    const ids = order.map((p) => p.id);
    [ids[at], ids[to]] = [ids[to]!, ids[at]!];
    ids.forEach((pid, i) => {
      if (order.find((p) => p.id === pid)!.position !== i + 1) tx.update(partners).set({ position: i + 1 }).where(eq(partners.id, pid)).run();
    });
    recordAudit(tx, { actorId: actor.id, action: 'partner.move', entity: 'partner', entityId: id, before: { position: at + 1 }, after: { position: to + 1 } });
    return { name, moved: true };
  });
}
