/**
 * Credits and publication consent of stored photos (see `photo_rights` in
 * db/schema.ts): what the coordinator says about each photo, and what the
 * public may therefore see of it.
 */
import 'server-only';
import { and, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb, type Tx, writeTransaction } from '@/db';
import { buildings, campaigns, cities, illuminations, photoRights } from '@/db/schema';
import { selectRegistrations } from '../registrations/joined';
import { recordAudit } from '@/lib/audit/record';
import type { Locale } from '@/lib/constants';
import { authorize, canSetPhotoRights, type Actor } from '../permissions';
import { RegistrationNotFoundError } from '../registrations/errors';

/** A registration's own photo, or the photo of the lit building sent on the night. */
export type PhotoRole = 'registration' | 'night';

/**
 * Without a word from the coordinator: a registration's photo is sent to be
 * shown with the building, so it may be published once approved; a photo of
 * the night is published only once the coordinator says yes.
 */
export const DEFAULT_PUBLISH: Record<PhotoRole, boolean> = { registration: true, night: false };

export type PhotoRightsInput = { credit: string; publish: boolean };
export type StoredRights = PhotoRightsInput & { explicit: boolean };


/** The rights of stored photos by name, defaults filled in for those without a row. */
export async function photoRightsOf(photos: { name: string; role: PhotoRole }[]): Promise<Map<string, StoredRights>> {
  const names = photos.map((p) => p.name);
  const rows = names.length ? await getDb().select().from(photoRights).where(inArray(photoRights.name, names)) : [];
  const byName = new Map(rows.map((r) => [r.name, r]));
  return new Map(
    photos.map((p) => {
      const row = byName.get(p.name);
      return [p.name, row ? { credit: row.credit, publish: row.publish, explicit: true } : { credit: '', publish: DEFAULT_PUBLISH[p.role], explicit: false }];
    }),
  );
}

/**
 * Writes a photo's credit and consent inside the caller's transaction, with
 * its audit row; returns whether anything changed. A photo seen for the
 * first time is compared with its defaults.
 */
export function writePhotoRights(tx: Tx, actorId: string, name: string, role: PhotoRole, input: PhotoRightsInput): boolean {
  const before = tx.select().from(photoRights).where(eq(photoRights.name, name)).get();
  const was = before ? { credit: before.credit, publish: before.publish } : { credit: '', publish: DEFAULT_PUBLISH[role] };
  if (before && was.credit === input.credit && was.publish === input.publish) return false;
  const now = new Date();
  tx.insert(photoRights)
    .values({ name, credit: input.credit, publish: input.publish, updatedBy: actorId, updatedAt: now })
    .onConflictDoUpdate({ target: photoRights.name, set: { credit: input.credit, publish: input.publish, updatedBy: actorId, updatedAt: now } })
    .run();
  const changed = was.credit !== input.credit || was.publish !== input.publish;
  if (changed) recordAudit(tx, { actorId, action: 'photo.rights', entity: 'photo', entityId: name, before: was, after: { role, ...input } });
  return changed;
}

export type PhotoRightsChange = Partial<Record<PhotoRole, PhotoRightsInput>>;

/**
 * Sets the credit and consent of a registration's photos: its own photo and
 * the night's. The city's coordinators and the organisers may, at any time
 * (consent is not part of what the deadline closes: a coordinator may
 * withdraw it, or give it, after the day).
 */
export async function setPhotoRights(actor: Actor, illuminationId: number, change: PhotoRightsChange): Promise<{ year: number; changed: boolean }> {
  return writeTransaction((tx) => {
    const row = selectRegistrations({ photo: illuminations.photo, litPhoto: illuminations.litPhoto, cityId: buildings.cityId, year: campaigns.year }, tx)
      .where(eq(illuminations.id, illuminationId))
      .get();
    if (!row) throw new RegistrationNotFoundError();
    authorize(actor, canSetPhotoRights(actor, { cityId: row.cityId }));
    let changed = false;
    if (change.registration && row.photo) changed = writePhotoRights(tx, actor.id, row.photo, 'registration', change.registration) || changed;
    if (change.night && row.litPhoto) changed = writePhotoRights(tx, actor.id, row.litPhoto, 'night', change.night) || changed;
    return { year: row.year, changed };
  });
}

// ---------------------------------------------------------------------------
// What the public may see
// ---------------------------------------------------------------------------

const registrationRights = alias(photoRights, 'registration_rights');
const nightRights = alias(photoRights, 'night_rights');
const approvedPhoto = sql<string | null>`json_extract(${illuminations.approved}, '$.photo')`;

/** A registration photo may be published: part of an approved version, and not refused by the coordinator. */
const registrationPublic = sql`(${approvedPhoto} is not null and coalesce(${registrationRights.publish}, ${DEFAULT_PUBLISH.registration ? 1 : 0}) = 1)`;
/** A night photo may be published: of an approved registration, and the coordinator said yes. */
const nightPublic = sql`(${illuminations.litPhoto} is not null and coalesce(${nightRights.publish}, ${DEFAULT_PUBLISH.night ? 1 : 0}) = 1)`;

/**
 * Whether a stored photo is public: an approved registration's photo (unless
 * the coordinator refused) or its night photo (once the coordinator agreed),
 * in a published campaign. The gallery, the press pack and the photo's own
 * address (app/uploads) all follow this one rule.
 */
export async function isPublicPhoto(name: string): Promise<boolean> {
  const row = await selectRegistrations({ id: illuminations.id })
    .leftJoin(registrationRights, eq(registrationRights.name, approvedPhoto))
    .leftJoin(nightRights, eq(nightRights.name, illuminations.litPhoto))
    .where(
      and(
        eq(campaigns.published, true),
        isNotNull(illuminations.approved),
        or(and(sql`${approvedPhoto} = ${name}`, registrationPublic), and(eq(illuminations.litPhoto, name), nightPublic)),
      ),
    )
    .limit(1)
    .get();
  return row !== undefined;
}

export type GalleryPhoto = {
  name: string;
  role: PhotoRole;
  illuminationId: number;
  buildingId: number;
  building: string;
  city: { id: number; name: string; names: Partial<Record<Locale, string>> };
  credit: string;
};

/**
 * The public photos of a published campaign, by city, building and role:
 * the approved registration photos and the night photos their coordinators
 * agreed to publish. Names are the approved version's.
 */
export async function listGalleryPhotos(campaignId: number, { illuminationId }: { illuminationId?: number } = {}): Promise<GalleryPhoto[]> {
  const rows = await selectRegistrations({
    illuminationId: illuminations.id,
    buildingId: illuminations.buildingId,
    approved: illuminations.approved,
    litPhoto: illuminations.litPhoto,
    city: { id: cities.id, name: cities.name, names: cities.names },
    registrationPublic: sql<number>`${registrationPublic}`,
    registrationCredit: registrationRights.credit,
    nightPublic: sql<number>`${nightPublic}`,
    nightCredit: nightRights.credit,
  })
    .leftJoin(registrationRights, eq(registrationRights.name, approvedPhoto))
    .leftJoin(nightRights, eq(nightRights.name, illuminations.litPhoto))
    .where(
      and(
        eq(illuminations.campaignId, campaignId),
        illuminationId === undefined ? undefined : eq(illuminations.id, illuminationId),
        eq(campaigns.published, true),
        isNotNull(illuminations.approved),
        or(registrationPublic, nightPublic),
      ),
    );
  const photos: GalleryPhoto[] = [];
  for (const r of rows) {
    const common = { illuminationId: r.illuminationId, buildingId: r.buildingId, building: r.approved!.name, city: r.city };
    if (r.registrationPublic && r.approved!.photo) photos.push({ ...common, name: r.approved!.photo, role: 'registration', credit: r.registrationCredit ?? '' });
    if (r.nightPublic && r.litPhoto) photos.push({ ...common, name: r.litPhoto, role: 'night', credit: r.nightCredit ?? '' });
  }
  const roleOrder: Record<PhotoRole, number> = { registration: 0, night: 1 };
  return photos.sort(
    (a, b) =>
      a.city.name.localeCompare(b.city.name, 'en') || a.building.localeCompare(b.building, 'en') || a.buildingId - b.buildingId || roleOrder[a.role] - roleOrder[b.role],
  );
}
