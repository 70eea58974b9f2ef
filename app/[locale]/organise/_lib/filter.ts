import 'server-only';
import { listCampaigns } from '@/lib/campaigns/campaigns';
import { listCities } from '@/lib/cities/cities';
import { cityName } from '@/lib/localized';
import { exportScope, type Actor } from '@/lib/permissions';
import { exportFilterSchema, filterInput, type ExportFilter } from '@/lib/validation/exports';
import type { FilterOptions } from '@/components/organise/RegistrationFilter';
import { provinceNamer } from './names';
import type { SearchParams } from './page-props';

/**
 * The filter a page shows. Without any `year` in the URL it is the latest
 * campaign's; `year=` (empty) is every year. Invalid values are dropped
 * rather than failing the page; the export routes refuse them instead.
 */
export async function pageFilter(actor: NonNullable<Actor>, search: SearchParams, locale: string): Promise<{ filter: ExportFilter; options: FilterOptions }> {
  const [campaigns, allCities] = await Promise.all([listCampaigns(actor), listCities()]);
  const input = filterInput(search);
  const parsed = exportFilterSchema.safeParse(input);
  let filter: ExportFilter = parsed.success ? parsed.data : {};
  if (!parsed.success) {
    for (const key of Object.keys(input) as (keyof ExportFilter)[]) {
      const one = exportFilterSchema.shape[key].safeParse(input[key]);
      if (one.success && one.data !== undefined) filter = { ...filter, [key]: one.data };
    }
  }
  if (!('year' in search) && campaigns[0]) filter = { ...filter, year: campaigns[0].year };
  const scope = exportScope(actor);
  const cities = scope.kind === 'all' ? allCities : allCities.filter((c) => scope.kind === 'cities' && scope.cityIds.includes(c.id));
  const province = await provinceNamer(locale);
  const provinces = [...new Set(cities.map((c) => c.province))].sort().map((p) => ({ value: p, label: province(p) }));
  return {
    filter,
    options: {
      years: campaigns.map((c) => c.year),
      cities: cities.map((c) => ({ id: c.id, name: cityName(c, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale)),
      provinces,
    },
  };
}
