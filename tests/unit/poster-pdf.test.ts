import { describe, expect, it } from 'vitest';
import { renderPoster, type PosterSpec, type PosterText } from '@/lib/posters';
import { pdfInfo, pdfQrCode, pdfText } from '../helpers/pdf';

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
    expect(words).toContain('Gebäude 1 · 21:30');
    const more = Number(words.match(/en nog (\d+)/)?.[1]);
    expect(more).toBeGreaterThan(0);
    // Every building is either listed or counted in "and N more".
    const listed = new Set(words.match(/Gebäude \d+/g)).size;
    expect(listed + more).toBe(200);
  });
});
