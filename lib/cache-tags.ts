/** Cache tags of public data. A write revalidates the tag of what it changed. */
export const CAMPAIGNS_TAG = 'campaigns';
/** Any building's public facts (name, place, description). */
export const BUILDINGS_TAG = 'buildings';

export function lightsTag(year: number): string {
  return `lights-${year}`;
}
