import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import { publicEvent } from '@/app/_data/events';
import { OG_SIZE, ShareCard } from '@/components/og/ShareCard';
import { formatClockTime } from '@/lib/dates';
import { parseId } from '@/lib/ids';
import { formatEventDate } from '@/lib/lights/day';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Blue Lights';

/** The preview a social network shows for a shared event: its title, organisation, place, day and times. */
export default async function Image({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const eventId = parseId(id);
  const found = eventId === null ? undefined : await publicEvent(eventId, locale);
  const common = await getTranslations({ locale, namespace: 'Common' });
  if (!found) {
    return new ImageResponse(<ShareCard kicker={common('appName')} title={common('worldDay')} lines={[]} />, OG_SIZE);
  }
  const t = await getTranslations({ locale, namespace: 'events' });
  const { event } = found;
  const times = `${formatClockTime(new Date(event.startsAt), locale, event.timeZone)}–${formatClockTime(new Date(event.endsAt), locale, event.timeZone)}`;
  return new ImageResponse(
    <ShareCard
      kicker={`${common('appName')} · ${t(`kinds.${event.kind}`)}`}
      title={event.title}
      lines={[`${event.partner.name} · ${event.city.name}`, `${formatEventDate(event.day, locale)}, ${times}`]}
    />,
    OG_SIZE,
  );
}
