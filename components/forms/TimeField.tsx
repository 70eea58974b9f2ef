'use client';

import { useState, type ComponentProps } from 'react';
import { tidyTimeOfDay } from '@/lib/validation/time-of-day';
import { Field } from './Field';

type Props = Omit<ComponentProps<typeof Field>, 'type' | 'inputMode' | 'value' | 'defaultValue' | 'onChange'> & {
  /** Controlled: the value and its setter (the form computes with it). */
  value?: string;
  onValueChange?: (value: string) => void;
  /** Uncontrolled: the value to start with. */
  defaultValue?: string;
};

/**
 * A time of day as a text field: a phone shows its numeric keypad (which on
 * an iPhone has no colon), and `2130`, `21h30`, `9:30 pm`… are all accepted
 * by the server (lib/validation/time-of-day.ts). When the field is left, what
 * was typed is shown as the server will read it (`2130` → `21:30`); what does
 * not read as a time is left as it is, for the server to explain.
 */
export function TimeField({ value, onValueChange, defaultValue = '', placeholder = '21:30', onBlur, ...props }: Props) {
  const [own, setOwn] = useState(defaultValue);
  const current = value ?? own;
  const set = (v: string) => {
    if (value === undefined) setOwn(v);
    onValueChange?.(v);
  };
  return (
    <Field
      {...props}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={placeholder}
      value={current}
      onChange={(e) => set(e.target.value)}
      onBlur={(e) => {
        const tidy = tidyTimeOfDay(current);
        if (tidy !== current) set(tidy);
        onBlur?.(e);
      }}
    />
  );
}
