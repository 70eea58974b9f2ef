import 'server-only';
import { getTranslations } from 'next-intl/server';
import { provinceNamer } from '@/app/[locale]/organise/_lib/names';
import { BUILDING_KINDS, ILLUMINATION_STATUSES, LIGHTS_ON_MODES, type Locale } from '@/lib/constants';
import { REGISTRATION_COLUMNS, type ExportWords, type RegistrationColumnName } from '@/lib/exports/formats';

/** The words of the people's export (XLSX) in `locale`: headings, kinds, statuses, lights-on modes, provinces. */
export async function exportWords(locale: Locale): Promise<ExportWords> {
  const columns = await getTranslations({ locale, namespace: 'ExportColumns' });
  const kinds = await getTranslations({ locale, namespace: 'Kinds' });
  const statuses = await getTranslations({ locale, namespace: 'Exports.statuses' });
  return {
    locale,
    sheet: columns('sheet'),
    headers: Object.fromEntries(REGISTRATION_COLUMNS.map((c) => [c.header, columns(`headers.${c.header}`)])) as Record<RegistrationColumnName, string>,
    kinds: Object.fromEntries(BUILDING_KINDS.map((k) => [k, kinds(k)])) as ExportWords['kinds'],
    statuses: Object.fromEntries(ILLUMINATION_STATUSES.map((s) => [s, statuses(s)])) as ExportWords['statuses'],
    lightsOnModes: Object.fromEntries(LIGHTS_ON_MODES.map((m) => [m, columns(`modes.${m}`)])) as ExportWords['lightsOnModes'],
    province: await provinceNamer(locale),
  };
}
