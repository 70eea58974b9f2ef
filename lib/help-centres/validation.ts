/** What the help centres' form accepts: a name and a city; the rest optional, a position as both coordinates or neither. */
import { z } from 'zod';
import { latitude, LIMITS, longitude, text } from '@/lib/validation/common';

export const HELP_CENTRE_LIMITS = { PHONE_MAX: 40, WEBSITE_MAX: 200 } as const;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const helpCentreSchema = z
  .object({
    id: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number().int().positive().optional()),
    name: text(LIMITS.NAME_MAX),
    cityId: z.coerce.number({ error: 'required' }).int({ error: 'required' }).positive({ error: 'required' }),
    address: text(LIMITS.ADDRESS_MAX, { required: false }),
    phone: text(HELP_CENTRE_LIMITS.PHONE_MAX, { required: false }).refine((v) => v === '' || /^[+\d][\d\s./()-]*$/.test(v), { error: 'phone' }),
    // "www.payoke.be" as people write it becomes https://www.payoke.be; only http(s) addresses are kept.
    website: text(HELP_CENTRE_LIMITS.WEBSITE_MAX, { required: false })
      .transform((v) => (v === '' || /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`))
      .refine((v) => v === '' || /^https?:\/\/[^\s/:]+\.[^\s/:]+(:\d+)?(\/\S*)?$/i.test(v), { error: 'website' }),
    lat: z.preprocess(blankToUndefined, latitude.optional()),
    lng: z.preprocess(blankToUndefined, longitude.optional()),
  })
  .superRefine((v, ctx) => {
    if ((v.lat === undefined) !== (v.lng === undefined)) {
      ctx.addIssue({ code: 'custom', path: [v.lat === undefined ? 'lat' : 'lng'], message: 'bothCoordinates' });
    }
  });

export type HelpCentreForm = z.infer<typeof helpCentreSchema>;

export function helpCentreFormInput(form: FormData) {
  const get = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  return {
    id: get('id') ?? '',
    name: get('name'),
    cityId: get('cityId'),
    address: get('address') ?? '',
    phone: get('phone') ?? '',
    website: get('website') ?? '',
    lat: get('lat') ?? '',
    lng: get('lng') ?? '',
  };
}
