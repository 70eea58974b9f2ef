import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { controlProps, fieldClass, FieldErrors, frameOf, Hint, LabelledShell, type FieldFrame } from './shell';

/**
 * The labelled fields: one control each, with its label, hint and errors
 * wired by the shell (`aria-invalid`, `aria-describedby`, ids). Everything
 * else given is the control's own (`required`, `autoComplete`, `value` and
 * `onChange` for a controlled one…).
 */
type Own<Attributes> = Omit<Attributes, 'name' | 'id' | 'className' | 'defaultValue' | 'aria-describedby' | 'aria-invalid'>;
type Labelled<Attributes> = FieldFrame & { label: ReactNode } & Own<Attributes>;

/** Splits a field's props into its frame and what belongs to the control. */
function split<P extends FieldFrame & { label: ReactNode }>({ name, label, hint, errors, id, className, 'aria-describedby': describedBy, ...control }: P) {
  const frame = frameOf({ name, hint, errors, id, 'aria-describedby': describedBy });
  const shell = { frame, label, hint, errors, className };
  return { shell, wired: controlProps(frame, name), control };
}

type InputProps = Labelled<InputHTMLAttributes<HTMLInputElement>> & {
  /** What the user typed before an error, kept in the form. */
  defaultValue?: string;
};

/** A labelled `<input>` (text, e-mail, date…). */
export function Field(props: InputProps) {
  const { shell, wired, control } = split(props);
  return (
    <LabelledShell {...shell}>
      <input {...control} {...wired} />
    </LabelledShell>
  );
}

/** A labelled file input; it cannot be refilled after an error, so it takes no value. */
export function FileField(props: Omit<InputProps, 'type' | 'value' | 'defaultValue'>) {
  return <Field {...props} type="file" />;
}

export type SelectOption = { value: string | number; label: ReactNode; lang?: string };

/** A labelled `<select>` of the given options. */
export function SelectField(props: Labelled<SelectHTMLAttributes<HTMLSelectElement>> & { options: SelectOption[]; defaultValue?: string }) {
  const { shell, wired, control } = split(props);
  const { options, ...select } = control;
  return (
    <LabelledShell {...shell}>
      {/* Keyed by the value to show: after an error React resets the form, and a select it merely updated would go back to its first default. */}
      <select key={select.defaultValue} {...select} {...wired}>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledShell>
  );
}

/** A labelled `<textarea>`. */
export function TextAreaField(props: Labelled<TextareaHTMLAttributes<HTMLTextAreaElement>> & { defaultValue?: string }) {
  const { shell, wired, control } = split(props);
  return (
    <LabelledShell {...shell}>
      <textarea {...control} {...wired} />
    </LabelledShell>
  );
}

/** One checkbox that stands alone ("published"), its label after the box as usual. */
export function CheckboxField(props: FieldFrame & { label: ReactNode } & Own<Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>>) {
  const { shell, wired, control } = split(props);
  return (
    <div className={fieldClass(shell.frame.invalid, shell.className)}>
      <label className="choice">
        <input {...control} {...wired} type="checkbox" /> {shell.label}
      </label>
      <Hint id={shell.frame.hintId}>{shell.hint}</Hint>
      <FieldErrors id={shell.frame.errorId} errors={shell.errors} />
    </div>
  );
}
