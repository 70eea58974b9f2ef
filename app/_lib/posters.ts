import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/constants';
import { env } from '@/lib/env';
import { formatEventDate } from '@/lib/lights';
import { cityName } from '@/lib/localized';
import { currentActor } from '@/app/_auth/current-actor';
import { transportSecured } from '@/lib/http';
import { parseId, parseYear } from '@/lib/ids';
import { ForbiddenError, type Actor } from '@/lib/permissions';
import { POSTER_SIZES, PosterNotFoundError, renderPoster, type BuildingPoster, type CityPoster, type PosterSize, type PosterText } from '@/lib/posters';
import { countryName } from './press-sentence';

/** `A4` unless `a3` or `A3` is asked; null for anything else. */
export function posterSize(value: string | null): PosterSize | null {
  if (value === null || value === '') return 'A4';
  const upper = value.toUpperCase();
  return (POSTER_SIZES as readonly string[]).includes(upper) ? (upper as PosterSize) : null;
}

/** Addresses on posters come from the configured public address, never from the request. */
export function publicUrl(pathname: string): string {
  return new URL(pathname, env().siteUrl).toString();
}

async function texts(locales: Locale[], eventDate: string, lightsOn: (t: Awaited<ReturnType<typeof getTranslations<'Poster'>>>) => string, headline: 'buildingHeadline' | 'cityHeadline'): Promise<PosterText[]> {
  return Promise.all(
    locales.map(async (locale) => {
      const t = await getTranslations({ locale, namespace: 'Poster' });
      const common = await getTranslations({ locale, namespace: 'Common' });
      return {
        locale,
        headline: t(headline),
        date: formatEventDate(eventDate, locale),
        lightsOn: lightsOn(t),
        worldDay: common('worldDay'),
        hotlineLabel: common('hotlineLabel'),
      };
    }),
  );
}

const place = (city: { name: string; names: Partial<Record<Locale, string>>; country: string }, locale: Locale) =>
  city.country.toUpperCase() === 'BE' ? cityName(city, locale) : `${cityName(city, locale)}, ${countryName(city.country, locale)}`;

export async function buildingPosterPdf(poster: BuildingPoster, size: PosterSize): Promise<Buffer> {
  const { campaign, city, light } = poster;
  const first = city.locales[0]!;
  const common = await getTranslations({ locale: first, namespace: 'Common' });
  return renderPoster({
    size,
    title: light.name,
    subtitle: [...new Set(city.locales.map((l) => place(city, l)))].join(' · '),
    texts: await texts(
      city.locales,
      campaign.eventDate,
      (t) =>
        light.lightsOn.mode === 'sunset'
          ? light.lightsOn.time
            ? t('lightsOnSunset', { time: light.lightsOn.time })
            : t('lightsOnSunsetUnknown')
          : t('lightsOnAt', { time: light.lightsOn.time ?? '' }),
      'buildingHeadline',
    ),
    url: publicUrl(`/buildings/${light.buildingId}`),
    hotlineNumber: common('hotlineNumber'),
    website: common('hotlineWebsite'),
    documentTitle: `${light.name} · Blue Lights ${campaign.year}`,
  });
}

export async function cityPosterPdf(poster: CityPoster, size: PosterSize): Promise<Buffer> {
  const { campaign, city, lights } = poster;
  const first = city.locales[0]!;
  const common = await getTranslations({ locale: first, namespace: 'Common' });
  const t = await getTranslations({ locale: first, namespace: 'Poster' });
  const title = [...new Set(city.locales.map((l) => cityName(city, l)))].join(' · ');
  return renderPoster({
    size,
    title,
    subtitle: city.country.toUpperCase() === 'BE' ? '' : countryName(city.country, first),
    texts: await texts(city.locales, campaign.eventDate, (tr) => tr('cityLightsOn', { count: lights.length }), 'cityHeadline'),
    buildings: lights.map((l) => ({ name: l.name, lightsOn: l.lightsOn.time ?? '—' })),
    more: (count) => t('more', { count }),
    url: publicUrl(`/embed?city=${city.id}`),
    hotlineNumber: common('hotlineNumber'),
    website: common('hotlineWebsite'),
    documentTitle: `${title} · Blue Lights ${campaign.year}`,
  });
}

/** The PDF as a download named after what it shows: `poster-2026-brussels-town-hall-a4.pdf`. */
export function pdfResponse(body: Buffer, name: string): Response {
  const stem = name
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${stem || 'poster'}.pdf"`,
      'Content-Length': String(body.length),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

function problem(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * A poster route handler (`/api/posters/{year}/{kind}/{id}?size=A4|A3`):
 * the acting user, the year, id and size read from the request, then the
 * poster made by `make`, whose domain function checks the right itself.
 */
export function posterRoute(make: (actor: NonNullable<Actor>, year: number, id: number, size: PosterSize) => Promise<{ pdf: Buffer; name: string }>) {
  return transportSecured(async function GET(request: Request, { params }: { params: Promise<{ year: string; id: string }> }) {
    const actor = await currentActor();
    if (!actor) return problem(401, 'unauthenticated');
    const { year: rawYear, id: rawId } = await params;
    const year = parseYear(rawYear);
    const id = parseId(rawId);
    const size = posterSize(new URL(request.url).searchParams.get('size'));
    if (year === null || id === null) return problem(404, 'not_found');
    if (size === null) return problem(400, 'invalid');
    try {
      const { pdf, name } = await make(actor, year, id, size);
      return pdfResponse(pdf, `poster-${year}-${name}-${size}`);
    } catch (error) {
      if (error instanceof PosterNotFoundError) return problem(404, 'not_found');
      if (error instanceof ForbiddenError) return problem(403, 'forbidden');
      throw error;
    }
  });
}
