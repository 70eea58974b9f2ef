import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OrganiseNav } from '@/components/organise/OrganiseNav';
import { PreviewMapLoader } from '@/components/organise/PreviewMapLoader';
import { listCampaigns } from '@/lib/campaigns/campaigns';
import { env } from '@/lib/env';
import { cityName, languageName } from '@/lib/localized';
import { canReview } from '@/lib/permissions';
import { photoUrl } from '@/lib/photos/photos';
import { listReviewQueue } from '@/lib/review/queue';
import { listEventReviewQueue } from '@/lib/events/review-queue';
import { parseYear } from '@/lib/ids';
import { requireRight, signedInActor } from '@/app/_auth/guard';
import { provinceNamer } from '../_lib/names';
import { DigestForm, ReviewForm, type ReviewRow } from './forms';
import { EventReviewForm } from './event-forms';
import { eventReviewRows } from './event-rows';
import { DEFAULT_TIME_ZONE, LOCALES } from '@/lib/constants';
import { formatDateTime } from '@/lib/dates';
import { ClientMessages } from '@/app/_lib/client-messages';
import { SelectField } from '@/components/forms/Field';
import { Link } from '@/i18n/navigation';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Review' });
  return { title: t('title') };
}

export default async function ReviewPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ year?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await signedInActor(locale, '/organise/review');
  const t = await getTranslations('Review');
  requireRight(canReview(actor));
  const { year: yearParam } = await searchParams;
  const year = yearParam ? (parseYear(yearParam) ?? undefined) : undefined;
  const [queue, eventQueue, campaigns] = await Promise.all([listReviewQueue(actor, { year }), listEventReviewQueue(actor, { year }), listCampaigns(actor)]);
  const eventRows = await eventReviewRows(eventQueue, locale);
  const kinds = await getTranslations('Kinds');
  const province = await provinceNamer(locale);
  const { TILE_URL, TILE_ATTRIBUTION } = env();

  const rows: ReviewRow[] = queue.map((q) => {
    const changes: string[] = [];
    if (q.approved) {
      const a = q.approved;
      if (a.name !== q.building.name) changes.push(t('changedName', { before: a.name }));
      for (const l of LOCALES) {
        const before = a.names?.[l] ?? '';
        if (before !== (q.building.names[l] ?? '')) changes.push(t('changedOtherName', { language: languageName(l, locale), before: before || '—' }));
      }
      if (a.address !== q.building.address) changes.push(t('changedAddress', { before: a.address }));
      if (a.lat !== q.building.lat || a.lng !== q.building.lng) changes.push(t('changedPlace'));
      if (a.kind !== q.building.kind) changes.push(t('changedKind', { before: kinds(a.kind) }));
      if (a.description !== q.building.description) changes.push(t('changedDescription'));
      if (a.lightsOnMode !== q.lightsOnMode || a.lightsOnTime !== q.lightsOnTime || a.lightsOffTime !== q.lightsOffTime) changes.push(t('changedTimes'));
      if (a.photo !== q.photo) changes.push(t('changedPhoto'));
    }
    return {
      id: q.id,
      year: q.year,
      name: q.building.name,
      otherNames: LOCALES.flatMap((l) => (q.building.names[l] ? [{ lang: l, language: languageName(l, locale), name: q.building.names[l] }] : [])),
      kind: kinds(q.building.kind),
      address: q.building.address,
      description: q.building.description,
      lat: q.building.lat,
      lng: q.building.lng,
      city: cityName(q.city, locale),
      province: province(q.city.province),
      lightsOn: q.lightsOnMode === 'sunset' ? t('atSunset') : (q.lightsOnTime ?? '—'),
      lightsOff: q.lightsOffTime ?? '—',
      photoUrl: q.photo ? photoUrl(q.photo) : null,
      submittedBy: q.submittedBy ? (q.submittedBy.name ?? q.submittedBy.email) : null,
      updatedAt: formatDateTime(q.updatedAt, locale, DEFAULT_TIME_ZONE, 'medium'),
      isEdit: q.approved !== null,
      needsPlacing: q.building.needsPlacing,
      far: q.far ? t(q.far.reason === 'distance' ? 'farFromCity' : 'acrossBorder', { km: q.far.km, city: cityName(q.city, locale) }) : null,
      changes,
      version: q.version,
    };
  });

  // Approvals in an unpublished campaign do not reach the public map: the campaigns this page is about
  // (the one chosen, those in the queue) are named if they are not published, with the way to publish.
  const shownYears = new Set([...(year ? [year] : []), ...rows.map((r) => r.year), ...eventRows.map((r) => r.year)]);
  const unpublished = campaigns.filter((c) => shownYears.has(c.year) && !c.published);

  return (
    <ClientMessages namespaces={['Review', 'MapControls']}>
      <main id="main" className="page">
        <h1>{t('title')}</h1>
        <OrganiseNav current="review" />
        <form method="get" className="filter-form">
          <SelectField
            name="year"
            id="review-year"
            label={t('year')}
            defaultValue={year ? String(year) : ''}
            options={[{ value: '', label: t('allYears') }, ...campaigns.map((c) => ({ value: c.year, label: c.year }))]}
          />
          <button type="submit" className="button secondary">
            {t('show')}
          </button>
        </form>
        <p className="muted">{t('events.yearNote')}</p>
        <p role="status">
          {/* "Nothing is waiting" is only said when nothing is; with events waiting, the buildings are named. */}
          {rows.length === 0 && eventRows.length > 0 ? t('events.noRegistrations') : t('waiting', { count: rows.length })} {t('events.waiting', { count: eventRows.length })}
        </p>
        {unpublished.length ? (
          <div className="warning" role="note" data-testid="unpublished-note">
            {unpublished.map((c) => (
              <p key={c.id}>
                {t('unpublishedNote', { year: c.year })}{' '}
                <Link href={`/organise/campaigns?edit=${c.year}#campaign-${c.year}`}>{t('publishLink', { year: c.year })}</Link>
              </p>
            ))}
          </div>
        ) : null}
        {rows.length ? (
          <PreviewMapLoader
            points={rows.map((r) => ({ id: r.id, lat: r.lat, lng: r.lng, title: `${r.name}, ${r.city}` }))}
            tileUrl={TILE_URL}
            tileAttribution={TILE_ATTRIBUTION}
            label={t('mapLabel')}
          />
        ) : null}
        <ReviewForm rows={rows} />
        {/* Partners' events, reviewed beside the buildings: the same version check, each decided on its own. */}
        <section aria-labelledby="events-heading" className="event-review">
          <h2 id="events-heading">{t('events.heading')}</h2>
          {/* The count stands in the page's status line above; an empty section still says so. */}
          {eventRows.length === 0 ? <p>{t('events.waiting', { count: 0 })}</p> : null}
          {eventRows.length ? (
            <PreviewMapLoader
              points={eventRows.map((r) => ({ id: r.id, lat: r.lat, lng: r.lng, title: `${r.title}, ${r.city}` }))}
              tileUrl={TILE_URL}
              tileAttribution={TILE_ATTRIBUTION}
              label={t('events.mapLabel')}
            />
          ) : null}
          <EventReviewForm rows={eventRows} />
        </section>
        <section aria-labelledby="digest-heading" className="card">
          <h2 id="digest-heading">{t('digestHeading')}</h2>
          <p>{t('digestHelp')}</p>
          <DigestForm />
        </section>
      </main>
    </ClientMessages>
  );
}
