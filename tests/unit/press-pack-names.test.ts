import { describe, expect, it } from 'vitest';
import { safeFileStem, uniqueFileName } from '@/lib/exports';

describe('press pack file names', () => {
  it('keep the city and building as typed, accents included, without what file systems refuse', () => {
    expect(safeFileStem('Liège - Prince-Bishops’ Palace')).toBe('Liège - Prince-Bishops’ Palace');
    expect(safeFileStem('Brussels - Tower: "A/B" <1>?*|\\')).toBe('Brussels - Tower A B 1');
    expect(safeFileStem('../../etc/passwd')).toBe('etc passwd');
    expect(safeFileStem('Ghent - Hall\u0000\u001b[31m')).toBe('Ghent - Hall [31m');
    expect(safeFileStem('...')).toBe('photo');
    expect([...safeFileStem('x'.repeat(500))]).toHaveLength(120);
  });

  it('are unique, whatever the case', () => {
    const taken = new Set<string>();
    expect(uniqueFileName('Ghent - City Hall', 'jpg', taken)).toBe('Ghent - City Hall.jpg');
    expect(uniqueFileName('Ghent - City Hall', 'jpg', taken)).toBe('Ghent - City Hall (2).jpg');
    expect(uniqueFileName('GHENT - city hall', 'jpg', taken)).toBe('GHENT - city hall (3).jpg');
    expect(uniqueFileName('Bruges - Belfry', 'jpg', taken)).toBe('Bruges - Belfry.jpg');
  });
});
