import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AA_GRAPHICS, AA_TEXT, contrastRatio } from '@/lib/colors';
import { initialTheme, THEME_COLOURS, type MapTheme } from '@/components/map/map-theme';

const THEMES: MapTheme[] = ['light', 'dark'];

describe('contrast ratio', () => {
  it('follows WCAG 2: black on white is 21, a colour on itself 1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0b5cd5', '#0b5cd5')).toBe(1);
    // A pair published with its ratio: #767676 on white is the lightest grey for AA text.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe.each(THEMES)('the %s map', (theme) => {
  const c = THEME_COLOURS[theme];
  const grounds = { background: c.background, Belgium: c.belgium.fill, neighbours: c.neighbours.fill };

  it.each(Object.entries(grounds))('draws a heart that stands out on the %s with AA contrast', (_, ground) => {
    // The heart is seen by its fill or by its outline, whichever stands out more.
    const best = Math.max(contrastRatio(c.heart.fill, ground), contrastRatio(c.heart.stroke, ground));
    expect(best).toBeGreaterThanOrEqual(AA_GRAPHICS);
  });

  it('shows the heart inside its own outline', () => {
    expect(contrastRatio(c.heart.fill, c.heart.stroke)).toBeGreaterThanOrEqual(AA_GRAPHICS);
  });

  it.each(Object.entries(grounds))('draws clusters readable on the %s, their numbers as AA text', (_, ground) => {
    expect(contrastRatio(c.cluster.text, c.cluster.fill)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(Math.max(contrastRatio(c.cluster.fill, ground), contrastRatio(c.cluster.ring, ground))).toBeGreaterThanOrEqual(AA_GRAPHICS);
  });

  it('draws its hearts from an image in those very colours', () => {
    const svg = fs.readFileSync(path.join(process.cwd(), 'public', c.heart.file), 'utf8');
    expect(svg).toContain(`fill="${c.heart.fill}"`);
    expect(svg).toContain(`stroke="${c.heart.stroke}"`);
  });
});

describe('the theme a visitor gets', () => {
  it("is their own choice if they made one, else their system's", () => {
    expect(initialTheme(null, true)).toBe('dark');
    expect(initialTheme(null, false)).toBe('light');
    expect(initialTheme('light', true)).toBe('light');
    expect(initialTheme('dark', false)).toBe('dark');
    expect(initialTheme('purple', true)).toBe('dark');
  });
});
