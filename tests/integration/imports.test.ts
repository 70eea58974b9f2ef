import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { createBuilding, createCampaign, createCity, createUser } from '@/lib/demo/builders';
import { auditLog, buildings, illuminations, importUploads } from '@/db/schema';
import { confirmImport, discardImport, previewImport, stageImport } from '@/lib/imports/imports';
import { IMPORT_LIMITS } from '@/lib/imports/limits';
import { ImportChangedError, ImportFileError, ImportHasErrorsError, UnknownImportError } from '@/lib/imports/errors';
import { ForbiddenError, type Actor } from '@/lib/permissions';
import { createRegistration, updateRegistration } from '@/lib/registrations/write';

const db = () => getDb();
const NOW = new Date('2031-05-01T10:00:00Z');

let campaignId: number;
let organiser: Actor;
let otherOrganiser: Actor;
let coordinator: Actor;
let namurId: number;

const tally = (table: typeof buildings | typeof illuminations | typeof importUploads | typeof auditLog) => db().select({ n: count() }).from(table).get()!.n;
const csv = (...lines: string[]) => Buffer.from(`\uFEFFcity;name;kind;address;latitude;longitude;lights_on;lights_off\r\n${lines.join('\r\n')}\r\n`);

beforeAll(() => {
  const d = db();
  campaignId = createCampaign(d, { year: 2031, published: false, registrationDeadline: new Date('2031-07-16T22:00:00Z') }).id;
  const namur = createCity(d, { name: 'Namur', names: { nl: 'Namen', de: 'Namür' }, province: 'Namur', lat: 50.4669, lng: 4.8675 });
  namurId = namur.id;
  createBuilding(d, { cityId: namur.id, name: 'Citadel of Namur', lat: 50.4598, lng: 4.8601 });
  const o = createUser(d, { role: 'organiser', email: 'import-organiser@example.org' });
  const o2 = createUser(d, { role: 'organiser', email: 'import-organiser-2@example.org' });
  const c = createUser(d, { role: 'coordinator', email: 'import-namur@example.org' }, [namur.id]);
  organiser = { id: o.id, role: 'organiser', cityIds: [] };
  otherOrganiser = { id: o2.id, role: 'organiser', cityIds: [] };
  coordinator = { id: c.id, role: 'coordinator', cityIds: [namur.id] };
});

describe('importing a spreadsheet of buildings', () => {
  it('keeps nothing of a file it cannot read, and lets only organisers import', async () => {
    const before = tally(importUploads);
    await expect(stageImport(organiser, { campaignId, fileName: 'photo.png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]) }, { now: NOW })).rejects.toThrow(ImportFileError);
    await expect(stageImport(coordinator, { campaignId, fileName: 'b.csv', bytes: csv('Namur;Belfry;tower;;50,4650;4,8670;;') }, { now: NOW })).rejects.toThrow(ForbiddenError);
    expect(tally(importUploads)).toBe(before);
  });

  it('previews every row from the stored file, for the organiser who uploaded it only, for a few hours', async () => {
    const { id } = await stageImport(organiser, { campaignId, fileName: '../../etc/Buildings\u0000.csv', bytes: csv('Namen;Belfry;toren;;50,4650;4,8670;;01:00', 'Atlantis;Temple;;;;;;') }, { now: NOW });
    const preview = await previewImport(organiser, id, { now: NOW });
    expect(preview.fileName).toBe('Buildings.csv');
    expect(preview.counts).toEqual({ rows: 2, valid: 1, withErrors: 1, toPlace: 0 });
    expect(preview.rows[1]!.errors.map((e) => e.key)).toEqual(['unknownCity', 'positionOrAddress']);
    await expect(previewImport(otherOrganiser, id, { now: NOW })).rejects.toThrow(UnknownImportError);
    await expect(previewImport(organiser, id, { now: new Date(NOW.getTime() + IMPORT_LIMITS.UPLOAD_TTL_MS + 1) })).rejects.toThrow(UnknownImportError);
    await expect(previewImport(organiser, 'not-an-id', { now: NOW })).rejects.toThrow(UnknownImportError);
  });

  it('imports nothing while rows have errors, unless asked for the valid rows only; then all of them in one transaction with one audit entry', async () => {
    const file = csv('Namur;Saint-Aubain Cathedral;église;Place Saint-Aubain;50,4636;4,8617;;23:30', 'Namur;Theatre;;Place du Théâtre;;;21:30;', 'Namur;Citadel of Namur;monument;;50,46;4,86;;');
    const { id } = await stageImport(organiser, { campaignId, fileName: 'namur.csv', bytes: file }, { now: NOW });
    const preview = await previewImport(organiser, id, { now: NOW });
    expect(preview.counts).toEqual({ rows: 3, valid: 2, withErrors: 1, toPlace: 1 });
    const before = { b: tally(buildings), i: tally(illuminations), a: tally(auditLog) };

    await expect(confirmImport(organiser, { id, onlyValid: false, expected: 2 }, { now: NOW })).rejects.toThrow(ImportHasErrorsError);
    expect({ b: tally(buildings), i: tally(illuminations), a: tally(auditLog) }).toEqual(before);

    const done = await confirmImport(organiser, { id, onlyValid: true, expected: 2 }, { now: NOW });
    expect(done).toMatchObject({ id, year: 2031, imported: 2, skipped: 1, toPlace: 1 });
    expect({ b: tally(buildings), i: tally(illuminations), a: tally(auditLog) }).toEqual({ b: before.b + 2, i: before.i + 2, a: before.a + 1 });

    const stored = db()
      .select({ name: buildings.name, kind: buildings.kind, needsPlacing: buildings.needsPlacing, lat: buildings.lat, status: illuminations.status, mode: illuminations.lightsOnMode, on: illuminations.lightsOnTime, off: illuminations.lightsOffTime, by: illuminations.submittedBy })
      .from(illuminations)
      .innerJoin(buildings, eq(buildings.id, illuminations.buildingId))
      .where(and(eq(illuminations.campaignId, campaignId), eq(buildings.cityId, namurId)))
      .all();
    expect(stored).toEqual(
      expect.arrayContaining([
        { name: 'Saint-Aubain Cathedral', kind: 'church', needsPlacing: false, lat: 50.4636, status: 'submitted', mode: 'sunset', on: null, off: '23:30', by: organiser!.id },
        { name: 'Theatre', kind: 'other', needsPlacing: true, lat: 50.4669, status: 'submitted', mode: 'time', on: '21:30', off: null, by: organiser!.id },
      ]),
    );
    const [entry] = db().select().from(auditLog).where(and(eq(auditLog.entity, 'import'), eq(auditLog.entityId, id))).all();
    expect(entry).toMatchObject({ actorId: organiser!.id, action: 'import' });
    expect(entry!.after).toMatchObject({ fileName: 'namur.csv', campaign: 2031, imported: 2, skippedRows: [4] });

    // The file is gone: a second confirmation imports nothing.
    await expect(confirmImport(organiser, { id, onlyValid: true, expected: 2 }, { now: NOW })).rejects.toThrow(UnknownImportError);
  });

  it('checks again inside its transaction: a building registered since the preview stops the import', async () => {
    const { id } = await stageImport(organiser, { campaignId, fileName: 'late.csv', bytes: csv('Namur;Casino;other;;50,4580;4,8710;;', 'Namur;Bridge of Jambes;pont;;50,4600;4,8720;;') }, { now: NOW });
    const preview = await previewImport(organiser, id, { now: NOW });
    expect(preview.counts.valid).toBe(2);
    // Meanwhile the city's coordinator registers the casino.
    await createRegistration(
      coordinator,
      campaignId,
      { cityId: namurId, name: 'Casino', kind: 'other', address: '', description: '', lat: 50.458, lng: 4.871, lightsOnMode: 'sunset', lightsOnTime: null, lightsOffTime: null, useBuildingId: null, confirmedNew: true },
      { now: NOW },
    );
    const before = tally(buildings);
    await expect(confirmImport(organiser, { id, onlyValid: true, expected: 2 }, { now: NOW })).rejects.toThrow(ImportChangedError);
    expect(tally(buildings)).toBe(before);
    // Looked at again, it shows the casino as a duplicate; the bridge imports.
    const again = await previewImport(organiser, id, { now: NOW });
    expect(again.rows[0]!.errors.map((e) => e.key)).toEqual(['alreadyRegistered']);
    await expect(confirmImport(organiser, { id, onlyValid: true, expected: 1 }, { now: NOW })).resolves.toMatchObject({ imported: 1 });
  });

  it('discards an upload, only the organiser’s own', async () => {
    const { id } = await stageImport(organiser, { campaignId, fileName: 'x.csv', bytes: csv('Namur;Museum;musée;;50,4640;4,8640;;') }, { now: NOW });
    await expect(discardImport(otherOrganiser, id)).rejects.toThrow(UnknownImportError);
    await discardImport(organiser, id);
    await expect(previewImport(organiser, id, { now: NOW })).rejects.toThrow(UnknownImportError);
  });

  it('clears the "to place" flag once a coordinator saves the building at another position', async () => {
    const { id } = await stageImport(organiser, { campaignId, fileName: 'place.csv', bytes: csv('Namur;Town Hall of Namur;town hall;Rue de Fer 42;;;;') }, { now: NOW });
    await confirmImport(organiser, { id, onlyValid: false, expected: 1 }, { now: NOW });
    const row = db()
      .select({ illuminationId: illuminations.id, buildingId: buildings.id, needsPlacing: buildings.needsPlacing })
      .from(illuminations)
      .innerJoin(buildings, eq(buildings.id, illuminations.buildingId))
      .where(eq(buildings.name, 'Town Hall of Namur'))
      .get()!;
    expect(row.needsPlacing).toBe(true);
    const fields = { cityId: namurId, name: 'Town Hall of Namur', kind: 'town_hall' as const, address: 'Rue de Fer 42', description: '', lightsOnMode: 'sunset' as const, lightsOnTime: null, lightsOffTime: null, useBuildingId: null, confirmedNew: false };
    // Saved where it was put (the city's centre): still to place.
    await updateRegistration(coordinator, row.illuminationId, { ...fields, description: 'Lit blue.', lat: 50.4669, lng: 4.8675 }, { now: NOW });
    expect(db().select({ n: buildings.needsPlacing }).from(buildings).where(eq(buildings.id, row.buildingId)).get()!.n).toBe(true);
    await updateRegistration(coordinator, row.illuminationId, { ...fields, lat: 50.4649, lng: 4.8647 }, { now: NOW });
    expect(db().select({ n: buildings.needsPlacing }).from(buildings).where(eq(buildings.id, row.buildingId)).get()!.n).toBe(false);
  });

  it('is never tricked into a formula or markup: names are stored as the text they are', async () => {
    const { id } = await stageImport(organiser, { campaignId, fileName: 'hostile.csv', bytes: csv('Namur;"=HYPERLINK(""http://evil.example"";""x"")";;Rue 1;50,4700;4,8800;;', 'Namur;<script>alert(1)</script>;;Rue 2;50,4710;4,8810;;') }, { now: NOW });
    await confirmImport(organiser, { id, onlyValid: false, expected: 2 }, { now: NOW });
    const names = db().select({ name: buildings.name }).from(buildings).all().map((b) => b.name);
    expect(names).toEqual(expect.arrayContaining(['=HYPERLINK("http://evil.example";"x")', '<script>alert(1)</script>']));
  });
});
