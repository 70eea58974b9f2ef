/**
 * The help centres for victims of trafficking on the public map: a layer of
 * their own, apart from the buildings' clusters, with a marker that is
 * plainly not a blue heart (a white drop with a teal cross, named by its
 * title) and a popup that
 * gives the way to reach them.
 */
import L from 'leaflet';
import type { MappedHelpCentre } from '@/lib/help-centres/public';
import { textElement } from './popup';

/** The words of the layer, already in the page's language. */
export type HelpCentreWords = {
  /** "Help centre: {name}, {city}", the marker's name. */
  marker: string;
  /** "Help centre for victims of human trafficking", the popup's first line. */
  kind: string;
  /** The link to the help page, and where it is. */
  helpLink: string;
  helpHref: string;
};

function link(href: string, text: string): HTMLElement {
  const p = document.createElement('p');
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  p.append(a);
  return p;
}

function popup(centre: MappedHelpCentre, words: HelpCentreWords): HTMLElement {
  const root = document.createElement('div');
  root.className = 'popup popup--help';
  root.append(textElement('p', 'popup__kind', words.kind), textElement('p', 'popup__name', centre.name), textElement('p', 'popup__city', centre.city));
  if (centre.address) root.append(textElement('p', 'popup__address', centre.address));
  if (centre.tel) root.append(link(centre.tel, centre.phone));
  if (centre.website) root.append(link(centre.website, centre.site));
  root.append(link(words.helpHref, words.helpLink));
  return root;
}

/** The centres' markers, in a layer the map adds and takes away as the visitor chooses. */
export function helpCentreLayer(centres: readonly MappedHelpCentre[], words: HelpCentreWords): L.LayerGroup {
  const group = L.layerGroup();
  // One icon for every centre, drawn by CSS (components/lights/help-centres.css): a drop whose point is
  // the centre's place and whose body lies below and right of it, clear of a heart (above its point)
  // and of most of a cluster (around it), which stay on top.
  const icon = L.divIcon({ className: 'help-centre-marker', iconSize: [32, 32], iconAnchor: [0, 0], popupAnchor: [16, 4] });
  for (const centre of centres) {
    const label = words.marker.replace('{name}', () => centre.name).replace('{city}', () => centre.city);
    L.marker([centre.lat, centre.lng], { icon, title: label, keyboard: true, zIndexOffset: -1000 })
      // Opened near the map's top edge, the popup moves clear of the zoom buttons and switches there.
      .bindPopup(() => popup(centre, words), { autoPanPaddingTopLeft: [8, 56] })
      .addTo(group);
  }
  return group;
}
