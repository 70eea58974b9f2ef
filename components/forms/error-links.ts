/**
 * Finding, in the page, the field an error of an action's answer belongs to:
 * its control (by the field's id `field-{name}`, else by its name, within the
 * form of the message), what to focus, and the words that name it (its label,
 * or its group's legend). Read from the page itself, so that every form's
 * error summary links its errors without each form listing its fields again.
 */

export type ErrorTarget = {
  /** The id the summary's link points to. */
  id: string;
  /** The field's label or legend, as the page shows it. */
  label: string;
};

/** The labelled element of a field: a control with an id, or the fieldset of a group. */
function fieldElement(scope: ParentNode, name: string): HTMLElement | null {
  const byId = scope.querySelector<HTMLElement>(`[id="field-${CSS.escape(name)}"]`);
  if (byId) return byId;
  const byName = scope.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]:not([type="hidden"])`);
  if (!byName) return null;
  // One radio or checkbox of a group without an id of its own: the group speaks for it.
  if ((byName as HTMLInputElement).type === 'radio' && byName.closest('fieldset')?.id) return byName.closest('fieldset');
  return byName.id ? byName : null;
}

function labelOf(element: HTMLElement): HTMLElement | null {
  if (element instanceof HTMLFieldSetElement) return element.querySelector('legend');
  const labels = (element as HTMLInputElement).labels;
  return labels?.[0] ?? null;
}

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function errorTarget(scope: ParentNode, name: string): ErrorTarget | null {
  const element = fieldElement(scope, name);
  if (!element) return null;
  return { id: element.id, label: text(labelOf(element)) };
}

/** Field names in the order their fields stand in the page (not found: last, as given). */
export function inPageOrder(scope: ParentNode, names: string[]): string[] {
  const at = (name: string) => fieldElement(scope, name);
  return [...names].sort((a, b) => {
    const ea = at(a);
    const eb = at(b);
    if (!ea || !eb) return ea ? -1 : eb ? 1 : 0;
    return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/**
 * Takes the user to a field: its label or legend in view (a sticky strip
 * could hide a field scrolled to the very top), the focus on the control
 * itself, or on a group's chosen (else first) choice.
 */
export function focusField(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  const control =
    element instanceof HTMLFieldSetElement
      ? element.querySelector<HTMLElement>('input:checked:not([type="hidden"])') ?? element.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea, button')
      : element;
  if (!control) return false;
  (labelOf(element) ?? element).scrollIntoView({ block: 'center' });
  control.focus({ preventScroll: true });
  return document.activeElement === control;
}
