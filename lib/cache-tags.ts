/** Cache tags of public data. A write revalidates the tag of what it changed. */
export const CAMPAIGNS_TAG = 'campaigns';
/** Any building's public facts (name, place, description). */
export const BUILDINGS_TAG = 'buildings';
/** Revalidated by every write the public may see, for views that draw on everything (a building's years). */
export const PUBLIC_TAG = 'public';

export function lightsTag(year: number): string {
  return `lights-${year}`;
}
