/**
 * What the public form and the organisers' answers accept. Messages are keys
 * of the `Errors` namespace (shared) or of the form's own `errors.*`.
 */
import { z } from 'zod';
import { email, text } from '@/lib/validation/common';
import { COUNTRY_CODES } from './countries';
import { REQUEST_LIMITS } from './limits';

export const requestSchema = z.object({
  name: text(REQUEST_LIMITS.NAME_MAX),
  role: text(REQUEST_LIMITS.ROLE_MAX),
  organisation: text(REQUEST_LIMITS.ORGANISATION_MAX),
  email,
  country: z
    .string({ error: 'required' })
    .trim()
    .toUpperCase()
    .refine((v) => COUNTRY_CODES.includes(v), { error: 'country' }),
  message: text(REQUEST_LIMITS.MESSAGE_MAX, { required: false, multiline: true }),
});

export type RequestInput = z.infer<typeof requestSchema>;

/** The form's fields as the schema reads them (a missing field is undefined: "required"). */
export function requestFormInput(form: FormData) {
  const get = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  return { name: get('name'), role: get('role'), organisation: get('organisation'), email: get('email'), country: get('country'), message: get('message') ?? '' };
}

const requestId = z.coerce.number({ error: 'required' }).int({ error: 'required' }).positive({ error: 'required' });

export const acceptSchema = z.object({
  id: requestId,
  city: text(REQUEST_LIMITS.CITY_MAX),
  country: z
    .string({ error: 'required' })
    .trim()
    .toUpperCase()
    .refine((v) => COUNTRY_CODES.includes(v), { error: 'country' }),
  reply: text(REQUEST_LIMITS.REPLY_MAX, { required: false, multiline: true }),
});

export const declineSchema = z.object({
  id: requestId,
  reply: text(REQUEST_LIMITS.REPLY_MAX, { multiline: true }),
});

export function answerFormInput(form: FormData) {
  const get = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  return { id: get('id'), city: get('city'), country: get('country'), reply: get('reply') ?? '' };
}
