/**
 * Partners' events on the public map: a layer of their own, apart from the
 * buildings' clusters (they are few), with a marker that is plainly not a
 * blue heart (a navy pin with a white calendar, named by its title) and a
 * popup that says what, who, when (in the place's own time) and, on the day,
 * that it is on now.
 */
import L from 'leaflet';
import type { ShownEvent } from '@/lib/events/public-view';
import { EVENT_MARK_POINT, EVENT_MARK_SVG_BODY } from './event-mark';
import { textElement } from './popup';

/** The layer's words, already in the page's language. */
export type EventWords = {
  /** "{kind}: {title}, {city}", the marker's name. */
  marker: string;
  /** "On now" */
  onNow: string;
  /** "Event page" */
  pageLink: string;
  /** Where an event's page is, with `{id}`: "/fr/events/{id}". */
  href: string;
  /** Each kind's words: "Information stand". */
  kinds: Record<string, string>;
  /** Each day of an event, as the reader writes it: "Thursday 30 July 2026". */
  days: Record<string, string>;
};

function popup(event: ShownEvent, words: EventWords, linkTarget: '_blank' | undefined): HTMLElement {
  const root = document.createElement('div');
  root.className = 'popup popup--event';
  const name = textElement('p', 'popup__name', '');
  const link = document.createElement('a');
  link.href = words.href.replace('{id}', String(event.id));
  link.textContent = event.title;
  if (linkTarget) {
    link.target = linkTarget;
    link.rel = 'noopener';
  }
  name.append(link);
  root.append(textElement('p', 'popup__kind', words.kinds[event.kind] ?? ''), name, textElement('p', 'popup__city', `${event.partner} · ${event.city.name}`));
  root.append(textElement('p', 'popup__times', `${words.days[event.day] ?? event.day}, ${event.times}`));
  // The visitor's own clock, when the popup opens.
  const now = Date.now();
  if (now >= event.startsAt && now < event.endsAt) root.append(textElement('p', 'popup__on', words.onNow));
  return root;
}

const SVG = `<svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">${EVENT_MARK_SVG_BODY}</svg>`;

/** The events' markers, in a layer the map adds and takes away as the visitor chooses, and filters with the search. */
export class EventLayer {
  readonly group = L.layerGroup();
  private readonly markers = new Map<number, L.Marker>();

  constructor(events: readonly ShownEvent[], words: EventWords, linkTarget: '_blank' | undefined) {
    // One icon for every event: the pin's point (top right) on the place, its body below and left of it.
    const icon = L.divIcon({ className: 'event-marker', html: SVG, iconSize: [32, 32], iconAnchor: [EVENT_MARK_POINT.x, EVENT_MARK_POINT.y], popupAnchor: [-14, 4] });
    for (const event of events) {
      const label = words.marker
        .replace('{kind}', () => words.kinds[event.kind] ?? '')
        .replace('{title}', () => event.title)
        .replace('{city}', () => event.city.name);
      const marker = L.marker([event.lat, event.lng], { icon, title: label, alt: label, keyboard: true, zIndexOffset: -500 })
        .bindPopup(() => popup(event, words, linkTarget), { autoPanPaddingTopLeft: [8, 56], autoPanPaddingBottomRight: [8, 56] });
      // A divIcon is a div: its name comes from its title; say it is a button as Leaflet's image markers are.
      marker.on('add', () => marker.getElement()?.setAttribute('aria-label', label));
      this.markers.set(event.id, marker);
      marker.addTo(this.group);
    }
  }

  /** Shows only these events (the search, "near me"); null shows them all. */
  only(ids: readonly number[] | null): void {
    const keep = ids === null ? null : new Set(ids);
    for (const [id, marker] of this.markers) {
      const shown = keep === null || keep.has(id);
      if (shown && !this.group.hasLayer(marker)) this.group.addLayer(marker);
      else if (!shown && this.group.hasLayer(marker)) this.group.removeLayer(marker);
    }
  }
}
