/**
 * The "lights are on" sent from this page and not answered yet, by
 * registration. When the answer comes the page is drawn anew and the form
 * gives way to the confirmation: the confirmation takes the focus and comes
 * into view (the browser would otherwise keep whatever lay below in place,
 * and the person would not see their answer).
 */
export const justSent = new Set<number>();
