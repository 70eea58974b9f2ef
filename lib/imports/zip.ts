/**
 * An XLSX file is a ZIP archive, and a small archive may unpack into
 * gigabytes (a "zip bomb"). Before the spreadsheet library unpacks anything,
 * every entry is inflated here with a ceiling on what it may produce, so that
 * the sizes checked are the real ones, not those the archive claims.
 */
import zlib from 'node:zlib';
import { Inflate } from 'fflate';

export class ZipLimitError extends Error {
  override name = 'ZipLimitError';
}
export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export type ZipLimits = { maxEntries: number; maxUnpackedBytes: number };

/** Throws ZipLimitError if the archive unpacks to more than the limits allow, ZipFormatError if it is not a ZIP we read. */
export function checkZip(bytes: Buffer, { maxEntries, maxUnpackedBytes }: ZipLimits): void {
  // The end-of-central-directory record: the last 22 bytes, or before a comment of up to 64 kB.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('No end of central directory.');
  const entries = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  // ZIP64 archives (over 65,535 entries or 4 GB) are far beyond any spreadsheet of buildings.
  if (entries === 0xffff || offset === 0xffffffff) throw new ZipLimitError('ZIP64 archive.');
  if (entries > maxEntries) throw new ZipLimitError(`${entries} entries.`);

  let unpacked = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL) throw new ZipFormatError('Broken central directory.');
    const method = bytes.readUInt16LE(offset + 10);
    const compressed = bytes.readUInt32LE(offset + 20);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const local = bytes.readUInt32LE(offset + 42);
    offset += 46 + nameLength + extraLength + commentLength;

    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL) throw new ZipFormatError('Broken local header.');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (start + compressed > bytes.length) throw new ZipFormatError('Entry beyond the end of the file.');
    const data = bytes.subarray(start, start + compressed);
    const left = maxUnpackedBytes - unpacked;
    if (method === 0) {
      unpacked += data.length;
    } else if (method === 8) {
      try {
        unpacked += zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, left + 1) }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipLimitError('Unpacks too large.');
        throw new ZipFormatError('Broken deflate data.');
      }
    } else {
      throw new ZipFormatError(`Compression method ${method}.`);
    }
    if (unpacked > maxUnpackedBytes) throw new ZipLimitError('Unpacks too large.');
  }
}

export type ZipEntry = { name: string; method: number; data: Buffer };

/**
 * The archive's entries, from its central directory, without unpacking any:
 * names and compressed data only. Throws ZipLimitError beyond `maxEntries`.
 */
export function listZip(bytes: Buffer, maxEntries: number): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('No end of central directory.');
  const count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipLimitError('ZIP64 archive.');
  if (count > maxEntries) throw new ZipLimitError(`${count} entries.`);
  const entries = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL) throw new ZipFormatError('Broken central directory.');
    const method = bytes.readUInt16LE(offset + 10);
    const compressed = bytes.readUInt32LE(offset + 20);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const local = bytes.readUInt32LE(offset + 42);
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL) throw new ZipFormatError('Broken local header.');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (start + compressed > bytes.length) throw new ZipFormatError('Entry beyond the end of the file.');
    entries.set(name, { name, method, data: bytes.subarray(start, start + compressed) });
  }
  return entries;
}

/** What one archive may cost to read: unpacked bytes (shared by all entries read) and time. */
export class UnpackBudget {
  private used = 0;
  private readonly until: number;
  constructor(
    private readonly maxBytes: number,
    maxMs: number,
  ) {
    this.until = Date.now() + maxMs;
  }
  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.maxBytes) throw new ZipLimitError('Unpacks too large.');
    if (Date.now() > this.until) throw new ZipLimitError('Takes too long to read.');
  }
}

/** Compressed bytes handed to the inflater at a time: deflate expands at most ~1,032 times, so each step yields at most ~1 MB. */
const STEP = 1024;

/**
 * Unpacks one entry piece by piece, handing each piece to `onChunk`, and
 * stops (ZipLimitError) as soon as the budget is spent: a zip bomb costs
 * what the budget allows, never what it claims or holds. `onChunk` may throw
 * to stop early too.
 */
export function inflateEntry(entry: ZipEntry, budget: UnpackBudget, onChunk: (chunk: Uint8Array) => void): void {
  if (entry.method === 0) {
    for (let i = 0; i < entry.data.length; i += STEP * 64) {
      const chunk = entry.data.subarray(i, i + STEP * 64);
      budget.spend(chunk.length);
      onChunk(chunk);
    }
    return;
  }
  if (entry.method !== 8) throw new ZipFormatError(`Compression method ${entry.method}.`);
  const inflater = new Inflate((chunk) => {
    budget.spend(chunk.length);
    onChunk(chunk);
  });
  try {
    for (let i = 0; i < entry.data.length; i += STEP) inflater.push(entry.data.subarray(i, i + STEP), i + STEP >= entry.data.length);
    if (entry.data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ZipLimitError || !(error instanceof Error && 'code' in error && typeof (error as { code: unknown }).code === 'number')) throw error;
    throw new ZipFormatError('Broken deflate data.');
  }
}
