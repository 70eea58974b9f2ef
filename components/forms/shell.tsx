import type { FieldsetHTMLAttributes, ReactNode, Ref } from 'react';

/**
 * What every field of a form has, whatever its control: a name, a label (or a
 * legend, for a group), an optional hint and the errors the action gave back.
 * The shells below tie them together once, so that each control says what it
 * is and nothing else.
 *
 * No hooks and no context here: the filter forms of the organiser pages are
 * server components and use the same fields.
 */
export type FieldFrame = {
  name: string;
  hint?: ReactNode;
  errors?: string[];
  /** The control's id; `field-{name}` unless given (a page with the form twice gives each its own). */
  id?: string;
  /** Classes added to the field's wrapper. */
  className?: string;
  /** More descriptions of the control kept elsewhere on the page (a hint outside the form). */
  'aria-describedby'?: string;
};

/** The ids and ARIA attributes that tie a control to its hint and errors. */
export function frameOf({ name, hint, errors, id, 'aria-describedby': describedElsewhere }: FieldFrame) {
  const fieldId = id ?? `field-${name}`;
  const invalid = Boolean(errors?.length);
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = invalid ? `${fieldId}-error` : undefined;
  return {
    fieldId,
    hintId,
    errorId,
    invalid,
    describedBy: [hintId, errorId, describedElsewhere].filter(Boolean).join(' ') || undefined,
  };
}

export type Frame = ReturnType<typeof frameOf>;

/** The attributes a labelled control gets from its frame. */
export function controlProps(frame: Frame, name: string) {
  return { id: frame.fieldId, name, 'aria-invalid': frame.invalid || undefined, 'aria-describedby': frame.describedBy };
}

/** A field's wrapper classes: `field`, `has-error` when it has errors, and the caller's own. */
export function fieldClass(invalid: boolean, extra?: string) {
  return ['field', invalid ? 'has-error' : '', extra ?? ''].filter(Boolean).join(' ');
}

export function Hint({ id, children }: { id?: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <div className="field__hint" id={id}>
      {children}
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul className="field__errors" id={id}>
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

/** One control with its label above, then its hint, the control, and its errors. */
export function LabelledShell({ frame, label, hint, errors, className, children }: { frame: Frame; label: ReactNode; hint?: ReactNode; errors?: string[]; className?: string; children: ReactNode }) {
  return (
    <div className={fieldClass(frame.invalid, className)}>
      <label htmlFor={frame.fieldId}>{label}</label>
      <Hint id={frame.hintId}>{hint}</Hint>
      {children}
      <FieldErrors id={frame.errorId} errors={errors} />
    </div>
  );
}

export type FieldGroupProps = FieldFrame & {
  legend: ReactNode;
  children: ReactNode;
  /** Shown inside the group after its errors: fields that belong with the choice (a time for "at a fixed time"). */
  after?: ReactNode;
  ref?: Ref<HTMLFieldSetElement>;
} & Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, 'name' | 'id' | 'className' | 'children' | 'aria-describedby'>;

/**
 * Choices under one question: a fieldset whose legend names them, described
 * by the hint and the errors. Each choice marks itself invalid (`Choice`'s
 * `invalid`), since a screen reader says so on the control it is on.
 */
export function FieldGroup({ legend, children, after, ref, name, hint, errors, id, className, 'aria-describedby': describedElsewhere, ...fieldset }: FieldGroupProps) {
  const frame = frameOf({ name, hint, errors, id, 'aria-describedby': describedElsewhere });
  return (
    <fieldset {...fieldset} ref={ref} id={frame.fieldId} className={fieldClass(frame.invalid, className)} aria-describedby={frame.describedBy}>
      <legend className="fieldset-legend">{legend}</legend>
      <Hint id={frame.hintId}>{hint}</Hint>
      {children}
      <FieldErrors id={frame.errorId} errors={errors} />
      {after}
    </fieldset>
  );
}
