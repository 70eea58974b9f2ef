/**
 * The press pack of a campaign: one ZIP with the public photos as JPEG (the
 * largest size we keep), named "City - Building.jpg", their credits, the list
 * of approved registrations as CSV and XLSX, and the ready sentence in every
 * language. Organisers only; every download is written to the audit log.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { zipSync, strToU8, type Zippable } from 'fflate';
import sharp from 'sharp';
import { getDb, writeTransaction } from '@/db';
import { campaigns } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { LOCALES, type Locale } from '@/lib/constants';
import { eventsCsv } from '@/lib/events/open-data-formats';
import { listOpenEvents } from '@/lib/events/open-data';
import { cityName } from '@/lib/localized';
import { listListedPartners, partnersOfYear } from '@/lib/partners/public';
import { getPublicCampaign } from '@/lib/campaigns/campaigns';
import { authorize, canDownloadPressPack, type Actor } from '@/lib/permissions';
import { listGalleryPhotos, type GalleryPhoto } from '@/lib/photos/rights';
import { readPhoto } from '@/lib/photos/photos';
import { registrationsCsv, registrationsXlsx } from './formats';
import { listApprovedRows } from './registrations';
import { safeFileStem, tabSeparatedField } from './safe-text';

export class PressPackNotFoundError extends Error {
  override name = 'PressPackNotFoundError';
}

/** The words of the pack's text files, in the language the organiser chose. */
export type PressPackWords = {
  /** Heading of the credits file. */
  creditsHeading: string;
  /** "On the night", "Registration photo". */
  roles: Record<GalleryPhoto['role'], string>;
  /** Said of a photo without a credit line. */
  noCredit: string;
  /** The ready sentence per language, and the languages' names. */
  sentences: Record<Locale, string>;
  languages: Record<Locale, string>;
  /** Heading of the partners' list (`partners.txt`); the columns' names after it. */
  partnersHeading?: string;
  partnersColumns?: { name: string; website: string; events: string };
};

export type PressPack = { fileName: string; body: Uint8Array; photos: number; rows: number };

export { safeFileStem };

/** `stem.ext`, or `stem (2).ext`… when taken (case ignored, as on Windows and macOS). */
export function uniqueFileName(stem: string, ext: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}.${ext}` : `${stem} (${n}).${ext}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** The stored photo (WebP) as a JPEG of the same size; null when it cannot be read. */
async function asJpeg(bytes: Buffer): Promise<Buffer | null> {
  try {
    return await sharp(bytes).jpeg({ quality: 90 }).toBuffer();
  } catch {
    return null;
  }
}

export async function pressPack(actor: Actor, year: number, locale: Locale, words: PressPackWords): Promise<PressPack> {
  authorize(actor, canDownloadPressPack(actor));
  const db = getDb();
  const [campaign] = await db.select().from(campaigns).where(eq(campaigns.year, year));
  if (!campaign) throw new PressPackNotFoundError();

  const photos = await listGalleryPhotos(campaign.id);
  const rows = await listApprovedRows(campaign.id);
  const files: Zippable = {};
  const taken = new Set<string>();
  // Tab-separated, so it opens as a table: each field on one line and never a formula.
  const credits: string[] = [tabSeparatedField(words.creditsHeading), ''];
  let added = 0;
  for (const photo of photos) {
    const stored = readPhoto(photo.name);
    // A file missing from the disk (a partial restore) or damaged leaves a gap, not a broken pack.
    const jpeg = stored ? await asJpeg(stored) : null;
    if (!jpeg) continue;
    const name = uniqueFileName(safeFileStem(`${cityName(photo.city, locale)} - ${photo.building}`), 'jpg', taken);
    // JPEG data does not shrink further: stored, not deflated.
    files[`photos/${name}`] = [jpeg, { level: 0 }];
    const fields = [name, `${photo.building}, ${cityName(photo.city, locale)}`, words.roles[photo.role], photo.credit || words.noCredit];
    credits.push(fields.map(tabSeparatedField).join('\t'));
    added++;
  }
  const sentences = LOCALES.map((l) => `[${words.languages[l]}]\n${words.sentences[l]}\n`).join('\n');
  files['credits.txt'] = strToU8(`${credits.join('\r\n')}\r\n`);
  files['press-sentence.txt'] = strToU8(sentences.replace(/\n/g, '\r\n'));
  files[`blue-lights-${year}.csv`] = strToU8(registrationsCsv(rows));
  files[`blue-lights-${year}.xlsx`] = [new Uint8Array(await registrationsXlsx(rows)), { level: 0 }];
  // The partners' approved events, as the open data gives them, and the partners in the organisers' order.
  const events = await listOpenEvents(campaign.id);
  const newest = (await getPublicCampaign())?.year ?? year;
  const partnerList = partnersOfYear(await listListedPartners(), events, year >= newest);
  if (events.length > 0) files[`blue-lights-${year}-events.csv`] = strToU8(eventsCsv(events));
  if (partnerList.length > 0) {
    const columns = words.partnersColumns ?? { name: 'name', website: 'website', events: 'events' };
    const lines = [
      tabSeparatedField(words.partnersHeading ?? `Partners ${year}`),
      '',
      [columns.name, columns.website, columns.events].map(tabSeparatedField).join('\t'),
      ...partnerList.map(({ partner, events: held }) =>
        [partner.names[locale] || partner.name, partner.website, String(held.length)].map(tabSeparatedField).join('\t'),
      ),
    ];
    files['partners.txt'] = strToU8(`${lines.join('\r\n')}\r\n`);
  }

  const body = zipSync(files, { level: 6 });
  writeTransaction((tx) => {
    recordAudit(tx, {
      actorId: actor.id,
      action: 'press_pack',
      entity: 'campaign',
      entityId: campaign.id,
      after: { year, locale, photos: added, rows: rows.length, events: events.length, bytes: body.length },
    });
  });
  return { fileName: `blue-lights-${year}-press-pack.zip`, body, photos: added, rows: rows.length };
}
