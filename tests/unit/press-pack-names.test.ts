import { describe, expect, it } from 'vitest';
import { safeFileStem, uniqueFileName } from '@/lib/exports/press-pack';

describe('press pack file names', () => {
  it('keep the city and building as typed, accents included, without what file systems refuse', () => {
    expect(safeFileStem('Liège - Prince-Bishops’ Palace')).toBe('Liège - Prince-Bishops’ Palace');
    expect(safeFileStem('Brussels - Tower: "A/B" <1>?*|\\')).toBe('Brussels - Tower A B 1');
    expect(safeFileStem('../../etc/passwd')).toBe('etc passwd');
    expect(safeFileStem('Ghent - Hall\u0000\u001b[31m')).toBe('Ghent - Hall [31m');
    expect(safeFileStem('...')).toBe('photo');
    expect([...safeFileStem('x'.repeat(500))]).toHaveLength(120);
  });

  it('lose the characters that make a name show in another order than it is written', () => {
    // `photo\u202Egpj.exe` shows as `photoexe.jpg` in a file manager.
    expect(safeFileStem('Ghent - photo\u202Egpj.exe')).toBe('Ghent - photo gpj.exe');
    for (const control of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C']) {
      expect(safeFileStem(`Liège${control}Palace`), control.codePointAt(0)!.toString(16)).toBe('Liège Palace');
    }
    // Right-to-left text itself stays.
    expect(safeFileStem('القاهرة - برج')).toBe('القاهرة - برج');
  });

  it('are unique, whatever the case', () => {
    const taken = new Set<string>();
    expect(uniqueFileName('Ghent - City Hall', 'jpg', taken)).toBe('Ghent - City Hall.jpg');
    expect(uniqueFileName('Ghent - City Hall', 'jpg', taken)).toBe('Ghent - City Hall (2).jpg');
    expect(uniqueFileName('GHENT - city hall', 'jpg', taken)).toBe('GHENT - city hall (3).jpg');
    expect(uniqueFileName('Bruges - Belfry', 'jpg', taken)).toBe('Bruges - Belfry.jpg');
  });
});
