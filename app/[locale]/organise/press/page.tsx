import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OrganiseNav } from '@/components/organise/OrganiseNav';
import { RegistrationFilter } from '@/components/organise/RegistrationFilter';
import { LOCALES, type Locale } from '@/lib/constants';
import { recordExport } from '@/lib/exports/download';
import { pressList } from '@/lib/exports/press';
import { listExportRows } from '@/lib/exports/registrations';
import { exportScope, isOrganiser } from '@/lib/permissions';
import { formattingLocale } from '@/lib/lights/day';
import { requireRight, signedInActor } from '@/app/_auth/guard';
import { pageFilter } from '../_lib/filter';
import { provinceNamer } from '../_lib/names';
import { PrintButton } from './PrintButton';
import { SelectField } from '@/components/forms/Field';
import type { SearchPageProps } from '../_lib/page-props';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Press' });
  return { title: t('title') };
}

export default async function PressPage({ params, searchParams }: SearchPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, '/organise/press');
  const t = await getTranslations('Press');
  requireRight(exportScope(actor).kind !== 'public');
  const search = await searchParams;
  // A press list is about the buildings that light up: the approved ones, as the public map shows
  // them, whatever status the registrations page was filtered by.
  const { filter: chosen, options } = await pageFilter(actor, search, locale);
  const filter = { ...chosen, status: 'approved' as const };
  const langParam = typeof search.lang === 'string' ? search.lang : '';
  const lang: Locale = (LOCALES as readonly string[]).includes(langParam) ? (langParam as Locale) : (locale as Locale);

  const rows = await listExportRows(actor, filter, { publicVersion: true });
  recordExport(actor, 'press', filter, rows, { lang });
  // The list itself is in the chosen language, whatever the console's language.
  const p = await getTranslations({ locale: lang, namespace: 'Press' });
  const kinds = await getTranslations({ locale: lang, namespace: 'Kinds' });
  const province = await provinceNamer(lang);
  const list = pressList(rows, lang, province);
  const dayMonth = list.eventDate
    ? new Intl.DateTimeFormat(formattingLocale(lang), { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${list.eventDate}T12:00:00Z`))
    : null;
  const cityPhrases = list.provinces.flatMap((pr) => pr.cities).sort((a, b) => a.name.localeCompare(b.name, lang)).map((c) => p('cityPhrase', { city: c.name, buildings: c.buildings.map((b) => b.name).join(', ') }));
  const sentence = dayMonth
    ? p('sentence', { date: dayMonth, buildings: list.buildings, cities: list.cities, list: new Intl.ListFormat(formattingLocale(lang), { type: 'conjunction' }).format(cityPhrases) })
    : null;

  const languages = await getTranslations('Press.languages');
  return (
    <main id="main" className="page">
      <div className="no-print">
        <h1>{t('title')}</h1>
        {isOrganiser(actor) ? <OrganiseNav current="press" /> : null}
        <p>{t('approvedOnly')}</p>
        <RegistrationFilter
          filter={filter}
          options={options}
          withStatus={false}
          extra={
            <SelectField name="lang" id="press-lang" label={t('language')} defaultValue={lang} options={LOCALES.map((l) => ({ value: l, label: languages(l), lang: l }))} />
          }
        />
        <PrintButton label={t('print')} />
        {isOrganiser(actor) && filter.year !== undefined ? (
          <p>
            <a href={`/api/press-pack/${filter.year}?lang=${lang}`} download>
              {t('pressPack', { year: filter.year })}
            </a>{' '}
            <span className="field__hint">{t('pressPackHint')}</span>
          </p>
        ) : null}
      </div>
      <article className="press-list" lang={lang} aria-labelledby="press-heading">
        <h1 id="press-heading">{list.year ? p('heading', { year: list.year }) : p('headingAnyYear')}</h1>
        {sentence ? (
          <p className="press-sentence" data-testid="press-sentence">
            {sentence}
          </p>
        ) : (
          <p className="no-print">{t('chooseYear')}</p>
        )}
        {list.provinces.map((pr) => (
          <section key={pr.province} aria-labelledby={`province-${pr.key}`}>
            <h2 id={`province-${pr.key}`}>{pr.name}</h2>
            {pr.cities.map((c) => (
              <div key={c.id} className="city">
                <h3>{c.name}</h3>
                <ul>
                  {c.buildings.map((b) => (
                    <li key={b.id}>
                      <strong>{b.name}</strong> — {kinds(b.kind)}
                      {b.address ? `, ${b.address}` : ''}
                      {b.lightsOn ? ` · ${p('lightsOn', { time: b.lightsOn })}` : ''}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))}
        <p className="muted">{p('footer')}</p>
      </article>
    </main>
  );
}
