/**
 * On the night: a coordinator confirms "the lights are on", optionally with a
 * photo. Coordinators may do so from the start of the event day until noon
 * the next day, in the building's own time zone (so an embassy in Tokyo
 * confirms on Tokyo's 30 July); organisers may also record or correct it
 * afterwards.
 */
import 'server-only';
import { and, between, eq, inArray } from 'drizzle-orm';
import { getDb, writeTransaction } from '@/db';
import { buildings, campaigns, cities, illuminations, type Campaign, type City, type Illumination } from '@/db/schema';
import { selectRegistrations } from './joined';
import { recordAudit } from '@/lib/audit/record';
import { authorize, canConfirmLit, canUseWorkspace, isOrganiser, type Actor } from '../permissions';
import { withStoredPhoto, type PreparedPhoto } from '@/lib/photos/photos';
import { writePhotoRights, type PhotoRightsInput } from '@/lib/photos/rights';
import { timeZoneAt } from '../zones';
import { RegistrationNotFoundError } from './errors';
import { illuminationFacts } from './snapshots';
import { addDays, localDate, zonedTimeToUtc } from '../time';
import { lightingWindow, type LightingWindow } from '../lights/window';

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

export type LitConfirmed = { illuminationId: number; year: number; litAt: Date; /** The building's own zone, to say the time in. */ timeZone: string };

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
    const row = selectRegistrations({ illumination: illuminations, building: buildings, city: cities, campaign: campaigns }, db)
      .where(eq(illuminations.id, illuminationId))
      .get();
    if (!row) throw new RegistrationNotFoundError();
    authorize(actor, canConfirmLit(actor, { cityId: row.building.cityId }));
    if (row.illumination.status === 'rejected' || row.illumination.status === 'withdrawn') throw new NotLitableError();
    const window = litWindow(row.campaign.eventDate, row.building.lat, row.building.lng, row.city.timeZone);
    if (!isOrganiser(actor) && !isLitWindowOpen(window, now)) throw new LitWindowError(window.opensAt, window.closesAt, window.timeZone);
    return { ...row, timeZone: window.timeZone };
  };
  check();
  return withStoredPhoto(photo, (photoName) =>
    writeTransaction((tx): LitConfirmed => {
      const { illumination: before, campaign, timeZone } = check();
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
      return { illuminationId, year: campaign.year, litAt: after.litAt!, timeZone };
    }),
  );
}

// ---------------------------------------------------------------------------
// Tonight: what the coordinator's workspace opens on during the event day
// ---------------------------------------------------------------------------

/** One of the coordinator's buildings whose "lights are on" may be confirmed now. */
export type TonightBuilding = {
  illuminationId: number;
  buildingId: number;
  name: string;
  status: Illumination['status'];
  city: Pick<City, 'id' | 'name' | 'names'>;
  /** The building's own time zone (an embassy abroad keeps its own). */
  timeZone: string;
  lighting: LightingWindow;
  litAt: Date | null;
  litPhoto: string | null;
  closesAt: Date;
};

export type Tonight = {
  campaign: Campaign;
  buildings: TonightBuilding[];
  /** The next morning already (on the first building's clock): the night is over, confirming still open. */
  morningAfter: boolean;
};

/** A registration as the choice of tonight sees it. */
export type TonightCandidate = { campaign: Campaign; building: Omit<TonightBuilding, 'lighting' | 'closesAt' | 'timeZone'> & { lat: number; lng: number; cityTimeZone: string; lightsOnMode: Illumination['lightsOnMode']; lightsOnTime: string | null; lightsOffTime: string | null } };

/**
 * Tonight's campaign and buildings: among the registrations going ahead
 * (submitted or approved), those whose "lights are on" window is open at
 * `now` in their own time zone. When two campaigns are open at once (only a
 * campaign moved onto another's date could be), the one with the latest
 * event date. Null when no window is open: the workspace opens as usual.
 */
export function pickTonight(candidates: TonightCandidate[], now: Date): Tonight | null {
  const open = new Map<number, Tonight>();
  for (const { campaign, building: b } of candidates) {
    if (b.status !== 'submitted' && b.status !== 'approved') continue;
    const window = litWindow(campaign.eventDate, b.lat, b.lng, b.cityTimeZone);
    if (!isLitWindowOpen(window, now)) continue;
    const entry = open.get(campaign.id) ?? { campaign, buildings: [], morningAfter: false };
    entry.buildings.push({
      illuminationId: b.illuminationId,
      buildingId: b.buildingId,
      name: b.name,
      status: b.status,
      city: b.city,
      timeZone: window.timeZone,
      lighting: lightingWindow({ eventDate: campaign.eventDate, lat: b.lat, lng: b.lng, timeZone: window.timeZone, lightsOnMode: b.lightsOnMode, lightsOnTime: b.lightsOnTime, lightsOffTime: b.lightsOffTime }),
      litAt: b.litAt,
      litPhoto: b.litPhoto,
      closesAt: window.closesAt,
    });
    open.set(campaign.id, entry);
  }
  const [tonight] = [...open.values()].sort((a, b) => b.campaign.eventDate.localeCompare(a.campaign.eventDate) || b.campaign.year - a.campaign.year);
  if (!tonight) return null;
  tonight.buildings.sort((a, b) => a.city.name.localeCompare(b.city.name, 'en') || a.name.localeCompare(b.name, 'en') || a.illuminationId - b.illuminationId);
  tonight.morningAfter = localDate(now, tonight.buildings[0]!.timeZone) > tonight.campaign.eventDate;
  return tonight;
}

/**
 * The coordinator's buildings for tonight (see pickTonight), from the
 * cities they act for. Organisers follow the night from the organisers'
 * console, so their workspace opens as usual.
 */
export async function getTonight(actor: Actor, now: Date = new Date()): Promise<Tonight | null> {
  authorize(actor, canUseWorkspace(actor));
  if (isOrganiser(actor) || actor.cityIds.length === 0) return null;
  // Any zone's event day starts at most 14 hours before UTC's and ends 12 hours after the window's noon.
  const today = localDate(now, 'UTC');
  const rows = await selectRegistrations({ campaign: campaigns, illumination: illuminations, building: { id: buildings.id, name: buildings.name, lat: buildings.lat, lng: buildings.lng }, city: { id: cities.id, name: cities.name, names: cities.names, timeZone: cities.timeZone } })
    .where(and(between(campaigns.eventDate, addDays(today, -2), addDays(today, 1)), inArray(buildings.cityId, actor.cityIds), inArray(illuminations.status, ['submitted', 'approved'])));
  return pickTonight(
    rows.map((r) => ({
      campaign: r.campaign,
      building: {
        illuminationId: r.illumination.id,
        buildingId: r.building.id,
        name: r.building.name,
        status: r.illumination.status,
        city: { id: r.city.id, name: r.city.name, names: r.city.names },
        lat: r.building.lat,
        lng: r.building.lng,
        cityTimeZone: r.city.timeZone,
        lightsOnMode: r.illumination.lightsOnMode,
        lightsOnTime: r.illumination.lightsOnTime,
        lightsOffTime: r.illumination.lightsOffTime,
        litAt: r.illumination.litAt,
        litPhoto: r.illumination.litPhoto,
      },
    })),
    now,
  );
}
