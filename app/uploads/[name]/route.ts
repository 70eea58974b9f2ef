import 'server-only';
import { currentActor } from '@/app/_auth/current-actor';
import { isPhotoName, mayViewPhoto, PHOTO_CONTENT_TYPE, photoAccess, readPhoto } from '@/lib/photos/photos';
import { logoAccess, mayViewLogo } from '@/lib/partners/logos';
import { transportSecured } from '@/lib/http/transport-security';
import { ifNoneMatchHits } from '@/lib/http/compression';

/**
 * A public photo may stop being public at any time: its coordinator withdraws
 * consent, the registration is withdrawn or rejected. So no cache keeps it
 * for more than five minutes without asking again; asking costs little (the
 * name never changes its content, so the ETag is the name, and an unchanged
 * public photo is a 304). A CDN in front should also purge the URL of a
 * withdrawn photo (see the README).
 */
const PUBLIC_PHOTO = 'public, max-age=300, s-maxage=300, must-revalidate';
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
 * A stored photo or logo. Photos of approved (public) registrations and the
 * partner organisations' public logos are served to everyone; the others only
 * to whoever may see the registration, or the organisation's pending logo
 * (its people, organisers), checked again here with lib/permissions. A name
 * nothing uses is a 404.
 */
export const GET = transportSecured(async function GET(request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const { name } = await params;
  if (!isPhotoName(name)) return notFound();
  const [photo, logo] = await Promise.all([photoAccess(name), logoAccess(name)]);
  const access = { public: photo.public || logo.public };
  if (!access.public && photo.uses.length === 0 && logo.pendingOf.length === 0) return notFound();
  // Only a private photo needs the session (a public one is served to all, and cacheable by all).
  if (!access.public) {
    const actor = await currentActor();
    const allowed = (photo.uses.length > 0 && (await mayViewPhoto(actor, name))) || (logo.pendingOf.length > 0 && (await mayViewLogo(actor, name)));
    if (!allowed) return refused(actor === null ? 401 : 403);
  }
  const bytes = readPhoto(name);
  if (!bytes) return notFound();
  const headers: Record<string, string> = {
    'Content-Type': PHOTO_CONTENT_TYPE,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': access.public ? PUBLIC_PHOTO : PRIVATE_PHOTO,
    // Never rendered as a document: no scripts, even if something slipped through.
    'Content-Security-Policy': "default-src 'none'; img-src 'self'; sandbox",
  };
  if (access.public) {
    // A stored name's bytes never change: the name is the version.
    headers.ETag = `"${name.replace(/\.[a-z]+$/, '')}"`;
    // Still public, and the cache's copy is this one: it may keep showing it.
    if (ifNoneMatchHits(request.headers.get('if-none-match'), headers.ETag)) return new Response(null, { status: 304, headers });
  }
  return new Response(new Uint8Array(bytes), { headers: { ...headers, 'Content-Length': String(bytes.length) } });
});
