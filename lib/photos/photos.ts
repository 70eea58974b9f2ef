/**
 * Building photos. An upload is accepted by its content, never by its name or
 * declared type: the first bytes must be JPEG, PNG or WebP and sharp must be
 * able to decode it. It is then re-encoded (which drops EXIF, GPS and any
 * other metadata, and anything hidden after the image data), shrunk to at
 * most 2000 px, and stored under DATA_DIR/uploads with a random name.
 */
import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { eq, or, sql } from 'drizzle-orm';
import { dataDir, privateDir } from '@/db';
import { buildings, illuminations } from '@/db/schema';
import { selectRegistrations } from '../registrations/joined';
import { type IlluminationStatus } from '@/lib/constants';
import { canViewIllumination, isOrganiser, type Actor } from '../permissions';
import { REGISTRATION_LIMITS } from '../validation/registration';
import { isPublicPhoto } from './rights';

export const PHOTO_CONTENT_TYPE = 'image/webp';
const PHOTO_EXTENSION = 'webp';
/** Stored names: 32 random hex digits and our one extension; nothing else is ever served. */
const PHOTO_NAME_RE = /^[a-f0-9]{32}\.webp$/;
/**
 * Refuses images that would take too much memory to decode (decompression
 * bombs): 50 megapixels, beyond any phone or camera photo a coordinator
 * sends, is already some 200 MB decoded.
 */
export const MAX_INPUT_PIXELS = 50_000_000;

/** Message keys of the `Photos` namespace. */
export type PhotoError = 'photoTooLarge' | 'photoType' | 'photoUnreadable';

export type PreparedPhoto = { data: Buffer; width: number; height: number };

export type PhotoCheck = { ok: true; photo: PreparedPhoto | null } | { ok: false; error: PhotoError };

type Format = 'jpeg' | 'png' | 'webp';

/** The format the first bytes announce, or null. */
export function sniffImageFormat(bytes: Uint8Array): Format | null {
  const at = (i: number) => bytes[i];
  if (bytes.length >= 3 && at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => at(i) === b)) return 'png';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return null;
}

/** Re-encodes an image: upright, at most 2000 px, WebP, no metadata. */
export async function preparePhoto(bytes: Buffer): Promise<PreparedPhoto> {
  const max = REGISTRATION_LIMITS.PHOTO_MAX_PX;
  // sharp writes no metadata unless asked (keepMetadata/withMetadata); rotate()
  // applies the EXIF orientation first so the picture stays upright without it.
  const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
    .rotate()
    .resize({ width: max, height: max, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 82 })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * Checks an uploaded file and prepares it for storing. No file (or an empty
 * one: a form sent without choosing a file) is not an error.
 */
export async function checkPhoto(file: Blob | null | undefined): Promise<PhotoCheck> {
  if (!file || file.size === 0) return { ok: true, photo: null };
  if (file.size > REGISTRATION_LIMITS.PHOTO_MAX_BYTES) return { ok: false, error: 'photoTooLarge' };
  const bytes = Buffer.from(await file.arrayBuffer());
  const sniffed = sniffImageFormat(bytes);
  if (!sniffed) return { ok: false, error: 'photoType' };
  try {
    const meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    // The content must be what its first bytes say (no polyglot files).
    if (meta.format !== sniffed) return { ok: false, error: 'photoType' };
    return { ok: true, photo: await preparePhoto(bytes) };
  } catch {
    return { ok: false, error: 'photoUnreadable' };
  }
}

export function uploadsDir(): string {
  return path.join(dataDir(), 'uploads');
}

export function isPhotoName(name: string): boolean {
  return PHOTO_NAME_RE.test(name);
}

/** The file of a stored photo, or null for a name we would never have given. */
export function photoPath(name: string): string | null {
  return isPhotoName(name) ? path.join(uploadsDir(), name) : null;
}

/** Where the browser gets a photo (app/uploads/[name]/route.ts). */
export function photoUrl(name: string): string {
  return `/uploads/${encodeURIComponent(name)}`;
}

/** Writes a prepared photo under a new random name (atomically: written aside, then renamed) and returns the name. */
export function storePhoto(photo: PreparedPhoto): string {
  const dir = uploadsDir();
  privateDir(dir);
  const name = `${crypto.randomBytes(16).toString('hex')}.${PHOTO_EXTENSION}`;
  const file = path.join(dir, name);
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, photo.data, { flag: 'wx', mode: 0o600 });
  fs.renameSync(temp, file);
  return name;
}

/** Removes a stored photo (after a failed transaction); a missing file is fine. */
export function removePhoto(name: string | null | undefined): void {
  const file = name ? photoPath(name) : null;
  if (file) fs.rmSync(file, { force: true });
}

/** The bytes of a stored photo, or null if there is none by that name. */
export function readPhoto(name: string): Buffer | null {
  const file = photoPath(name);
  if (!file) return null;
  try {
    return fs.readFileSync(file);
  } catch {
    return null;
  }
}

/**
 * Stores `photo` (if any), runs `write`, and removes the file again if
 * `write` throws: a failed transaction leaves no orphan file behind.
 */
export function withStoredPhoto<T>(photo: PreparedPhoto | null | undefined, write: (name: string | null) => T): T {
  const name = photo ? storePhoto(photo) : null;
  try {
    return write(name);
  } catch (error) {
    removePhoto(name);
    throw error;
  }
}

/**
 * Who may see a stored photo: everyone when it is public (see isPublicPhoto:
 * an approved registration's photo, or the night's photo of an approved one
 * that its coordinator agreed to publish, in a published campaign);
 * otherwise only those who may see a registration that uses it.
 */
export async function photoAccess(name: string): Promise<{ public: boolean; uses: { cityId: number; status: IlluminationStatus }[] }> {
  const rows = await selectRegistrations({ status: illuminations.status, cityId: buildings.cityId })
    .where(or(eq(illuminations.photo, name), eq(illuminations.litPhoto, name), sql`json_extract(${illuminations.approved}, '$.photo') = ${name}`));
  const isPublic = rows.length > 0 && (await isPublicPhoto(name));
  return { public: isPublic, uses: rows.map((r) => ({ cityId: r.cityId, status: r.status })) };
}

/** Whether `actor` may see the photo `name` (see photoAccess). */
export async function mayViewPhoto(actor: Actor, name: string): Promise<boolean> {
  const access = await photoAccess(name);
  if (access.public) return true;
  // Not part of any public version: it is a pending edit's photo, so it takes
  // what seeing a registration's unpublished content takes (its city's
  // coordinators, organisers), whatever the registration's status.
  return isOrganiser(actor) || access.uses.some((u) => canViewIllumination(actor, { cityId: u.cityId, status: 'submitted' }));
}
