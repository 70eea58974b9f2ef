/**
 * Importing a spreadsheet of buildings as registrations, in two steps:
 *
 * 1. `stageImport`: the file is read once, with limits that stop early
 *    (refused at once if it cannot be read or crosses one), and the rows
 *    read are kept in the database (as JSON, in the upload's `bytes`),
 *    bound to the organiser and the campaign chosen; the file itself is not
 *    kept. `previewImport` then shows every row with its errors, from those
 *    stored rows, as often as the organiser looks, without reading the
 *    file again.
 * 2. `confirmImport`: the stored rows (never a copy of the rows sent back by
 *    the browser) are checked again inside the one write transaction, which
 *    stores every good row, or none, with one audit entry for the whole
 *    import, and removes the upload.
 *
 * Imported registrations are `submitted`: they go through the same review as
 * any other, and rows placed at their city's centre can be placed by the
 * city's coordinators first. Buildings are new ones: a row naming a stored
 * building is a duplicate to remove (it is registered again from the
 * workspace's "same as last year").
 */
import 'server-only';
import crypto from 'node:crypto';
import { and, eq, lt, ne } from 'drizzle-orm';
import { getDb, writeTransaction, type Db } from '@/db';
import { auditLog, buildings, campaigns, cities, illuminations, importUploads, type Campaign } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { UnknownCampaignError } from '@/lib/campaigns/campaigns';
import { authorize, canImportRegistrations, type Actor } from '@/lib/permissions';
import { ImportChangedError, ImportHasErrorsError, NothingToImportError, UnknownImportError } from './errors';
import { IMPORT_LIMITS } from './limits';
import { readSpreadsheet, type Sheet } from './read';
import { countRows, validateRows, type ImportCounts, type PreviewRow, type World } from './validate';

type Reader = Pick<Db, 'select'>;

/** A file name as shown and audited: the last path segment, on one line, not too long. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim().slice(0, 200);
  return clean || 'import';
}

/** What the checks need of what is stored, read in one go (inside a transaction when importing). */
function readWorld(db: Reader, campaign: Campaign): World {
  return {
    campaign: { id: campaign.id, year: campaign.year, eventDate: campaign.eventDate },
    cities: db.select({ id: cities.id, name: cities.name, names: cities.names, lat: cities.lat, lng: cities.lng }).from(cities).all(),
    buildings: db.select({ id: buildings.id, cityId: buildings.cityId, name: buildings.name, lat: buildings.lat, lng: buildings.lng }).from(buildings).all(),
    registered: new Set(
      db
        .select({ buildingId: illuminations.buildingId })
        .from(illuminations)
        .where(and(eq(illuminations.campaignId, campaign.id), ne(illuminations.status, 'withdrawn')))
        .all()
        .map((r) => r.buildingId),
    ),
  };
}

/** The organiser's own upload, if it has not expired. */
function loadUpload(db: Reader, actor: NonNullable<Actor>, id: string, now: Date) {
  if (!/^[0-9a-f]{32}$/.test(id)) throw new UnknownImportError();
  const upload = db.select().from(importUploads).where(and(eq(importUploads.id, id), eq(importUploads.userId, actor.id))).get();
  if (!upload || now.getTime() - upload.createdAt.getTime() > IMPORT_LIMITS.UPLOAD_TTL_MS) throw new UnknownImportError();
  const campaign = db.select().from(campaigns).where(eq(campaigns.id, upload.campaignId)).get();
  if (!campaign) throw new UnknownImportError();
  return { upload, campaign };
}

/** The rows read from a file, as kept for its preview and import. */
function storedSheet(sheet: Sheet): Buffer {
  return Buffer.from(JSON.stringify({ sheet }), 'utf8');
}

/** The rows kept at upload; an upload stored otherwise (by an older version) is gone: it is uploaded again. */
function sheetOf(upload: { bytes: Buffer }): Sheet {
  try {
    const { sheet } = JSON.parse(upload.bytes.toString('utf8')) as { sheet?: Sheet };
    if (sheet && Array.isArray(sheet.rows)) return sheet;
  } catch {
    // not rows kept by stageImport
  }
  throw new UnknownImportError();
}

export type Staged = { id: string };

/**
 * Reads an uploaded file once and keeps its rows for its preview. A file that cannot be
 * read as a spreadsheet of buildings is refused here (ImportFileError) and
 * not kept. Uploads older than their time to live are removed on the way.
 */
export async function stageImport(actor: Actor, input: { campaignId: number; fileName: string; bytes: Buffer }, { now = new Date() } = {}): Promise<Staged> {
  authorize(actor, canImportRegistrations(actor));
  const sheet = await readSpreadsheet(input.bytes);
  const id = crypto.randomBytes(16).toString('hex');
  writeTransaction((tx) => {
    if (!tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.id, input.campaignId)).get()) throw new UnknownCampaignError();
    tx.delete(importUploads)
      .where(lt(importUploads.createdAt, new Date(now.getTime() - IMPORT_LIMITS.UPLOAD_TTL_MS)))
      .run();
    tx.insert(importUploads).values({ id, userId: actor.id, campaignId: input.campaignId, fileName: cleanFileName(input.fileName), bytes: storedSheet(sheet), createdAt: now }).run();
  });
  return { id };
}

export type ImportPreview = {
  id: string;
  fileName: string;
  campaign: { id: number; year: number; published: boolean };
  sheet: Omit<Sheet, 'rows'>;
  rows: PreviewRow[];
  counts: ImportCounts;
};

/** Every row of an upload with its errors and notes, checked against what is stored now. */
export async function previewImport(actor: Actor, id: string, { now = new Date() } = {}): Promise<ImportPreview> {
  authorize(actor, canImportRegistrations(actor));
  const db = getDb();
  const { upload, campaign } = loadUpload(db, actor, id, now);
  const { rows: sheetRows, ...sheet } = sheetOf(upload);
  const rows = validateRows({ ...sheet, rows: sheetRows }, readWorld(db, campaign));
  return { id, fileName: upload.fileName, campaign: { id: campaign.id, year: campaign.year, published: campaign.published }, sheet, rows, counts: countRows(rows) };
}

export type Imported = { id: string; year: number; imported: number; skipped: number; toPlace: number };

/**
 * Imports an upload: every row (`onlyValid` false, refused if any row has an
 * error) or only its good rows. `expected` is the number of good rows the
 * organiser saw in the preview: if the checks, made again on what the
 * transaction reads, find another number, nothing is imported.
 */
export async function confirmImport(
  actor: Actor,
  input: { id: string; onlyValid: boolean; expected: number },
  { now = new Date() }: { now?: Date } = {},
): Promise<Imported> {
  authorize(actor, canImportRegistrations(actor));
  const db = getDb();
  // The rows were read at upload; everything that depends on what is stored is checked inside.
  const { upload } = loadUpload(db, actor, input.id, now);
  const sheet = sheetOf(upload);

  return writeTransaction(
    (tx): Imported => {
      const { campaign } = loadUpload(tx, actor, input.id, now);
      const rows = validateRows(sheet, readWorld(tx, campaign));
      const counts = countRows(rows);
      if (counts.withErrors > 0 && !input.onlyValid) throw new ImportHasErrorsError(counts.withErrors);
      if (counts.valid !== input.expected) throw new ImportChangedError(input.expected, counts.valid);
      if (counts.valid === 0) throw new NothingToImportError();

      const created = rows.flatMap((r) => {
        if (!r.building) return [];
        const { lightsOnMode, lightsOnTime, lightsOffTime, ...facts } = r.building;
        const building = tx
          .insert(buildings)
          .values({ ...facts, createdBy: actor.id })
          .returning({ id: buildings.id })
          .get();
        const illumination = tx
          .insert(illuminations)
          .values({ campaignId: campaign.id, buildingId: building.id, status: 'submitted', lightsOnMode, lightsOnTime, lightsOffTime, submittedBy: actor.id, updatedAt: now })
          .returning({ id: illuminations.id })
          .get();
        return [{ row: r.row, buildingId: building.id, illuminationId: illumination.id, ...r.building }];
      });
      // One entry for the whole import: the file, the campaign, and every row stored and skipped.
      recordAudit(tx, {
        actorId: actor.id,
        action: 'import',
        entity: 'import',
        entityId: input.id,
        after: {
          fileName: upload.fileName,
          campaign: campaign.year,
          imported: created.length,
          skippedRows: rows.filter((r) => !r.building).map((r) => r.row),
          registrations: created,
        },
      });
      tx.delete(importUploads).where(eq(importUploads.id, input.id)).run();
      return { id: input.id, year: campaign.year, imported: created.length, skipped: counts.withErrors, toPlace: counts.toPlace };
    },
  );
}

/** Throws away an upload without importing anything. */
export async function discardImport(actor: Actor, id: string): Promise<void> {
  authorize(actor, canImportRegistrations(actor));
  if (!/^[0-9a-f]{32}$/.test(id)) throw new UnknownImportError();
  const removed = getDb()
    .delete(importUploads)
    .where(and(eq(importUploads.id, id), eq(importUploads.userId, actor.id)))
    .returning({ id: importUploads.id })
    .all();
  if (removed.length === 0) throw new UnknownImportError();
}

/** An import done by this organiser, from the audit log (for the page that follows it). */
export async function importDone(actor: Actor, id: string): Promise<Omit<Imported, 'id' | 'skipped'> & { fileName: string; skipped: number } | null> {
  authorize(actor, canImportRegistrations(actor));
  if (!/^[0-9a-f]{32}$/.test(id)) return null;
  const entry = getDb()
    .select({ after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'import'), eq(auditLog.entityId, id), eq(auditLog.actorId, actor.id)))
    .get();
  if (!entry) return null;
  const after = entry.after as { fileName: string; campaign: number; imported: number; skippedRows: number[]; registrations: { needsPlacing: boolean }[] };
  return {
    fileName: after.fileName,
    year: after.campaign,
    imported: after.imported,
    skipped: after.skippedRows.length,
    toPlace: after.registrations.filter((r) => r.needsPlacing).length,
  };
}
