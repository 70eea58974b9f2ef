import { z } from 'zod';
import { LOCALES, USER_ROLES } from '@/lib/constants';
import { email, id, LIMITS, text } from './common';

const cityIds = z.array(id, { error: 'choice' }).max(200);

/** The language of a person's mails. */
export const locale = z.enum(LOCALES, { error: 'choice' });

export const inviteSchema = z
  .object({
    email,
    name: text(LIMITS.PERSON_NAME_MAX),
    role: z.enum(USER_ROLES, { error: 'choice' }),
    cityIds,
    locale,
  })
  // A coordinator acts for at least one city.
  .refine((v) => v.role === 'organiser' || v.cityIds.length > 0, { error: 'choice', path: ['cityIds'] });

const partnerIds = z.array(id, { error: 'choice' }).min(1, { error: 'partnerRequired' }).max(200, { error: 'choice' });

/** A partner organisation's person: name, address, language, and the organisations they act for (one at least). */
export const invitePartnerSchema = z.object({ email, name: text(LIMITS.PERSON_NAME_MAX), partnerIds, locale });

export const partnerMembershipSchema = z.object({ userId: z.string().min(1).max(64), partnerIds });

export const userCitiesSchema = z.object({ userId: z.string().min(1).max(64), cityIds });

export const ownLocaleSchema = z.object({ locale });

export const userActiveSchema = z.object({
  userId: z.string().min(1).max(64),
  active: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

/** The form's fields as the schemas expect them (several checked cities share one name). */
export function userFormInput(formData: FormData) {
  return {
    email: formData.get('email'),
    name: formData.get('name'),
    role: formData.get('role'),
    userId: formData.get('userId'),
    active: formData.get('active'),
    locale: formData.get('locale'),
    cityIds: formData.getAll('cityIds').map(String),
    partnerIds: formData.getAll('partnerIds').map(String),
  };
}
