import 'server-only';
import { getTranslations } from 'next-intl/server';
import { auditChanges, auditReason } from '@/lib/audit/changes';
import { type AuditPage, type AuditRow } from '@/lib/audit/view';
import { DEFAULT_TIME_ZONE, LOCALE_NAMES, type Locale } from '@/lib/constants';
import { formatCalendarDate, formatDateTime } from '@/lib/dates';
import { cityName } from '@/lib/localized';

export type AuditLine = { sentence: string; changes: { field: string; before: string; after: string }[] };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Builds, in the reader's language, each entry's sentence ("Olivia Organiser
 * rejected Royal Palace (Brussels, 2027): reason") and its changed fields as
 * "field: before → after" in words. Names come from the log's lookups; ids
 * are never shown.
 */
export async function auditWords(locale: string, log: AuditPage) {
  const t = await getTranslations('OrganiseAudit');
  const statuses = await getTranslations('Exports.statuses');
  const kinds = await getTranslations('Kinds');
  const partnerKinds = await getTranslations('partners.kinds');
  const roles = await getTranslations('Roles');

  const fieldName = (field: string) => {
    const [base, lang] = field.split('.') as [string, string | undefined];
    if (lang) return t.has(`fields.${base}`) ? `${t(`fields.${base}`)} (${LOCALE_NAMES[lang as Locale] ?? lang})` : field;
    return t.has(`fields.${base}`) ? t(`fields.${base}`) : field;
  };

  const value = (field: string, v: unknown, entity?: string): string => {
    if (v === null || v === undefined || v === '') return t('none');
    // A partner organisation's kind (NGO, company…), not a building's.
    if (field === 'kind' && entity === 'partner' && typeof v === 'string' && partnerKinds.has(v)) return partnerKinds(v as never);
    if (typeof v === 'boolean') return v ? t('yes') : t('no');
    if (field === 'status' && typeof v === 'string' && statuses.has(v)) return statuses(v as never);
    if (field === 'kind' && typeof v === 'string' && kinds.has(v)) return kinds(v as never);
    if (field === 'role' && typeof v === 'string' && roles.has(v)) return roles(v as never);
    if (field === 'lightsOnMode') return v === 'sunset' ? t('atSunset') : t('atTime');
    if ((field === 'locale' || field === 'posterLocales') && (typeof v === 'string' || Array.isArray(v))) return [v].flat().map((l) => LOCALE_NAMES[l as Locale] ?? String(l)).join(', ');
    if (field === 'cityIds' && Array.isArray(v)) return v.map((id) => (log.cities[id] ? cityName(log.cities[id], locale) : t('unknownCity'))).join(', ') || t('none');
    if (Array.isArray(v)) return v.map(String).join(', ');
    if (typeof v === 'string' && ISO_INSTANT.test(v)) return formatDateTime(new Date(v), locale, DEFAULT_TIME_ZONE);
    if (typeof v === 'string' && ISO_DATE.test(v)) return formatCalendarDate(v, locale);
    if (typeof v === 'string') return `“${v}”`;
    if (typeof v === 'number') return new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(v);
    return t('changed');
  };

  const line = (r: AuditRow): AuditLine => {
    const actor = r.actor ? r.actor.name || r.actor.email : t('system');
    const { building, city, year, person } = r.subject;
    const cityText = city ? cityName(city, locale) : undefined;
    const place = [cityText, year].filter(Boolean).join(', ');
    const subject = building ? (place ? `${building} (${place})` : building) : (cityText ?? (year ? String(year) : t('unknownSubject')));
    const key = `sentence.${r.action.replace(/\./g, '_')}`;
    const values = { actor, subject, year: year ?? '', person: person ?? t('unknownPerson'), reason: auditReason(r.after) ?? t('none'), action: r.action };
    const sentence = t.has(key) ? t(key, values) : t('sentence.other', values);
    const changes = auditChanges(r.before, r.after).map((c) => ({ field: fieldName(c.field), before: value(c.field.split('.')[0]!, c.before, r.entity), after: value(c.field.split('.')[0]!, c.after, r.entity) }));
    return { sentence, changes };
  };

  /** A filter choice's label: an action or entity in words where known. */
  const actionLabel = (a: string) => (t.has(`actions.${a.replace(/\./g, '_')}`) ? t(`actions.${a.replace(/\./g, '_')}`) : a);
  const entityLabel = (e: string) => (t.has(`entities.${e}`) ? t(`entities.${e}`) : e);
  return { line, actionLabel, entityLabel };
}
