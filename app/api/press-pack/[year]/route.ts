import 'server-only';
import { getTranslations } from 'next-intl/server';
import { currentActor } from '@/app/_auth/current-actor';
import { resultsSentences } from '@/app/_lib/press-sentence';
import { LOCALES, type Locale } from '@/lib/constants';
import { PressPackNotFoundError, pressPack } from '@/lib/exports/press-pack';
import { transportSecured } from '@/lib/http/transport-security';
import { parseYear } from '@/lib/ids';
import { canDownloadPressPack } from '@/lib/permissions';
import { campaignResults } from '@/lib/results/read';
import { eventFigures } from '@/lib/events/figures';
import { listOpenEvents } from '@/lib/events/open-data';

export const dynamic = 'force-dynamic';

function problem(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * `GET /api/press-pack/{year}?lang=fr`: the campaign's press pack as a ZIP
 * (photos, credits, the list as CSV and XLSX, the press sentence), for
 * organisers. The file names and the credits are in `lang` (English by
 * default); the sentence is in every language.
 */
export const GET = transportSecured(async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const actor = await currentActor();
  if (!actor) return problem(401, 'unauthenticated');
  if (!canDownloadPressPack(actor)) return problem(403, 'forbidden');
  const { year: raw } = await params;
  const year = parseYear(raw);
  if (year === null) return problem(404, 'not_found');
  const lang = new URL(request.url).searchParams.get('lang') ?? 'en';
  if (!(LOCALES as readonly string[]).includes(lang)) return problem(400, 'invalid');
  const locale = lang as Locale;

  const results = await campaignResults(year);
  const t = await getTranslations({ locale, namespace: 'PressPack' });
  const languages = await getTranslations({ locale, namespace: 'Press.languages' });
  const events = results ? eventFigures(await listOpenEvents(results.campaign.id)) : undefined;
  const sentences = results ? await resultsSentences(results.campaign.eventDate, results.figures, events) : null;
  const e = await getTranslations({ locale, namespace: 'results.events' });
  const p = await getTranslations({ locale, namespace: 'partnersPage' });
  try {
    const pack = await pressPack(actor, year, locale, {
      creditsHeading: t('creditsHeading', { year }),
      roles: { registration: t('roleRegistration'), night: t('roleNight') },
      noCredit: t('noCredit'),
      sentences: sentences ?? (Object.fromEntries(LOCALES.map((l) => [l, t('notPublished')])) as Record<Locale, string>),
      languages: Object.fromEntries(LOCALES.map((l) => [l, languages(l)])) as Record<Locale, string>,
      partnersHeading: p('title', { year }),
      partnersColumns: { name: e('organisation'), website: p('website'), events: e('events') },
    });
    return new Response(new Uint8Array(pack.body), {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="${pack.fileName}"`,
        'Content-Length': String(pack.body.length),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
        'X-Press-Pack-Photos': String(pack.photos),
      },
    });
  } catch (error) {
    if (error instanceof PressPackNotFoundError) return problem(404, 'not_found');
    throw error;
  }
});
