/** A photo's credit line and publication consent, as the registration, "lights are on" and photo forms send them. */
import { z } from 'zod';
import { text } from './common';

export const PHOTO_LIMITS = { CREDIT_MAX: 120 } as const;

export const photoRightsSchema = z.object({
  credit: text(PHOTO_LIMITS.CREDIT_MAX, { required: false }),
  publish: z.boolean(),
});

/** The form fields of one photo: `{prefix}Credit`, `{prefix}Publish`, and `{prefix}Rights`, which says the form carries them. */
export type PhotoFieldPrefix = 'photo' | 'litPhoto';

/**
 * The rights fields of one photo, or null when the form has none (a form that
 * does not ask changes nothing: an unticked box is otherwise indistinguishable
 * from an absent one).
 */
export function photoRightsFormInput(formData: FormData, prefix: PhotoFieldPrefix) {
  if (formData.get(`${prefix}Rights`) === null) return null;
  const publish = formData.get(`${prefix}Publish`);
  return { credit: formData.get(`${prefix}Credit`) ?? '', publish: publish === 'on' || publish === 'true' };
}

/**
 * Parses one photo's rights from a form: null when the form does not carry
 * them; the issues are named after the form's fields (`litPhotoCredit`), so
 * that they can join the rest of the form's errors.
 */
export function parsePhotoRights(formData: FormData, prefix: PhotoFieldPrefix): { success: true; data: z.infer<typeof photoRightsSchema> | null } | { success: false; issues: z.core.$ZodIssue[] } {
  const input = photoRightsFormInput(formData, prefix);
  if (input === null) return { success: true, data: null };
  const parsed = photoRightsSchema.safeParse(input);
  if (parsed.success) return { success: true, data: parsed.data };
  const field = (key: PropertyKey | undefined) => `${prefix}${key === 'publish' ? 'Publish' : 'Credit'}`;
  return { success: false, issues: parsed.error.issues.map((i) => ({ ...i, path: [field(i.path[0]), ...i.path.slice(1)] })) };
}
