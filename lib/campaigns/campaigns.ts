import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { getDb, writeTransaction } from '@/db';
import { campaigns, type Campaign } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, canManageCampaigns, type Actor } from '../permissions';
import type { CampaignInput } from '../validation/campaigns';

/** The campaign the public map shows: the one organisers chose, else the latest published. */
export async function getPublicCampaign(): Promise<Campaign | undefined> {
  const [row] = await getDb()
    .select()
    .from(campaigns)
    .where(eq(campaigns.published, true))
    .orderBy(desc(campaigns.showOnMap), desc(campaigns.year))
    .limit(1);
  return row;
}

/** A published campaign by year, or undefined. */
export async function getPublishedCampaign(year: number): Promise<Campaign | undefined> {
  const [row] = await getDb()
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.year, year), eq(campaigns.published, true)))
    .limit(1);
  return row;
}

/** Published campaigns, newest first. */
export async function listPublishedCampaigns(): Promise<Campaign[]> {
  return getDb().select().from(campaigns).where(eq(campaigns.published, true)).orderBy(desc(campaigns.year));
}

// ---------------------------------------------------------------------------
// Managing campaigns (organisers)
// ---------------------------------------------------------------------------

export class DuplicateYearError extends Error {}
export class UnknownCampaignError extends Error {}
export class NotPublishedError extends Error {}

/** Every campaign, newest first (organisers and coordinators pick from them; they are no secret). */
export async function listCampaigns(actor: Actor): Promise<Campaign[]> {
  authorize(actor, actor !== null);
  return getDb().select().from(campaigns).orderBy(desc(campaigns.year));
}

const auditView = (c: Campaign) => ({
  year: c.year,
  eventDate: c.eventDate,
  theme: c.theme,
  registrationDeadline: c.registrationDeadline.toISOString(),
  deadlineReminderDays: c.deadlineReminderDays,
  hashtags: c.hashtags,
  published: c.published,
  showOnMap: c.showOnMap,
});

/** The columns an organiser's form sets, on creation and on every change; hashtags left out keep the default or what is stored. */
const columnsOf = (input: CampaignInput) => ({
  eventDate: input.eventDate,
  theme: input.theme,
  registrationDeadline: input.registrationDeadline,
  deadlineReminderDays: input.deadlineReminderDays,
  ...(input.hashtags ? { hashtags: input.hashtags } : {}),
  published: input.published,
});

/** Creates a campaign for a year that has none. */
export async function createCampaign(actor: Actor, input: CampaignInput & { year: number }): Promise<Campaign> {
  authorize(actor, canManageCampaigns(actor));
  return writeTransaction((tx) => {
    if (tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.year, input.year)).get()) throw new DuplicateYearError();
    const row = tx
      .insert(campaigns)
      .values({ year: input.year, ...columnsOf(input) })
      .returning()
      .get();
    recordAudit(tx, { actorId: actor.id, action: 'campaign.create', entity: 'campaign', entityId: row.id, after: auditView(row) });
    return row;
  });
}

/**
 * Changes a campaign's date, theme, deadline (e.g. extends it), deadline
 * reminders, hashtags or publication. Reminders already sent stay sent; a new number of
 * days is a new reminder.
 * Unpublishing the campaign the map shows also stops it being shown.
 */
export async function updateCampaign(actor: Actor, id: number, input: CampaignInput): Promise<Campaign> {
  authorize(actor, canManageCampaigns(actor));
  return writeTransaction((tx) => {
    const before = tx.select().from(campaigns).where(eq(campaigns.id, id)).get();
    if (!before) throw new UnknownCampaignError();
    if (!input.eventDate.startsWith(`${before.year}-`)) throw new DateOutsideYearError();
    const after = tx
      .update(campaigns)
      .set({ ...columnsOf(input), showOnMap: input.published ? before.showOnMap : false })
      .where(eq(campaigns.id, id))
      .returning()
      .get();
    recordAudit(tx, { actorId: actor.id, action: 'campaign.update', entity: 'campaign', entityId: id, before: auditView(before), after: auditView(after) });
    return after;
  });
}

export class DateOutsideYearError extends Error {}

/**
 * Chooses the campaign the public map shows (null: the latest published one).
 * At most one is chosen; the unique index enforces it, and the old choice is
 * cleared in the same transaction.
 */
export async function setMapCampaign(actor: Actor, id: number | null): Promise<{ years: number[] }> {
  authorize(actor, canManageCampaigns(actor));
  return writeTransaction((tx) => {
    const previous = tx.select().from(campaigns).where(eq(campaigns.showOnMap, true)).get();
    let chosen: Campaign | undefined;
    if (id !== null) {
      chosen = tx.select().from(campaigns).where(eq(campaigns.id, id)).get();
      if (!chosen) throw new UnknownCampaignError();
      if (!chosen.published) throw new NotPublishedError();
    }
    tx.update(campaigns).set({ showOnMap: false }).where(eq(campaigns.showOnMap, true)).run();
    if (chosen) tx.update(campaigns).set({ showOnMap: true }).where(eq(campaigns.id, chosen.id)).run();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'campaign.show_on_map',
      entity: 'campaign',
      entityId: chosen?.id ?? previous?.id ?? 'none',
      before: { showOnMap: previous?.year ?? null },
      after: { showOnMap: chosen?.year ?? null },
    });
    return { years: [previous?.year, chosen?.year].filter((y): y is number => y !== undefined) };
  });
}
