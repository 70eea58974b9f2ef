import { checkHealth } from '@/lib/health';

export const dynamic = 'force-dynamic';

/** For uptime monitors: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
