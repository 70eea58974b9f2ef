/**
 * On the night: a coordinator confirms "the lights are on", optionally with a
 * photo. Coordinators may do so from the start of the event day until noon
 * the next day, in the building's own time zone (so an embassy in Tokyo
 * confirms on Tokyo's 30 July); organisers may also record or correct it
 * afterwards.
 */
import { eq } from 'drizzle-orm';
import { getDb, writeTransaction } from '@/db';
import { buildings, campaigns, cities, illuminations } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { authorize, canConfirmLit, canUseWorkspace, isOrganiser, type Actor } from '../permissions';
import { withStoredPhoto, writePhotoRights, type PhotoRightsInput, type PreparedPhoto } from '@/lib/photos';
import { timeZoneAt } from '../zones';
import { RegistrationNotFoundError } from './errors';
import { illuminationFacts } from './snapshots';
import { addDays, zonedTimeToUtc } from '../time';

/** Confirming is open from 00:00 on the event date until this time the next day. */
export const LIT_WINDOW_CLOSES = '12:00';

export class LitWindowError extends Error {
  override name = 'LitWindowError';
  constructor(readonly opensAt: Date, readonly closesAt: Date, readonly timeZone: string) {
    super('"Lights are on" can only be confirmed on the night.');
  }
}

/** Only a registration that is going ahead can be lit: not a rejected or withdrawn one. */
export class NotLitableError extends Error {
  override name = 'NotLitableError';
}

/** When "lights are on" may be confirmed, in the building's own time zone. */
export function litWindow(eventDate: string, lat: number, lng: number, cityTimeZone: string) {
  const timeZone = timeZoneAt(lat, lng, cityTimeZone);
  return {
    timeZone,
    opensAt: zonedTimeToUtc(eventDate, '00:00', timeZone),
    closesAt: zonedTimeToUtc(addDays(eventDate, 1), LIT_WINDOW_CLOSES, timeZone),
  };
}

export function isLitWindowOpen(window: { opensAt: Date; closesAt: Date }, now: Date): boolean {
  return now.getTime() >= window.opensAt.getTime() && now.getTime() < window.closesAt.getTime();
}

export type LitConfirmed = { illuminationId: number; year: number; litAt: Date };

/**
 * Records that the lights are on: `litAt` is the first confirmation (a later
 * one only adds or replaces the photo).
 */
export async function confirmLit(
  actor: Actor,
  illuminationId: number,
  {
    photo = null,
    now = new Date(),
    photoRights = null,
  }: { photo?: PreparedPhoto | null; now?: Date; /** Credit and consent of the night photo (the new one, or the one kept). */ photoRights?: PhotoRightsInput | null } = {},
): Promise<LitConfirmed> {
  authorize(actor, canUseWorkspace(actor));
  const db = getDb();
  const check = () => {
    const row = db
      .select({ illumination: illuminations, building: buildings, city: cities, campaign: campaigns })
      .from(illuminations)
      .innerJoin(buildings, eq(buildings.id, illuminations.buildingId))
      .innerJoin(cities, eq(cities.id, buildings.cityId))
      .innerJoin(campaigns, eq(campaigns.id, illuminations.campaignId))
      .where(eq(illuminations.id, illuminationId))
      .get();
    if (!row) throw new RegistrationNotFoundError();
    authorize(actor, canConfirmLit(actor, { cityId: row.building.cityId }));
    if (row.illumination.status === 'rejected' || row.illumination.status === 'withdrawn') throw new NotLitableError();
    const window = litWindow(row.campaign.eventDate, row.building.lat, row.building.lng, row.city.timeZone);
    if (!isOrganiser(actor) && !isLitWindowOpen(window, now)) throw new LitWindowError(window.opensAt, window.closesAt, window.timeZone);
    return row;
  };
  check();
  return withStoredPhoto(photo, (photoName) =>
    writeTransaction((tx): LitConfirmed => {
      const { illumination: before, campaign } = check();
      const after = tx
        .update(illuminations)
        .set({ litAt: before.litAt ?? now, litPhoto: photoName ?? before.litPhoto, updatedAt: now })
        .where(eq(illuminations.id, illuminationId))
        .returning()
        .get();
      recordAudit(tx, {
        actorId: actor.id,
        action: 'illumination.lit',
        entity: 'illumination',
        entityId: illuminationId,
        before: illuminationFacts(before),
        after: illuminationFacts(after),
      });
      if (photoRights && after.litPhoto) writePhotoRights(tx, actor.id, after.litPhoto, 'night', photoRights);
      return { illuminationId, year: campaign.year, litAt: after.litAt! };
    }),
  );
}
