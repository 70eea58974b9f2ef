import 'server-only';
import { buildingPosterPdf, posterRoute } from '@/app/_lib/posters';
import { buildingPoster } from '@/lib/posters/data';

export const dynamic = 'force-dynamic';

/**
 * `GET /api/posters/{year}/building/{buildingId}?size=A4|A3`: the poster of
 * a building's approved registration, in its city's poster languages, for
 * the city's coordinators and the organisers.
 */
export const GET = posterRoute(async (actor, year, id, size) => {
  const poster = await buildingPoster(actor, year, id);
  return { pdf: await buildingPosterPdf(poster, size), name: poster.light.name };
});
