import 'server-only';
import type { Campaign } from '@/db/schema';
import { listCities } from '@/lib/cities/cities';
import { eventDateWindow } from '@/lib/events/write';
import { countryOptions } from '@/lib/requests/countries';
import { mapTiles } from './shared';

/** What every event form needs besides its values: known cities, countries, the date window, the map's tiles. */
export async function eventFormProps(campaign: Campaign, locale: string) {
  const cities = await listCities();
  return {
    campaignId: campaign.id,
    knownCities: cities.map((c) => ({ name: c.names[locale as never] || c.name, country: c.country, province: c.province, lat: c.lat, lng: c.lng })),
    countries: countryOptions(locale),
    window: eventDateWindow(campaign),
    ...mapTiles(),
  };
}
