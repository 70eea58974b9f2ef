import 'server-only';
import { getTranslations } from 'next-intl/server';
import { provinceNamer } from '@/app/[locale]/organise/_lib/names';
import { BUILDING_KINDS, ILLUMINATION_STATUSES, LIGHTS_ON_MODES, type Locale } from '@/lib/constants';
import { languageOfColumn, REGISTRATION_COLUMNS, type ExportWords, type RegistrationColumnName } from '@/lib/exports/formats';
import { languageName } from '@/lib/localized';

/** A column's heading: its own words, or for a name per language "Name in Dutch". */
function heading(columns: Awaited<ReturnType<typeof getTranslations<'ExportColumns'>>>, header: string, locale: Locale): string {
  const language = languageOfColumn(header);
  return language ? columns('nameIn', { language: languageName(language, locale) }) : columns(`headers.${header}` as never);
}

/** The words of the people's export (XLSX) in `locale`: headings, kinds, statuses, lights-on modes, provinces. */
export async function exportWords(locale: Locale): Promise<ExportWords> {
  const columns = await getTranslations({ locale, namespace: 'ExportColumns' });
  const kinds = await getTranslations({ locale, namespace: 'Kinds' });
  const statuses = await getTranslations({ locale, namespace: 'Exports.statuses' });
  return {
    locale,
    sheet: columns('sheet'),
    headers: Object.fromEntries(REGISTRATION_COLUMNS.map((c) => [c.header, heading(columns, c.header, locale)])) as Record<RegistrationColumnName, string>,
    kinds: Object.fromEntries(BUILDING_KINDS.map((k) => [k, kinds(k)])) as ExportWords['kinds'],
    statuses: Object.fromEntries(ILLUMINATION_STATUSES.map((s) => [s, statuses(s)])) as ExportWords['statuses'],
    lightsOnModes: Object.fromEntries(LIGHTS_ON_MODES.map((m) => [m, columns(`modes.${m}`)])) as ExportWords['lightsOnModes'],
    province: await provinceNamer(locale),
  };
}
