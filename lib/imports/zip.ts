/**
 * An XLSX file is a ZIP archive, and a small archive may unpack into
 * gigabytes (a "zip bomb"). Entries are listed from the central directory
 * without unpacking, and only those the reader needs are inflated, against a
 * budget of real bytes and time (not the sizes the archive claims).
 */
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
