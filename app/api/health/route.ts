import { checkHealth } from '@/lib/health';
import { transportSecured } from '@/lib/http/transport-security';

export const dynamic = 'force-dynamic';

/** For uptime monitors: 200 when the database answers, 503 when it does not. */
export const GET = transportSecured(async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
});
