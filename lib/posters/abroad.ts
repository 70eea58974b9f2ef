/**
 * What changes on a poster printed abroad, and the poster's file name.
 * Abroad is an embassy or consulate (wherever its city is) or any city outside
 * Belgium: there 078/055.800 cannot be dialled, so the hotline is printed in
 * its international form, and times name their zone.
 */
import type { BuildingKind } from '@/lib/constants';

/** The Belgian hotline 078/055.800 as dialled from another country. */
export const INTERNATIONAL_HOTLINE = '+32 78 05 58 00';

export function isAbroad(country: string, kinds: readonly BuildingKind[] = []): boolean {
  return country.toUpperCase() !== 'BE' || kinds.includes('embassy');
}

/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPECIAL: Record<string, string> = {
  ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L',
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'TH', ı: 'i', ŀ: 'l', Ŀ: 'L',
};

/**
 * A name as an ASCII file-name stem: accents dropped (é → e, ö → o, ç → c),
 * ß → ss, æ → ae, ø → o, anything else between words a single hyphen:
 * "Botschaft des Königreichs Belgien" → "botschaft-des-konigreichs-belgien".
 */
export function fileStem(name: string): string {
  return name
    .replace(/[ßẞæÆœŒøØłŁđĐðÐþÞıŀĿ]/g, (c) => SPECIAL[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}
