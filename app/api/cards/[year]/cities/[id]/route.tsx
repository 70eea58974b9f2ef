import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import { cachedLights } from '@/app/_data/public';
import { OG_SIZE, ShareCard } from '@/components/og/ShareCard';
import { LOCALES, type Locale } from '@/lib/constants';
import { transportSecured } from '@/lib/http/transport-security';
import { parseId, parseYear } from '@/lib/ids';
import { formatEventDate } from '@/lib/lights/day';
import { cityName } from '@/lib/localized';

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/**
 * `GET /api/cards/{year}/cities/{cityId}?lang=fr`: a city's social card
 * (1200×630 PNG), like a building's share image: heart, city, how many of
 * its buildings light up blue, the date. Public data only (a published
 * campaign's approved buildings), so anyone, a social network too, may fetch it.
 */
export const GET = transportSecured(async function GET(request: Request, { params }: { params: Promise<{ year: string; id: string }> }) {
  const { year: rawYear, id: rawId } = await params;
  const year = parseYear(rawYear);
  const cityId = parseId(rawId);
  const lang = new URL(request.url).searchParams.get('lang') ?? 'en';
  if (year === null || cityId === null || !(LOCALES as readonly string[]).includes(lang)) return notFound();
  const locale = lang as Locale;
  const data = await cachedLights(year);
  const lights = data?.lights.filter((l) => l.city.id === cityId) ?? [];
  if (!data || lights.length === 0) return notFound();
  const common = await getTranslations({ locale, namespace: 'Common' });
  const t = await getTranslations({ locale, namespace: 'Poster' });
  const city = lights[0]!.city;
  const image = new ImageResponse(
    <ShareCard
      kicker={`${common('appName')} · ${formatEventDate(data.campaign.eventDate, locale)}`}
      title={cityName(city, locale)}
      lines={[t('cardBuildings', { count: lights.length }), common('worldDay')]}
    />,
    OG_SIZE,
  );
  image.headers.set('Cache-Control', 'public, max-age=300');
  return image;
});
