import { describe, expect, it } from 'vitest';
import { fileStem, INTERNATIONAL_HOTLINE, isAbroad } from '@/lib/posters/abroad';

describe('poster file names', () => {
  it('transliterate accents and special letters instead of breaking words', () => {
    expect(fileStem('Botschaft des Königreichs Belgien')).toBe('botschaft-des-konigreichs-belgien');
    expect(fileStem('Liège Prince-Bishops’ Palace')).toBe('liege-prince-bishops-palace');
    expect(fileStem('Hôtel de Ville de Bruxelles')).toBe('hotel-de-ville-de-bruxelles');
    expect(fileStem('Straße der Einheit')).toBe('strasse-der-einheit');
    expect(fileStem('Øresund Æblegård Œuvre Łódź')).toBe('oresund-aeblegard-oeuvre-lodz');
    expect(fileStem('Façade — «Genève»')).toBe('facade-geneve');
    expect(fileStem('ﬁrst ½')).toBe('first-1-2');
  });

  it('keep nothing but ASCII letters, digits and single hyphens', () => {
    expect(fileStem('  ---東京 Embassy!! ')).toBe('embassy');
    expect(fileStem('東京')).toBe('');
  });
});

describe('posters abroad', () => {
  it('are those of embassies and consulates, and of every city outside Belgium', () => {
    expect(isAbroad('BE', ['town_hall', 'monument'])).toBe(false);
    expect(isAbroad('be')).toBe(false);
    expect(isAbroad('JP', ['embassy'])).toBe(true);
    expect(isAbroad('JP')).toBe(true);
    expect(isAbroad('BE', ['town_hall', 'embassy'])).toBe(true);
  });

  it('print the hotline as it is dialled from another country', () => {
    expect(INTERNATIONAL_HOTLINE).toBe('+32 78 05 58 00');
  });
});
