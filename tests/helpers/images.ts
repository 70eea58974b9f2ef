import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** A JPEG with camera and GPS EXIF data, as a phone would upload it. */
export function jpegWithGps({ width = 3000, height = 1500 } = {}): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#1f4fa3' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'AcmePhone', Model: 'Secret Camera 9', Copyright: 'Jane Doe' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 50/1 48/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 21/1 8/1' },
    })
    .toBuffer();
}

export function pngImage({ width = 400, height = 300 } = {}): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 0, g: 80, b: 200, alpha: 0.5 } } }).png().toBuffer();
}

/** A File as a browser sends it in a form. */
export function fileOf(bytes: Buffer | string, name: string, type: string): File {
  return new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name, { type });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A valid black-and-white PNG of `width` × `height` pixels that is only a few
 * kilobytes on the wire (a decompression bomb when large), written by hand so
 * that making it takes no memory.
 */
export function bilevelPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8); // 1 bit per pixel, greyscale, deflate, no filter, no interlace
  // Each row: filter byte 0, then one bit per pixel, all zero.
  const rows = Buffer.alloc(height * (1 + Math.ceil(width / 8)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
