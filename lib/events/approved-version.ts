import type { EventApprovedVersion } from '@/lib/constants';
import type { PartnerEvent } from '@/db/schema';

/** What the public will see of an event: its details as they stand when an organiser approves it. */
export function approvedEventVersionOf(
  event: Pick<
    PartnerEvent,
    'title' | 'titles' | 'description' | 'descriptions' | 'kind' | 'cityId' | 'address' | 'lat' | 'lng' | 'startsAt' | 'endsAt' | 'timeZone' | 'link' | 'accessibility'
  >,
): EventApprovedVersion {
  return {
    title: event.title,
    titles: { ...event.titles },
    description: event.description,
    descriptions: { ...event.descriptions },
    kind: event.kind,
    cityId: event.cityId,
    address: event.address,
    lat: event.lat,
    lng: event.lng,
    startsAt: event.startsAt.getTime(),
    endsAt: event.endsAt.getTime(),
    timeZone: event.timeZone,
    link: event.link,
    accessibility: event.accessibility,
  };
}
