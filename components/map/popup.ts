/** The public map's popups and labels, built as elements: user strings never go through innerHTML. */

/** What a popup shows; built by the explorer, which knows the language and the clock. */
export type PopupContent = { name: string; city: string; times: string; lit: string | null; href: string };

/** A paragraph of plain text: user strings never go through innerHTML. */
export function textElement(tag: string, className: string, text: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

export function popupElement(content: PopupContent, photo: { src: string; alt: string } | null, linkTarget: '_blank' | undefined): HTMLElement {
  const root = document.createElement('div');
  root.className = 'popup';
  if (photo) {
    // Loaded when the popup opens, not with the map.
    const img = document.createElement('img');
    img.className = 'popup__photo';
    img.src = photo.src;
    img.alt = photo.alt;
    img.width = 240;
    img.height = 160;
    img.decoding = 'async';
    root.append(img);
  }
  const name = textElement('p', 'popup__name', '');
  const link = document.createElement('a');
  link.href = content.href;
  link.textContent = content.name;
  if (linkTarget) {
    link.target = linkTarget;
    link.rel = 'noopener';
  }
  name.append(link);
  root.append(name, textElement('p', 'popup__city', content.city));
  if (content.times) root.append(textElement('p', 'popup__times', content.times));
  if (content.lit) root.append(textElement('p', 'lit-badge', content.lit));
  return root;
}
