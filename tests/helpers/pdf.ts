/**
 * Reads a PDF back as a person would: its text (poppler's pdftotext) and the
 * QR codes on its first page, rendered to pixels (poppler's pdftoppm) and
 * decoded by jsQR. Poppler is Debian's `poppler-utils` (installed by .ci/run).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';

function withFile<T>(pdf: Uint8Array, read: (file: string, dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-pdf-'));
  try {
    const file = path.join(dir, 'in.pdf');
    fs.writeFileSync(file, pdf);
    return read(file, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of every page, in reading order, as pdftotext lays it out. */
export function pdfText(pdf: Uint8Array): string {
  return withFile(pdf, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

/** Page size and count, from pdfinfo. */
export function pdfInfo(pdf: Uint8Array): { pages: number; widthPt: number; heightPt: number; title: string } {
  const out = withFile(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  const size = out.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/)!;
  return { pages: Number(out.match(/Pages:\s+(\d+)/)![1]), widthPt: Number(size[1]), heightPt: Number(size[2]), title: out.match(/Title:\s+(.*)/)?.[1]?.trim() ?? '' };
}

/** The first page as RGBA pixels at `dpi`. */
export async function pdfFirstPage(pdf: Uint8Array, dpi = 100): Promise<{ data: Uint8ClampedArray; width: number; height: number; png: Buffer }> {
  const png = withFile(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', '-png', '-singlefile', file, path.join(dir, 'page')]);
    return fs.readFileSync(path.join(dir, 'page.png'));
  });
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height, png };
}

/** The text of the QR code on the first page, or null when none can be read. */
export async function pdfQrCode(pdf: Uint8Array, dpi = 100): Promise<string | null> {
  const page = await pdfFirstPage(pdf, dpi);
  return jsQR(page.data, page.width, page.height)?.data ?? null;
}
