/**
 * The help centres as the public map page shows them: in the reader's
 * language (the city's own name for it), with a `tel:` address for the phone
 * and the position only when there is one. Pure: the map's own script and the
 * server both use it.
 */
import type { Locale } from '@/lib/constants';
import { cityName } from '@/lib/localized';

/** One centre on the public page; `lat`/`lng` null when it is listed, not mapped. */
export type PublicHelpCentre = {
  id: number;
  name: string;
  city: string;
  address: string;
  phone: string;
  /** The phone as a `tel:` link, or '' without a phone. */
  tel: string;
  website: string;
  /** The website as a link shows it: "www.payoke.be". */
  site: string;
  lat: number | null;
  lng: number | null;
};

/** A centre with a position, for the map. */
export type MappedHelpCentre = PublicHelpCentre & { lat: number; lng: number };

/** "02 511 64 64" → "tel:025116464", "+32 3 201 16 90" → "tel:+3232011690"; '' without digits. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits === '') return '';
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

type CentreRow = {
  id: number;
  name: string;
  address: string;
  phone: string;
  website: string;
  lat: number | null;
  lng: number | null;
  city: { name: string; names: Partial<Record<Locale, string>> };
};

/** The centres in the reader's language, by city (as the reader names it) then name. */
export function toPublicHelpCentres(rows: readonly CentreRow[], locale: string): PublicHelpCentre[] {
  const collator = new Intl.Collator(locale);
  return rows
    .map((r) => ({
      id: r.id,
      name: r.name,
      city: cityName(r.city, locale),
      address: r.address,
      phone: r.phone,
      tel: telHref(r.phone),
      website: r.website,
      site: websiteLabel(r.website),
      lat: r.lat !== null && r.lng !== null ? r.lat : null,
      lng: r.lat !== null && r.lng !== null ? r.lng : null,
    }))
    .sort((a, b) => collator.compare(a.city, b.city) || collator.compare(a.name, b.name));
}

/** Only the centres with a position: the map's layer. */
export function mappedCentres(centres: readonly PublicHelpCentre[]): MappedHelpCentre[] {
  return centres.filter((c): c is MappedHelpCentre => c.lat !== null && c.lng !== null);
}

/** "https://www.payoke.be/en/" → "www.payoke.be/en": what a link to a centre's website shows. */
export function websiteLabel(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}
