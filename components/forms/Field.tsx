import type { InputHTMLAttributes, ReactNode } from 'react';

type Props = {
  name: string;
  label: ReactNode;
  errors?: string[];
  hint?: ReactNode;
  /** What the user typed before an error, kept in the form. */
  defaultValue?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'defaultValue'>;

/** A labelled input with its hint and errors tied to it for screen readers. */
export function Field({ name, label, errors, hint, defaultValue, id, ...input }: Props) {
  const fieldId = id ?? `field-${name}`;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = errors?.length ? `${fieldId}-error` : undefined;
  return (
    <div className={errors?.length ? 'field has-error' : 'field'}>
      <label htmlFor={fieldId}>{label}</label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input
        id={fieldId}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        {...input}
      />
      <FieldErrors id={errorId} errors={errors} />
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
