import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import { publicBuilding } from '@/app/_data/public';
import { OG_SIZE, ShareCard } from '@/components/og/ShareCard';
import { parseId } from '@/lib/ids';
import { buildingName, cityName } from '@/lib/localized';
import { formatEventDate } from '@/lib/lights/day';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Blue Lights';

/** The preview a social network shows for a shared building: heart, name, city, lights-on time. */
export default async function Image({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const buildingId = parseId(id);
  const found = buildingId === null ? undefined : await publicBuilding(buildingId);
  const common = await getTranslations({ locale, namespace: 'Common' });
  if (!found) {
    return new ImageResponse(<ShareCard kicker={common('appName')} title={common('worldDay')} lines={[]} />, OG_SIZE);
  }
  const lights = await getTranslations({ locale, namespace: 'Lights' });
  const { light, campaign } = found;
  const on =
    light.lightsOn.mode === 'sunset'
      ? light.lightsOn.time
        ? lights('onAtSunset', { time: light.lightsOn.time })
        : lights('onAtSunsetUnknown')
      : lights('onAtTime', { time: light.lightsOn.time ?? '' });
  return new ImageResponse(
    <ShareCard
      kicker={`${common('appName')} · ${formatEventDate(campaign.eventDate, locale)}`}
      title={buildingName(light, locale)}
      lines={[cityName(light.city, locale), on]}
    />,
    OG_SIZE,
  );
}
