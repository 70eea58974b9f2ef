/**
 * One family of form fields. Every field has a name, a label (a legend for a
 * group), an optional hint and the errors of the last answer, wired the same
 * way by `shell.tsx`:
 *
 * - `Field` (any `<input>`), `FileField`, `SelectField`, `TextAreaField`,
 *   `CheckboxField`: a labelled control; `TimeField`: a time of day typed
 *   as people do (`2130`, `21h30`), tidied to `HH:MM` when left;
 * - `RadioGroupField`, `CheckboxGroupField`: choices in a fieldset with a legend;
 *   `FieldGroup` and `Choice` for a group of another shape;
 * - `FormMessage`: the answer of the whole form, focused when it comes;
 *   `bindFields`: the kept input and errors of each field from that answer.
 *
 * Client components import from here. A server component (a GET filter form)
 * imports `./Field` itself: through this index it would also reference the
 * client pieces, and the page would ship them for nothing.
 */
export { CheckboxField, Field, FileField, SelectField, TextAreaField, type SelectOption } from './Field';
export { TimeField } from './TimeField';
export { CheckboxGroupField, Choice, RadioGroupField, type ChoiceOption } from './choices';
export { FieldErrors, FieldGroup, frameOf } from './shell';
export { bindFields } from './bind';
export { FormMessage, useFocusOnAnswer } from './FormMessage';
export { SubmitButton } from './SubmitButton';
