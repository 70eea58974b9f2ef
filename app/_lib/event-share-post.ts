import 'server-only';
import { getTranslations } from 'next-intl/server';
import { env } from '@/lib/env';
import type { PublicEvent } from '@/lib/events/public-view';
import { formatEventDate } from '@/lib/lights/day';
import { localePath } from '@/lib/localized';
import { shareUrl, type SharePost } from '@/lib/share/links';

/** An event page's post: what, who, where and when, on the configured site's address, with the campaign's hashtags. */
export async function eventSharePost(event: PublicEvent, hashtags: readonly string[], locale: string): Promise<SharePost> {
  const t = await getTranslations({ locale, namespace: 'events' });
  return {
    url: shareUrl(env().siteUrl, localePath(`/events/${event.id}`, locale)),
    title: `${event.title}, ${event.city.name}`,
    text: t('share', { title: event.title, organisation: event.partner.name, city: event.city.name, date: formatEventDate(event.day, locale) }),
    hashtags,
  };
}
