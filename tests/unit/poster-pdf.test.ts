import { describe, expect, it } from 'vitest';
import { renderPoster, type PosterSpec, type PosterText } from '@/lib/posters/pdf';
import fs from 'node:fs';
import path from 'node:path';
import { pdfFirstPage, pdfInfo, pdfQrCode, pdfText } from '../helpers/pdf';

const text = (locale: PosterText['locale'], headline: string, date: string, lightsOn: string): PosterText => ({
  locale,
  headline,
  date,
  lightsOn,
  worldDay: locale === 'fr' ? 'Journée mondiale de lutte contre la traite d’êtres humains' : 'Werelddag tegen mensenhandel',
  hotlineLabel: locale === 'fr' ? 'Victime ou témoin de traite ? Appelez le' : 'Slachtoffer of getuige van mensenhandel? Bel',
});

const spec = (over: Partial<PosterSpec> = {}): PosterSpec => ({
  size: 'A4',
  title: 'Hôtel de Ville de Bruxelles',
  subtitle: 'Bruxelles · Brussel',
  texts: [
    text('fr', 's’illumine en bleu contre la traite des êtres humains', 'jeudi 30 juillet 2026', 'Allumage au coucher du soleil (21:37)'),
    text('nl', 'kleurt blauw tegen mensenhandel', 'donderdag 30 juli 2026', 'Lichten aan bij zonsondergang (21:37)'),
  ],
  url: 'https://bluelights.example.org/buildings/12',
  hotlineNumber: '078/055.800',
  website: 'www.stophumantrafficking.be',
  documentTitle: 'Hôtel de Ville · Blue Lights 2026',
  ...over,
});

describe('posters', () => {
  it('print the building, the day and time in each language with every accent, the hotline and its website', async () => {
    const pdf = await renderPoster(spec());
    const words = pdfText(pdf).replace(/\s+/g, ' ');
    for (const expected of [
      'Hôtel de Ville de Bruxelles',
      'Bruxelles · Brussel',
      's’illumine en bleu contre la traite des êtres humains',
      'jeudi 30 juillet 2026',
      'Allumage au coucher du soleil (21:37)',
      'kleurt blauw tegen mensenhandel',
      'donderdag 30 juli 2026',
      '078/055.800',
      'www.stophumantrafficking.be',
      'https://bluelights.example.org/buildings/12',
    ]) {
      expect(words).toContain(expected);
    }
    expect(pdfInfo(pdf)).toMatchObject({ pages: 1, title: 'Hôtel de Ville · Blue Lights 2026' });
  });

  it('carry a QR code that leads to the public page, at A4 and at A3', async () => {
    const a4 = await renderPoster(spec());
    const a3 = await renderPoster(spec({ size: 'A3', url: 'https://bluelights.example.org/embed?city=4' }));
    expect(await pdfQrCode(a4)).toBe('https://bluelights.example.org/buildings/12');
    expect(await pdfQrCode(a3)).toBe('https://bluelights.example.org/embed?city=4');
    // A4 is 595 × 842 points, A3 842 × 1191.
    expect(pdfInfo(a4)).toMatchObject({ widthPt: 595.28, heightPt: 841.89 });
    expect(pdfInfo(a3)).toMatchObject({ widthPt: 841.89, heightPt: 1190.55 });
  });

  it('lists a city’s buildings on one page, saying how many more did not fit', async () => {
    const buildings = Array.from({ length: 200 }, (_, i) => ({ name: `Gebäude ${i + 1}`, lightsOn: '21:3' + (i % 10) }));
    const pdf = await renderPoster(spec({ title: 'Gent', subtitle: '', texts: [spec().texts[1]!], buildings, more: (n) => `en nog ${n}` }));
    const words = pdfText(pdf).replace(/\s+/g, ' ');
    expect(pdfInfo(pdf).pages).toBe(1);
    expect(words).toMatch(/Gebäude 1 21:30/);
    const more = Number(words.match(/en nog (\d+)/)?.[1]);
    expect(more).toBeGreaterThan(0);
    // Every building is either listed or counted in "and N more".
    const listed = new Set(words.match(/Gebäude \d+/g)).size;
    expect(listed + more).toBe(200);
  });

  it('print the lights-off time, and abroad the zone the times are in', async () => {
    const texts = spec().texts.map((t) => ({ ...t, lightsOff: t.locale === 'fr' ? 'Extinction à 01:00' : 'Lichten uit om 01:00', zone: t.locale === 'fr' ? 'Heures : heure normale du Japon' : 'Tijden: Japanse standaardtijd' }));
    const words = pdfText(await renderPoster(spec({ texts, hotlineNumber: '+32 78 05 58 00' }))).replace(/\s+/g, ' ');
    for (const expected of ['Extinction à 01:00', 'Lichten uit om 01:00', 'Heures : heure normale du Japon', 'Tijden: Japanse standaardtijd', '+32 78 05 58 00']) {
      expect(words).toContain(expected);
    }
  });

  it('list a city’s buildings once, each with its own times, whatever the number of languages', async () => {
    const buildings = [
      { name: 'Brussels Town Hall', lightsOn: '21:37 – 01:00' },
      { name: 'Egmont Palace', lightsOn: '21:37 – 23:59' },
      { name: 'European Parliament', lightsOn: '21:00 – 00:30' },
    ];
    const words = pdfText(await renderPoster(spec({ title: 'Bruxelles · Brussel', subtitle: '', buildings }))).replace(/\s+/g, ' ');
    for (const b of buildings) {
      expect(words.split(b.name).length - 1).toBe(1);
      expect(words).toContain(`${b.name} ${b.lightsOn}`);
    }
  });

  // The rows of pixels between the blue band and the QR code that are all white:
  // a long run of them is a part of the page the poster leaves empty.
  async function longestBlankShare(pdf: Buffer): Promise<number> {
    const page = await pdfFirstPage(pdf, 40);
    const { data, width, height } = page;
    const from = Math.round(height * 0.26);
    const to = Math.round(height * 0.7);
    let longest = 0;
    let run = 0;
    for (let y = from; y < to; y++) {
      let blank = true;
      for (let x = 0; x < width && blank; x++) {
        const i = (y * width + x) * 4;
        if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) blank = false;
      }
      run = blank ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest / height;
  }

  it('fill the page, for one building as for eight', async () => {
    const eight = ['Brussels Town Hall', 'Egmont Palace', 'European Parliament', 'Royal Palace', 'Palace of Justice', 'Atomium', 'Cinquantenaire Arcade', 'Bourse'].map((name, i) => ({ name, lightsOn: i === 2 ? '21:00 – 00:30' : '21:37 – 01:00' }));
    for (const pdf of [
      await renderPoster(spec()),
      await renderPoster(spec({ title: 'Gent', subtitle: '', texts: [spec().texts[1]!], buildings: eight.slice(0, 1) })),
      await renderPoster(spec({ title: 'Bruxelles · Brussel', subtitle: '', buildings: eight })),
      await renderPoster(spec({ size: 'A3', title: 'Bruxelles · Brussel', subtitle: '', buildings: eight })),
    ]) {
      expect(await longestBlankShare(pdf)).toBeLessThan(0.1);
    }
    const cityTexts = [
      text('fr', 's’illumine en bleu contre la traite des êtres humains', 'jeudi 30 juillet 2026', '8 bâtiments s’illuminent en bleu'),
      text('nl', 'kleurt blauw tegen mensenhandel', 'donderdag 30 juli 2026', '8 gebouwen kleuren blauw'),
    ];
    const city = await pdfFirstPage(await renderPoster(spec({ title: 'Bruxelles · Brussel', subtitle: '', texts: cityTexts, buildings: eight, url: 'https://bluelights.example.org/embed?city=1' })), 60);
    fs.mkdirSync(path.join(process.cwd(), 'docs', 'screenshots'), { recursive: true });
    fs.writeFileSync(path.join(process.cwd(), 'docs', 'screenshots', 'poster-city.png'), city.png);
  });
});
