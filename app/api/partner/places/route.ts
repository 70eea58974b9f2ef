import 'server-only';
import { currentActor } from '@/app/_auth/current-actor';
import { GAZETTEER_QUERY_MAX, searchPlaces } from '@/lib/cities/gazetteer';
import { transportSecured } from '@/lib/http/transport-security';
import { canUsePartnerSpace } from '@/lib/permissions';

export const dynamic = 'force-dynamic';

/**
 * `GET /api/partner/places?q=leu`: places of the gazetteer whose name
 * matches, for the event form's city suggestions (partners and organisers).
 */
export const GET = transportSecured(async function GET(request: Request) {
  const actor = await currentActor();
  const headers = { 'Cache-Control': 'private, no-store' };
  if (!actor) return Response.json({ error: 'unauthenticated' }, { status: 401, headers });
  if (!canUsePartnerSpace(actor)) return Response.json({ error: 'forbidden' }, { status: 403, headers });
  const q = (new URL(request.url).searchParams.get('q') ?? '').slice(0, GAZETTEER_QUERY_MAX);
  const places = searchPlaces(q, { limit: 8 }).map(({ name, country, province, lat, lng }) => ({ name, country, province, lat, lng }));
  return Response.json({ places }, { headers });
});
