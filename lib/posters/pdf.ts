/**
 * Posters as PDF (pdfkit): the Blue Heart, the building or city, the date and
 * the lights-on time in each of the poster's languages, a QR code to the
 * public page, the hotline and its website. Fonts are DejaVu Sans, embedded
 * (subset) from the `dejavu-fonts-ttf` package, so that every accent of
 * French, Dutch and German, and the names of places abroad, print as typed.
 * The QR code is drawn as vector squares: sharp at A3 as at A4.
 */
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Locale } from '@/lib/constants';

export const POSTER_SIZES = ['A4', 'A3'] as const;
export type PosterSize = (typeof POSTER_SIZES)[number];

/** What the poster says in one language (already translated and formatted). */
export type PosterText = {
  locale: Locale;
  /** "lights up blue against human trafficking". */
  headline: string;
  /** "Thursday 30 July 2026". */
  date: string;
  /** "Lights on at sunset (21:37)"; for a city poster, its buildings' common phrase. */
  lightsOn: string;
  /** "Lights off at 01:00", when known (a building poster). */
  lightsOff?: string;
  /** "Times in Japan Standard Time": printed abroad, where the zone is not the reader's obvious one. */
  zone?: string;
  /** "World Day against Trafficking in Persons". */
  worldDay: string;
  /** "Victim or witness of human trafficking? Call". */
  hotlineLabel: string;
};

export type PosterSpec = {
  size: PosterSize;
  /** The building's name, or the city's. */
  title: string;
  /** The city (and country), under the title. */
  subtitle: string;
  /** One block per language, in the poster's order. */
  texts: PosterText[];
  /** A city poster lists its buildings: name and lights-on time. */
  buildings?: { name: string; lightsOn: string }[];
  /** "and 12 more", for the buildings that do not fit. */
  more?: (count: number) => string;
  /** Where the QR code leads (the public page), printed beneath it too. */
  url: string;
  hotlineNumber: string;
  website: string;
  /** Document title (PDF metadata). */
  documentTitle: string;
};

const BLUE_900 = '#0b2a5b';
const BLUE_700 = '#0b3d91';
const HEART_BLUE = '#3d8bff';
const INK = '#14213d';
/** The Blue Heart, as drawn by the share cards (components/og/ShareCard.tsx), in a 32 × 30 box. */
const HEART = 'M16 28.5 3.6 16.4C.2 13 .2 7.6 3.6 4.3a8.2 8.2 0 0 1 11.6 0l.8.8.8-.8a8.2 8.2 0 0 1 11.6 0c3.4 3.3 3.4 8.7 0 12.1z';

const fontDir = () => path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts() {
  fonts ??= { regular: fs.readFileSync(path.join(fontDir(), 'DejaVuSans.ttf')), bold: fs.readFileSync(path.join(fontDir(), 'DejaVuSans-Bold.ttf')) };
  return fonts;
}

type Doc = InstanceType<typeof PDFDocument>;

/** The largest font size (down to `min`) at which `text` fits `width` in at most `lines` lines. */
function fitSize(doc: Doc, text: string, width: number, start: number, min: number, lines: number): number {
  for (let size = start; size > min; size -= 1) {
    doc.fontSize(size);
    if (doc.heightOfString(text, { width }) <= doc.currentLineHeight(true) * lines + 0.5) return size;
  }
  return min;
}

function drawHeart(doc: Doc, x: number, y: number, width: number) {
  const scale = width / 32;
  doc.save().translate(x, y).scale(scale).path(HEART).lineWidth(1.2).lineJoin('round').fillAndStroke(HEART_BLUE, '#ffffff').restore();
}

function drawQr(doc: Doc, url: string, x: number, y: number, size: number) {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  // Four modules of quiet zone around the code, white whatever is behind it.
  const cell = size / (n + 8);
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (qr.modules.get(row, col)) doc.rect(x + (col + 4) * cell, y + (row + 4) * cell, cell + 0.01, cell + 0.01);
    }
  }
  doc.fill('#000000');
}

const MAX_SCALE = 1.8;
const MIN_SCALE = 1;

type MiddleBox = { s: number; m: number; inner: number; top: number; room: number; gaps: number; draw: boolean };

/**
 * Draws (or, with `draw: false`, only measures) the middle of the poster at
 * scale `s`: the title, the subtitle, one block per language, and a city's
 * buildings as one list, each with its own times. `gaps` is extra room put
 * between the parts. A list too long for the page ends with "and N more".
 */
function drawMiddle(doc: Doc, spec: PosterSpec, box: MiddleBox): { height: number } {
  const { s, m, inner, draw } = box;
  const text = (value: string, x: number, y: number, options: PDFKit.Mixins.TextOptions) => {
    if (draw) doc.text(value, x, y, options);
    return y + doc.heightOfString(value, options);
  };
  let y = box.top;
  doc.fillColor(BLUE_900).font('Sans-Bold');
  // One line when it can be read from afar on one; two otherwise.
  const oneLine = fitSize(doc, spec.title, inner, 40 * s, 26 * s, 1);
  doc.fontSize(doc.heightOfString(spec.title, { width: inner }) <= doc.currentLineHeight(true) + 0.5 ? oneLine : fitSize(doc, spec.title, inner, 40 * s, 18 * s, 2));
  y = text(spec.title, m, y, { width: inner, align: 'center' });
  if (spec.subtitle) {
    doc.fillColor(INK).font('Sans').fontSize(18 * s);
    y = text(spec.subtitle, m, y + 4 * s, { width: inner, align: 'center' });
  }
  y += 18 * s + box.gaps;

  // One block per language: two columns when there are several.
  const columns = spec.texts.length > 1 ? 2 : 1;
  const gap = 20 * s;
  const colWidth = (inner - gap * (columns - 1)) / columns;
  let rowTop = y;
  let rowBottom = y;
  spec.texts.forEach((t, i) => {
    const col = i % columns;
    if (col === 0 && i > 0) rowTop = rowBottom + 14 * s;
    const x = m + col * (colWidth + gap);
    const options = { width: colWidth, align: columns === 1 ? 'center' : 'left' } as const;
    doc.fillColor(BLUE_700).font('Sans-Bold').fontSize(16 * s);
    let ty = text(t.headline, x, rowTop, options);
    doc.fillColor(INK).font('Sans').fontSize(14 * s);
    ty = text(t.date, x, ty + 4 * s, options);
    doc.font('Sans-Bold');
    ty = text(t.lightsOn, x, ty + 2 * s, options);
    doc.font('Sans');
    if (t.lightsOff) ty = text(t.lightsOff, x, ty + 2 * s, options);
    if (t.zone) {
      doc.fontSize(11 * s);
      ty = text(t.zone, x, ty + 2 * s, options);
    }
    rowBottom = Math.max(rowBottom, ty);
  });
  y = rowBottom;

  // A city's buildings: one list, each with its own times.
  const list = spec.buildings ?? [];
  if (list.length) {
    y += 18 * s + box.gaps;
    doc.font('Sans').fontSize(13 * s);
    const lineHeight = doc.currentLineHeight(true) + 6 * s;
    const fitRows = Math.max(1, Math.floor((box.top + box.room - y) / lineHeight));
    const listColumns = list.length > Math.max(10, fitRows) ? 2 : 1;
    const capacity = draw ? fitRows * listColumns : Infinity;
    const shown = list.length > capacity ? list.slice(0, Math.max(0, capacity - 1)) : list;
    const rows: { name: string; times: string }[] = shown.map((b) => ({ name: b.name, times: b.lightsOn }));
    if (shown.length < list.length && spec.more) rows.push({ name: spec.more(list.length - shown.length), times: '' });
    const perColumn = Math.ceil(rows.length / listColumns);
    const listWidth = listColumns === 1 ? Math.min(inner, 420 * s) : (inner - gap) / 2;
    const left = listColumns === 1 ? m + (inner - listWidth) / 2 : m;
    doc.fontSize(13 * s);
    const timesWidth = Math.max(...rows.map((r) => doc.font('Sans-Bold').widthOfString(r.times)));
    if (draw) {
      rows.forEach((r, i) => {
        const col = Math.floor(i / perColumn);
        const x = left + col * (listWidth + gap);
        const ry = y + (i % perColumn) * lineHeight;
        doc.moveTo(x, ry - 3 * s).lineTo(x + listWidth, ry - 3 * s).lineWidth(0.5).stroke('#c5d3ea');
        doc.fillColor(INK).font('Sans').text(r.name, x, ry, { width: listWidth - timesWidth - 10 * s, lineBreak: false, ellipsis: true, height: lineHeight });
        if (r.times) doc.fillColor(BLUE_900).font('Sans-Bold').text(r.times, x + listWidth - timesWidth, ry, { width: timesWidth, align: 'right', lineBreak: false });
      });
    }
    y += perColumn * lineHeight;
  }
  return { height: y - box.top };
}

/** Renders a poster; resolves with the PDF's bytes. */
export function renderPoster(spec: PosterSpec): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: spec.size,
    margin: 0,
    font: undefined,
    lang: spec.texts[0]?.locale ?? 'en',
    displayTitle: true,
    info: { Title: spec.documentTitle, Author: 'Blue Lights', Subject: spec.texts[0]?.worldDay ?? '' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('Sans', regular);
  doc.registerFont('Sans-Bold', bold);

  const W = doc.page.width;
  const H = doc.page.height;
  const s = W / 595.28;
  const m = 40 * s;
  const inner = W - 2 * m;

  // The band with the Blue Heart and the day.
  const band = 210 * s;
  doc.rect(0, 0, W, band).fill(BLUE_900);
  const heart = 96 * s;
  drawHeart(doc, (W - heart) / 2, 26 * s, heart);
  doc.fillColor('#ffffff').font('Sans-Bold').fontSize(15 * s);
  const dayLine = [...new Set(spec.texts.map((t) => t.worldDay))].join(' · ');
  doc.text(dayLine, m, 26 * s + heart * (30 / 32) + 14 * s, { width: inner, align: 'center' });

  // The bottom: QR code and address on the left, the hotline on the right.
  const qr = 150 * s;
  const footer = 28 * s;
  const bottomTop = H - footer - qr - 40 * s;

  // The middle (name, sentences per language, list of buildings) as large as
  // the page allows, the room left shared out between its parts.
  const top = band + 20 * s;
  const room = bottomTop - 20 * s - top;
  let k = MIN_SCALE;
  for (let tryK = MAX_SCALE; tryK > MIN_SCALE; tryK -= 0.05) {
    if (drawMiddle(doc, spec, { s: s * tryK, m, inner, top, room, gaps: 0, draw: false }).height <= room) {
      k = tryK;
      break;
    }
  }
  const measured = drawMiddle(doc, spec, { s: s * k, m, inner, top, room, gaps: 0, draw: false });
  const slack = Math.max(0, room - measured.height);
  drawMiddle(doc, spec, { s: s * k, m, inner, top: top + slack / 6, room, gaps: slack / 3, draw: true });

  drawQr(doc, spec.url, m, bottomTop, qr);
  doc.fillColor(INK).font('Sans').fontSize(9 * s).text(spec.url, m, bottomTop + qr + 4 * s, { width: qr + 120 * s, lineBreak: false, ellipsis: true });

  const hx = m + qr + 24 * s;
  const hw = W - m - hx;
  let hy = bottomTop + 6 * s;
  for (const label of [...new Set(spec.texts.map((t) => t.hotlineLabel))]) {
    doc.fillColor(INK).font('Sans').fontSize(13 * s).text(label, hx, hy, { width: hw });
    hy = doc.y + 2 * s;
  }
  doc.fillColor(BLUE_900).font('Sans-Bold').fontSize(30 * s).text(spec.hotlineNumber, hx, hy + 4 * s, { width: hw });
  doc.fillColor(BLUE_700).font('Sans-Bold').fontSize(16 * s).text(spec.website, hx, doc.y + 4 * s, { width: hw });

  doc.rect(0, H - footer, W, footer).fill(BLUE_900);
  doc.end();
  return done;
}
