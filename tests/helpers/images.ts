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
