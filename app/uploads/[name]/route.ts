import 'server-only';
import { currentActor } from '@/app/_auth/current-actor';
import { isPhotoName, mayViewPhoto, PHOTO_CONTENT_TYPE, photoAccess, readPhoto } from '@/lib/photos';
import { transportSecured } from '@/lib/http';

/** Photo names are random and their content never changes: a public one is cached for a year, by anyone. */
const PUBLIC_PHOTO = 'public, max-age=31536000, immutable';
/**
 * A photo awaiting review is kept by no cache, not even the browser's: who
 * may see it can change (a coordinator removed from the city, a user signed
 * out on a shared computer), and a cached copy would outlive that.
 */
const PRIVATE_PHOTO = 'private, no-store';

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' } });
}

/** Names are random (128 bits), so saying that one exists but is not for this user gives nothing away. */
function refused(status: 401 | 403): Response {
  return new Response(status === 401 ? 'Please sign in.' : 'Forbidden', {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' },
  });
}

/**
 * A stored photo. Photos of approved (public) registrations are served to
 * everyone; the others only to whoever may see the registration, checked
 * again here with lib/permissions. A name no registration uses is a 404.
 */
export const GET = transportSecured(async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const { name } = await params;
  if (!isPhotoName(name)) return notFound();
  const access = await photoAccess(name);
  if (!access.public && access.uses.length === 0) return notFound();
  // Only a private photo needs the session (a public one is served to all, and cacheable by all).
  if (!access.public) {
    const actor = await currentActor();
    if (!(await mayViewPhoto(actor, name))) return refused(actor === null ? 401 : 403);
  }
  const bytes = readPhoto(name);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': PHOTO_CONTENT_TYPE,
      'Content-Length': String(bytes.length),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': access.public ? PUBLIC_PHOTO : PRIVATE_PHOTO,
      // Never rendered as a document: no scripts, even if something slipped through.
      'Content-Security-Policy': "default-src 'none'; img-src 'self'; sandbox",
    },
  });
});
