import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cachedPublicBuilding } from '@/app/_data/public';
import { LightTimes } from '@/components/lights/LightTimes';
import { Link } from '@/i18n/navigation';
import { parseId } from '@/lib/ids';
import { cityName } from '@/lib/localized';

type Params = Promise<{ locale: string; id: string }>;

async function load(id: string) {
  const buildingId = parseId(id);
  return buildingId === null ? undefined : cachedPublicBuilding(buildingId);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id, locale } = await params;
  const found = await load(id);
  if (!found) return {};
  return { title: `${found.light.name}, ${cityName(found.light.city, locale)}`, description: found.light.description };
}

export default async function BuildingPage({ params }: { params: Params }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const found = await load(id);
  if (!found) notFound();
  const t = await getTranslations('Building');
  const kinds = await getTranslations('Kinds');
  const { light, campaign, years } = found;
  const city = cityName(light.city, locale);
  return (
    <main id="main" className="page narrow building">
      <p>
        <Link href="/">← {t('backToMap')}</Link>
      </p>
      <h1>{light.name}</h1>
      <p className="building__city">
        {city}
        {light.city.province ? `, ${light.city.province}` : ''}
      </p>
      <dl className="facts">
        <dt>{t('kind')}</dt>
        <dd>{kinds(light.kind)}</dd>
        <dt>{t('address')}</dt>
        <dd>{light.address || t('notSet')}</dd>
        <dt>{t('campaign', { year: campaign.year })}</dt>
        <dd>
          <LightTimes light={light} />
        </dd>
        <dt>{t('years')}</dt>
        <dd>{years.join(', ')}</dd>
      </dl>
      {light.description ? (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">{t('about')}</h2>
          <p className="building__description">{light.description}</p>
        </section>
      ) : null}
    </main>
  );
}
