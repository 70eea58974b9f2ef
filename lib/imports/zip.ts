/**
 * An XLSX file is a ZIP archive, and a small archive may unpack into
 * gigabytes (a "zip bomb"). Before the spreadsheet library unpacks anything,
 * every entry is inflated here with a ceiling on what it may produce, so that
 * the sizes checked are the real ones, not those the archive claims.
 */
import zlib from 'node:zlib';

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
