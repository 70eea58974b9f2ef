/**
 * Colour contrast as WCAG 2 defines it, for checking the map's colours
 * (lib/ knows nothing of the browser: plain functions of hex colours).
 */

/** `#rrggbb` → relative luminance (WCAG 2, sRGB). */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG 2.1 AA: graphical objects (1.4.11) need 3:1 against what is next to them, text (1.4.3) 4.5:1. */
export const AA_GRAPHICS = 3;
export const AA_TEXT = 4.5;
