import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import '@/components/results/results.css';
import { cachedGallery } from '@/app/_data/results';
import { ClientMessages } from '@/app/_lib/client-messages';
import { enterLocale } from '@/app/_lib/locale';
import { Gallery, type GalleryItem } from '@/components/gallery/Gallery';
import { ByTheDay } from '@/components/results/ByTheDay';
import { Link } from '@/i18n/navigation';
import { parseYear } from '@/lib/ids';
import { dayTimeline } from '@/lib/lights/day';
import { cityName } from '@/lib/localized';
import { photoUrl } from '@/lib/photos/photos';

type Params = Promise<{ locale: string; year: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, year } = await params;
  const t = await getTranslations({ locale, namespace: 'Gallery' });
  return { title: t('title', { year }) };
}

/**
 * A published campaign's photos: the approved registrations' photos and the
 * night photos their coordinators agreed to publish, with building, city and
 * credit line, in a grid that opens a lightbox.
 */
export default async function PhotosPage({ params }: { params: Params }) {
  const { locale, year: raw } = await params;
  enterLocale(locale);
  const year = parseYear(raw);
  const view = year === null ? null : await cachedGallery(year);
  if (!view) notFound();
  const t = await getTranslations('Gallery');
  const items: GalleryItem[] = view.photos.map((p) => {
    const city = cityName(p.city, locale);
    return {
      key: `${p.illuminationId}-${p.role}`,
      url: photoUrl(p.name),
      alt: t(p.role === 'night' ? 'altNight' : 'altRegistration', { building: p.building, city }),
      building: p.building,
      city,
      credit: p.credit ? t('credit', { credit: p.credit }) : '',
      role: t(p.role === 'night' ? 'roleNight' : 'roleRegistration'),
    };
  });
  return (
    <ClientMessages namespaces={['Gallery']}>
      <main id="main" className="page gallery-page">
        <h1>{t('title', { year: view.campaign.year })}</h1>
        {items.length ? (
          <>
            <p>{t('intro', { count: items.length })}</p>
            <Gallery items={items} />
          </>
        ) : (
          // One sentence true for the moment: the photos come after the day; once it is over, there are none.
          <p data-testid="gallery-empty">
            <ByTheDay timeline={dayTimeline(view.campaign.eventDate, [])} before={t('empty')} after={t('none', { year: view.campaign.year })} />
          </p>
        )}
        <ul className="results-links">
          <li>
            <Link href={`/years/${view.campaign.year}/results`}>{t('resultsLink', { year: view.campaign.year })}</Link>
          </li>
          <li>
            <Link href={`/years/${view.campaign.year}`}>{t('mapLink', { year: view.campaign.year })}</Link>
          </li>
        </ul>
      </main>
    </ClientMessages>
  );
}
