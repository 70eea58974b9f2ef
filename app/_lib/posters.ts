import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/constants';
import { env } from '@/lib/env';
import { formatEventDate } from '@/lib/lights/day';
import { buildingName, cityName } from '@/lib/localized';
import { currentActor } from '@/app/_auth/current-actor';
import { transportSecured } from '@/lib/http/transport-security';
import { parseId, parseYear } from '@/lib/ids';
import { ForbiddenError, type Actor } from '@/lib/permissions';
import { zoneInWords } from '@/lib/dates';
import { fileStem, INTERNATIONAL_HOTLINE, isAbroad } from '@/lib/posters/abroad';
import { POSTER_SIZES, renderPoster, type PosterSize, type PosterText } from '@/lib/posters/pdf';
import { PosterNotFoundError, type BuildingPoster, type CityPoster, type PosterLight } from '@/lib/posters/data';
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

type PosterWords = Awaited<ReturnType<typeof getTranslations<'Poster'>>>;

type TextsInput = {
  locales: Locale[];
  eventDate: string;
  headline: 'buildingHeadline' | 'cityHeadline';
  lightsOn: (t: PosterWords) => string;
  lightsOff?: (t: PosterWords) => string | undefined;
  /** Abroad, the zone the times are in, named in each language. */
  zone?: { timeZone: string; at: Date | null };
};

async function texts({ locales, eventDate, headline, lightsOn, lightsOff, zone }: TextsInput): Promise<PosterText[]> {
  return Promise.all(
    locales.map(async (locale) => {
      const t = await getTranslations({ locale, namespace: 'Poster' });
      const common = await getTranslations({ locale, namespace: 'Common' });
      return {
        locale,
        headline: t(headline),
        date: formatEventDate(eventDate, locale),
        lightsOn: lightsOn(t),
        lightsOff: lightsOff?.(t),
        zone: zone ? t('timesIn', { zone: zoneInWords(zone.timeZone, locale, zone.at ?? undefined) }) : undefined,
        worldDay: common('worldDay'),
        hotlineLabel: common('hotlineLabel'),
      };
    }),
  );
}

/** "21:37 – 01:00", or "21:37" when the lights-off is not known. */
const times = (light: PosterLight) => [light.lightsOn.time ?? '—', light.lightsOff].filter(Boolean).join(' – ');

const place = (city: { name: string; names: Partial<Record<Locale, string>>; country: string }, locale: Locale) =>
  city.country.toUpperCase() === 'BE' ? cityName(city, locale) : `${cityName(city, locale)}, ${countryName(city.country, locale)}`;

/** A building's name in each of the poster's languages, each once ("Hôtel de Ville de Bruxelles · Stadhuis van Brussel"). */
const namesIn = (light: PosterLight, locales: Locale[]) => [...new Set(locales.map((l) => buildingName(light, l)))].join(' · ');

export async function buildingPosterPdf(poster: BuildingPoster, size: PosterSize): Promise<Buffer> {
  const { campaign, city, light } = poster;
  const first = city.locales[0]!;
  const abroad = isAbroad(city.country, [light.kind]);
  const common = await getTranslations({ locale: first, namespace: 'Common' });
  return renderPoster({
    size,
    title: namesIn(light, city.locales),
    subtitle: [...new Set(city.locales.map((l) => place(city, l)))].join(' · '),
    texts: await texts({
      locales: city.locales,
      eventDate: campaign.eventDate,
      headline: 'buildingHeadline',
      lightsOn: (t) =>
        light.lightsOn.mode === 'sunset'
          ? light.lightsOn.time
            ? t('lightsOnSunset', { time: light.lightsOn.time })
            : t('lightsOnSunsetUnknown')
          : t('lightsOnAt', { time: light.lightsOn.time ?? '' }),
      lightsOff: (t) => (light.lightsOff ? t('lightsOff', { time: light.lightsOff }) : undefined),
      zone: abroad ? { timeZone: city.timeZone, at: light.onAt } : undefined,
    }),
    url: publicUrl(`/buildings/${light.buildingId}`),
    hotlineNumber: abroad ? INTERNATIONAL_HOTLINE : common('hotlineNumber'),
    website: common('hotlineWebsite'),
    documentTitle: `${namesIn(light, city.locales)} · Blue Lights ${campaign.year}`,
  });
}

export async function cityPosterPdf(poster: CityPoster, size: PosterSize): Promise<Buffer> {
  const { campaign, city, lights } = poster;
  const first = city.locales[0]!;
  const abroad = isAbroad(city.country, lights.map((l) => l.kind));
  // "from sunset" only when every building lights up at sunset; otherwise the list says each one's time.
  const allAtSunset = lights.every((l) => l.lightsOn.mode === 'sunset');
  const common = await getTranslations({ locale: first, namespace: 'Common' });
  const t = await getTranslations({ locale: first, namespace: 'Poster' });
  const title = [...new Set(city.locales.map((l) => cityName(city, l)))].join(' · ');
  return renderPoster({
    size,
    title,
    subtitle: city.country.toUpperCase() === 'BE' ? '' : countryName(city.country, first),
    texts: await texts({
      locales: city.locales,
      eventDate: campaign.eventDate,
      headline: 'cityHeadline',
      lightsOn: (tr) => tr(allAtSunset ? 'cityLightsOn' : 'cardBuildings', { count: lights.length }),
      zone: abroad ? { timeZone: city.timeZone, at: lights.find((l) => l.onAt)?.onAt ?? null } : undefined,
    }),
    buildings: lights.map((l) => ({ name: namesIn(l, city.locales), lightsOn: times(l) })),
    more: (count) => t('more', { count }),
    url: publicUrl(`/embed?city=${city.id}`),
    hotlineNumber: abroad ? INTERNATIONAL_HOTLINE : common('hotlineNumber'),
    website: common('hotlineWebsite'),
    documentTitle: `${title} · Blue Lights ${campaign.year}`,
  });
}

/** The PDF as a download named after what it shows: `poster-2026-brussels-town-hall-a4.pdf`. */
export function pdfResponse(body: Buffer, name: string): Response {
  const stem = fileStem(name);
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
