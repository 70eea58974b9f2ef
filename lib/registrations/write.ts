/**
 * Registering a building for a campaign, editing and withdrawing it: the
 * coordinator workspace's writes. Each function takes the acting user and
 * checks lib/permissions itself; pages and actions only call them.
 *
 * A registration is a `buildings` row (permanent across years: name, place,
 * description) and an `illuminations` row (this year's lighting, photo and
 * status). The public map reads only `illuminations.approved`, the version
 * frozen at approval, so an edit goes back to review without the public
 * seeing it until it is approved again.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, writeTransaction, type Db, type Tx } from '@/db';
import { buildings, campaigns, cities, illuminations, type Building, type Campaign, type Illumination } from '@/db/schema';
import { selectRegistrations } from './joined';
import { actsForCity, assertMayRegister } from './access';
import {
  AlreadyRegisteredError,
  PossibleDuplicatesError,
  RegistrationNotFoundError,
  UnknownBuildingError,
  UnknownCityError,
} from './errors';
import { buildingFacts, illuminationFacts } from './snapshots';
import { recordAudit } from '@/lib/audit/record';
import { possibleDuplicates } from './possible-duplicates';
import { authorize, canUseWorkspace, type Actor } from '../permissions';
import { withStoredPhoto, type PreparedPhoto } from '@/lib/photos/photos';
import { writePhotoRights, type PhotoRightsInput } from '@/lib/photos/rights';
import type { RegistrationFields } from '../validation/registration';

// ---------------------------------------------------------------------------
// Create
// ---------------------------------------------------------------------------

/** The form's fields; without `names`, a building keeps those it has (a new one has none). */
export type RegistrationInput = Omit<RegistrationFields, 'removePhoto' | 'names'> & { names?: RegistrationFields['names'] };
export type WriteOptions = {
  photo?: PreparedPhoto | null;
  now?: Date;
  /** The credit and consent of the registration's photo (the new one, or the one it keeps). */
  photoRights?: PhotoRightsInput | null;
};
export type Saved = { illuminationId: number; buildingId: number; year: number };

async function loadCampaign(campaignId: number): Promise<Campaign> {
  const [campaign] = await getDb().select().from(campaigns).where(eq(campaigns.id, campaignId));
  if (!campaign) throw new RegistrationNotFoundError();
  return campaign;
}

/**
 * Registers a building for a campaign, status `submitted`. A new building is
 * stored only once the user has seen its possible duplicates
 * (`confirmedNew`), or the user picks one of them (`useBuildingId`), which is
 * then re-used as it is: buildings are permanent, their details are edited
 * afterwards. The photo file is written just before the transaction and
 * removed if it fails.
 */
export async function createRegistration(
  actor: Actor,
  campaignId: number,
  input: RegistrationInput,
  { photo = null, now = new Date(), photoRights = null }: WriteOptions = {},
): Promise<Saved> {
  authorize(actor, canUseWorkspace(actor));
  const campaign = await loadCampaign(campaignId);
  const db = getDb();

  let existing: Building | undefined;
  if (input.useBuildingId !== null) {
    [existing] = await db.select().from(buildings).where(eq(buildings.id, input.useBuildingId));
    if (!existing || !actsForCity(actor, existing.cityId)) throw new UnknownBuildingError();
    assertMayRegister(actor, existing.cityId, campaign, now);
  } else {
    assertMayRegister(actor, input.cityId, campaign, now);
    const [city] = await db.select({ id: cities.id }).from(cities).where(eq(cities.id, input.cityId));
    if (!city) throw new UnknownCityError();
    if (!input.confirmedNew) {
      const duplicates = await possibleDuplicates(actor, campaignId, input);
      if (duplicates.length > 0) throw new PossibleDuplicatesError(duplicates);
    }
  }

  return withStoredPhoto(photo, (photoName) =>
    writeTransaction((tx): Saved => {
      // Checked again on what the transaction reads, not on what was read
      // above: since then the deadline may have moved, the chosen building
      // may have moved to another city, or another coordinator may have
      // registered the same building.
      const current = tx.select().from(campaigns).where(eq(campaigns.id, campaign.id)).get();
      if (!current) throw new RegistrationNotFoundError();
      let cityId = input.cityId;
      if (existing) {
        const building = tx.select({ cityId: buildings.cityId }).from(buildings).where(eq(buildings.id, existing.id)).get();
        if (!building || !actsForCity(actor, building.cityId)) throw new UnknownBuildingError();
        cityId = building.cityId;
      }
      assertMayRegister(actor, cityId, current, now);
      const timing = {
        lightsOnMode: input.lightsOnMode,
        lightsOnTime: input.lightsOnMode === 'time' ? input.lightsOnTime : null,
        lightsOffTime: input.lightsOffTime,
      };
      let buildingId: number;
      if (existing) {
        buildingId = existing.id;
      } else {
        const building = tx
          .insert(buildings)
          .values({ ...buildingFacts({ ...input, names: input.names ?? {} }), createdBy: actor.id })
          .returning()
          .get();
        buildingId = building.id;
        recordAudit(tx, { actorId: actor.id, action: 'building.create', entity: 'building', entityId: building.id, after: buildingFacts(building) });
      }

      const previous = tx
        .select()
        .from(illuminations)
        .where(and(eq(illuminations.campaignId, campaign.id), eq(illuminations.buildingId, buildingId)))
        .get();
      if (previous && previous.status !== 'withdrawn') throw new AlreadyRegisteredError(previous.id);

      let saved: Illumination;
      if (previous) {
        // A withdrawn registration of this building comes back to review (one row per campaign and building).
        saved = tx
          .update(illuminations)
          .set({ ...timing, status: 'submitted', photo: photoName ?? previous.photo, reviewReason: null, submittedBy: actor.id, updatedAt: now })
          .where(eq(illuminations.id, previous.id))
          .returning()
          .get();
        recordAudit(tx, {
          actorId: actor.id,
          action: 'illumination.resubmit',
          entity: 'illumination',
          entityId: saved.id,
          before: illuminationFacts(previous),
          after: illuminationFacts(saved),
        });
      } else {
        saved = tx
          .insert(illuminations)
          .values({ ...timing, campaignId: campaign.id, buildingId, status: 'submitted', photo: photoName, submittedBy: actor.id, updatedAt: now })
          .returning()
          .get();
        recordAudit(tx, { actorId: actor.id, action: 'illumination.create', entity: 'illumination', entityId: saved.id, after: illuminationFacts(saved) });
      }
      if (photoRights && saved.photo) writePhotoRights(tx, actor.id, saved.photo, 'registration', photoRights);
      return { illuminationId: saved.id, buildingId, year: campaign.year };
    }),
  );
}

// ---------------------------------------------------------------------------
// Edit
// ---------------------------------------------------------------------------

type Loaded = { illumination: Illumination; building: Building; campaign: Campaign };

/** A registration with its building and campaign, inside a transaction; unknown ids are RegistrationNotFoundError. */
export function loadInTx(tx: Tx | Db, illuminationId: number): Loaded {
  const row = selectRegistrations({ illumination: illuminations, building: buildings, campaign: campaigns }, tx)
    .where(eq(illuminations.id, illuminationId))
    .get();
  if (!row) throw new RegistrationNotFoundError();
  return row;
}

export type Updated = Saved & {
  /** False when nothing differed from what was stored: the registration stays as it was. */
  changed: boolean;
  /** The building's own details changed (public pages may show them). */
  buildingChanged: boolean;
  /**
   * Only the photo's credit or consent changed: saved, without sending the
   * registration back to review (they are not part of what is reviewed).
   */
  rightsChanged: boolean;
};

/**
 * Edits a registration: the building's details (permanent across years) and
 * this year's lighting and photo. Any change sends it back to review
 * (`submitted`); an approved version stays public, unchanged, until the
 * organisers approve the new one.
 */
export async function updateRegistration(
  actor: Actor,
  illuminationId: number,
  input: RegistrationInput & { removePhoto?: boolean },
  { photo = null, now = new Date(), photoRights = null }: WriteOptions = {},
): Promise<Updated> {
  authorize(actor, canUseWorkspace(actor));
  const db = getDb();
  const current = loadInTx(db, illuminationId);
  assertMayRegister(actor, current.building.cityId, current.campaign, now);
  if (input.cityId !== current.building.cityId) {
    assertMayRegister(actor, input.cityId, current.campaign, now);
    const [city] = await db.select({ id: cities.id }).from(cities).where(eq(cities.id, input.cityId));
    if (!city) throw new UnknownCityError();
  }

  return withStoredPhoto(photo, (photoName) =>
    writeTransaction((tx): Updated => {
      const { illumination: before, building: buildingBefore, campaign } = loadInTx(tx, illuminationId);
      assertMayRegister(actor, buildingBefore.cityId, campaign, now);
      assertMayRegister(actor, input.cityId, campaign, now);

      const facts = buildingFacts({ ...input, names: input.names ?? buildingBefore.names });
      const buildingChanged = JSON.stringify(facts) !== JSON.stringify(buildingFacts(buildingBefore));
      const timing = {
        lightsOnMode: input.lightsOnMode,
        lightsOnTime: input.lightsOnMode === 'time' ? input.lightsOnTime : null,
        lightsOffTime: input.lightsOffTime,
        photo: photoName ?? (input.removePhoto ? null : before.photo),
      };
      const timingChanged =
        timing.lightsOnMode !== before.lightsOnMode ||
        timing.lightsOnTime !== before.lightsOnTime ||
        timing.lightsOffTime !== before.lightsOffTime ||
        timing.photo !== before.photo;
      const saved = { illuminationId, buildingId: before.buildingId, year: campaign.year };
      const rightsChanged = photoRights && timing.photo ? writePhotoRights(tx, actor.id, timing.photo, 'registration', photoRights) : false;
      // Saving an unchanged form of a submitted or approved registration changes nothing
      // (an approved one is not sent back to review for nothing).
      const reopens = before.status === 'rejected' || before.status === 'withdrawn';
      if (!buildingChanged && !timingChanged && !reopens) return { ...saved, changed: false, buildingChanged: false, rightsChanged };

      if (buildingChanged) {
        // A building imported at its city's centre is placed once its position is saved as another.
        const placed = facts.lat !== buildingBefore.lat || facts.lng !== buildingBefore.lng;
        const building = tx
          .update(buildings)
          .set({ ...facts, ...(placed ? { needsPlacing: false } : {}) })
          .where(eq(buildings.id, buildingBefore.id))
          .returning()
          .get();
        recordAudit(tx, {
          actorId: actor.id,
          action: 'building.update',
          entity: 'building',
          entityId: building.id,
          before: buildingFacts(buildingBefore),
          after: buildingFacts(building),
        });
      }
      // `approved` is deliberately left as it is: the public keeps the approved version.
      const after = tx
        .update(illuminations)
        .set({ ...timing, status: 'submitted', reviewReason: null, submittedBy: actor.id, updatedAt: now })
        .where(eq(illuminations.id, illuminationId))
        .returning()
        .get();
      recordAudit(tx, {
        actorId: actor.id,
        action: 'illumination.update',
        entity: 'illumination',
        entityId: illuminationId,
        before: illuminationFacts(before),
        after: illuminationFacts(after),
      });
      return { ...saved, changed: true, buildingChanged, rightsChanged };
    }),
  );
}

// ---------------------------------------------------------------------------
// Withdraw
// ---------------------------------------------------------------------------
