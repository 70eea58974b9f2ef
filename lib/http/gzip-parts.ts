/**
 * A gzip body made of pieces compressed ahead of time and a few bytes that
 * change per response (a page's CSP nonce), without compressing the page
 * again for each visitor.
 *
 * Each stored piece is a raw deflate stream ended with a sync flush: it stops
 * on a byte boundary without a final block, so pieces can follow one another
 * (RFC 1951 §3.2.3, as zlib's Z_SYNC_FLUSH documents). The changing bytes go
 * in between as "stored" (uncompressed) blocks, the last piece carries the
 * final block, and the gzip header and trailer (RFC 1952) frame it all.
 */
import zlib from 'node:zlib';

export type GzipPieces = { pieces: Buffer[]; last: Buffer; gapLength: number };

/** The deflate window: how far back a piece may refer. */
const WINDOW = 32 * 1024;

/**
 * Compresses the fixed parts of a body once: `parts` are what lies between
 * the changing bytes, which are all `gapLength` bytes long. Each piece may
 * refer back to the pieces before it (the browser's inflater has them in its
 * window), but never into a gap: the gaps are given to the compressor as
 * 0xFF bytes, which UTF-8 text never contains, so no match can reach them.
 */
export function gzipPieces(parts: Buffer[], gapLength: number): GzipPieces {
  const gap = Buffer.alloc(gapLength, 0xff);
  const pieces: Buffer[] = [];
  let before = Buffer.alloc(0);
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    const dictionary = before.subarray(Math.max(0, before.length - WINDOW));
    pieces.push(
      zlib.deflateRawSync(part, {
        level: 9,
        ...(dictionary.length > 0 ? { dictionary } : {}),
        ...(last ? {} : { finishFlush: zlib.constants.Z_SYNC_FLUSH }),
      }),
    );
    if (!last) before = Buffer.concat([before.subarray(Math.max(0, before.length - WINDOW)), part, gap]);
  });
  return { pieces: pieces.slice(0, -1), last: pieces.at(-1) ?? zlib.deflateRawSync(Buffer.alloc(0)), gapLength };
}

/** Deflate "stored" blocks holding `bytes` as they are (at most 65,535 bytes each), not final. */
function storedBlocks(bytes: Buffer): Buffer[] {
  const blocks: Buffer[] = [];
  for (let at = 0; at < bytes.length || at === 0; at += 0xffff) {
    const chunk = bytes.subarray(at, at + 0xffff);
    const header = Buffer.alloc(5);
    // BFINAL 0, BTYPE 00 (stored), then LEN and its ones' complement, little-endian.
    header.writeUInt16LE(chunk.length, 1);
    header.writeUInt16LE(~chunk.length & 0xffff, 3);
    blocks.push(header, chunk);
    if (bytes.length === 0) break;
  }
  return blocks;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 as gzip wants it: zlib's own where Node has it (20.15 and later). */
function crc32(chunks: Buffer[]): number {
  const native = (zlib as unknown as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
  // (Node's answers 0 for an empty chunk, whatever the running value: skip those.)
  if (native) return chunks.reduce((crc, chunk) => (chunk.length > 0 ? native(chunk, crc) : crc), 0);
  let c = -1;
  for (const chunk of chunks) for (let i = 0; i < chunk.length; i++) c = CRC_TABLE[(c ^ chunk[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * The gzip body of `plain` (the whole uncompressed body, for the checksum),
 * whose fixed parts are `compressed` and whose changing bytes between them
 * are `between` (one fewer than the parts).
 */
export function gzipWith(compressed: GzipPieces, between: Buffer[], plain: Buffer[]): Buffer[] {
  // The pieces refer back by distance: a gap of another length would move what they point at.
  if (between.some((b) => b.length !== compressed.gapLength)) throw new Error('Every gap must be as long as when the pieces were compressed');
  const out: Buffer[] = [GZIP_HEADER];
  compressed.pieces.forEach((piece, i) => {
    out.push(piece, ...storedBlocks(between[i] ?? Buffer.alloc(0)));
  });
  out.push(compressed.last);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(plain), 0);
  trailer.writeUInt32LE(plain.reduce((n, c) => n + c.length, 0) % 2 ** 32, 4);
  out.push(trailer);
  return out;
}
