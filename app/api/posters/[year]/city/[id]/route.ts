import 'server-only';
import { cityPosterPdf, posterRoute } from '@/app/_lib/posters';
import { cityPoster } from '@/lib/posters/data';

export const dynamic = 'force-dynamic';

/**
 * `GET /api/posters/{year}/city/{cityId}?size=A4|A3`: the poster of a city,
 * listing its approved buildings, in its poster languages, for its
 * coordinators and the organisers.
 */
export const GET = posterRoute(async (actor, year, id, size) => {
  const poster = await cityPoster(actor, year, id);
  return { pdf: await cityPosterPdf(poster, size), name: poster.city.name };
});
