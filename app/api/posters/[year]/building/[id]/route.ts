import 'server-only';
import { currentActor } from '@/app/_auth/current-actor';
import { buildingPosterPdf, pdfResponse, posterSize } from '@/app/_lib/posters';
import { transportSecured } from '@/lib/http';
import { parseId, parseYear } from '@/lib/ids';
import { ForbiddenError } from '@/lib/permissions';
import { buildingPoster, PosterNotFoundError } from '@/lib/posters';

export const dynamic = 'force-dynamic';

function problem(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * `GET /api/posters/{year}/building/{buildingId}?size=A4|A3`: the poster of
 * a building's approved registration, in its city's poster languages, for
 * the city's coordinators and the organisers.
 */
export const GET = transportSecured(async function GET(request: Request, { params }: { params: Promise<{ year: string; id: string }> }) {
  const actor = await currentActor();
  if (!actor) return problem(401, 'unauthenticated');
  const { year: rawYear, id: rawId } = await params;
  const year = parseYear(rawYear);
  const id = parseId(rawId);
  const size = posterSize(new URL(request.url).searchParams.get('size'));
  if (year === null || id === null) return problem(404, 'not_found');
  if (size === null) return problem(400, 'invalid');
  try {
    const poster = await buildingPoster(actor, year, id);
    return pdfResponse(await buildingPosterPdf(poster, size), `poster-${year}-${poster.light.name}-${size}`);
  } catch (error) {
    if (error instanceof PosterNotFoundError) return problem(404, 'not_found');
    if (error instanceof ForbiddenError) return problem(403, 'forbidden');
    throw error;
  }
});
