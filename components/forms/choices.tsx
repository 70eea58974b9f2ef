import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldGroup, frameOf, type FieldGroupProps } from './shell';

type ChoiceProps = {
  type: 'radio' | 'checkbox';
  name: string;
  value: string | number;
  label: ReactNode;
  /** Said of this choice only (the sunset time beside "at sunset"). */
  hint?: ReactNode;
  /** The id of that hint; `{name}-{value}-hint` unless given. */
  hintId?: string;
  /** The group it is in has errors. */
  invalid?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'name' | 'value' | 'aria-invalid'>;

/** One radio button or checkbox with its label after it. Groups are made of these. */
export function Choice({ type, label, hint, hintId, invalid, 'aria-describedby': describedElsewhere, ...input }: ChoiceProps) {
  const ownHintId = hint ? (hintId ?? `${input.name}-${input.value}-hint`) : undefined;
  const describedBy = [ownHintId, describedElsewhere].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <label className="choice">
        <input {...input} type={type} aria-invalid={invalid || undefined} aria-describedby={describedBy} /> {label}
      </label>
      {hint ? (
        <div className="field__hint choice__hint" id={ownHintId}>
          {hint}
        </div>
      ) : null}
    </>
  );
}

export type ChoiceOption = { value: string | number; label: ReactNode; hint?: ReactNode };

type GroupProps = Omit<FieldGroupProps, 'children' | 'onChange' | 'defaultValue' | 'defaultChecked'> & {
  options: ChoiceOption[];
  /** Classes of the list of choices (`city-choices__grid` lays them out in columns). */
  listClassName?: string;
};

function ChoiceList({ type, name, options, listClassName, invalid, input }: Pick<GroupProps, 'name' | 'options' | 'listClassName'> & { type: ChoiceProps['type']; invalid: boolean; input: (o: ChoiceOption) => Partial<ChoiceProps> }) {
  return (
    <ul className={['plain-list', listClassName ?? ''].filter(Boolean).join(' ')}>
      {options.map((o) => (
        <li key={o.value}>
          <Choice type={type} name={name} value={o.value} label={o.label} hint={o.hint} invalid={invalid} {...input(o)} />
        </li>
      ))}
    </ul>
  );
}

/**
 * One answer out of several, as radio buttons under a legend. Controlled with
 * `value` and `onChange`, or left to the browser with `defaultValue`.
 */
export function RadioGroupField({ options, listClassName, value, defaultValue, onChange, ...group }: GroupProps & { value?: string; defaultValue?: string; onChange?: (value: string) => void }) {
  const { invalid } = frameOf(group);
  const input = (o: ChoiceOption): Partial<ChoiceProps> =>
    value === undefined ? { defaultChecked: String(o.value) === defaultValue } : { checked: String(o.value) === value, onChange: () => onChange?.(String(o.value)) };
  return (
    <FieldGroup {...group}>
      <ChoiceList type="radio" name={group.name} options={options} listClassName={listClassName} invalid={invalid} input={input} />
    </FieldGroup>
  );
}

/** Any number of answers, as checkboxes under a legend; the form sends each ticked value under the one name. */
export function CheckboxGroupField({ options, listClassName, defaultChecked = [], ...group }: GroupProps & { defaultChecked?: (string | number)[] }) {
  const { invalid } = frameOf(group);
  const ticked = new Set(defaultChecked.map(String));
  return (
    <FieldGroup {...group}>
      <ChoiceList type="checkbox" name={group.name} options={options} listClassName={listClassName} invalid={invalid} input={(o) => ({ defaultChecked: ticked.has(String(o.value)) })} />
    </FieldGroup>
  );
}
