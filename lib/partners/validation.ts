/**
 * What the organisers' form for a partner organisation accepts: a name (and
 * its versions in other languages where they differ), a kind, a website
 * (http or https only), a description per language, and whether the
 * organisation is listed on the partners page. The logo is checked apart, by
 * its content (lib/partners/logos.ts).
 */
import { z } from 'zod';
import { LOCALES, PARTNER_KINDS, type Locale, type NamesByLocale, type PartnerKind } from '@/lib/constants';
import { differingNames } from '@/lib/localized';
import { LIMITS, text } from '@/lib/validation/common';

export const PARTNER_LIMITS = { WEBSITE_MAX: 300, DESCRIPTION_MAX: 1000 } as const;

/** The form's field for the name in `locale`: `name_fr`; and the description's: `description_fr`. */
export const partnerNameField = <L extends Locale>(locale: L) => `name_${locale}` as const;
export const partnerDescriptionField = <L extends Locale>(locale: L) => `description_${locale}` as const;

const otherName = text(LIMITS.NAME_MAX, { required: false });
const description = text(PARTNER_LIMITS.DESCRIPTION_MAX, { required: false, multiline: true });
const perLocale = <S extends z.ZodType>(field: (l: Locale) => string, schema: S) => Object.fromEntries(LOCALES.map((l) => [field(l), schema])) as Record<string, S>;

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

/** "www.pag-asa.be" as people write it becomes https://www.pag-asa.be; any other scheme (javascript:, ftp:) is refused. */
export const website = text(PARTNER_LIMITS.WEBSITE_MAX, { required: false })
  .transform((v) => (v === '' || /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`))
  .refine((v) => v === '' || /^https?:\/\/[^\s/:]+\.[^\s/:]+(:\d+)?([/?#]\S*)?$/i.test(v), { error: 'website' });

export const partnerSchema = z
  .object({
    id: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number().int().positive().optional()),
    name: text(LIMITS.NAME_MAX),
    ...perLocale(partnerNameField, otherName),
    kind: z.enum(PARTNER_KINDS, { error: 'choice' }),
    website,
    description,
    ...perLocale(partnerDescriptionField, description),
    listed: checkbox,
    removeLogo: checkbox,
  })
  .transform((v) => {
    const values = v as unknown as Record<string, string>;
    const names = differingNames(v.name, Object.fromEntries(LOCALES.map((l) => [l, values[partnerNameField(l)]])));
    const descriptions = differingNames(v.description, Object.fromEntries(LOCALES.map((l) => [l, values[partnerDescriptionField(l)]])));
    return {
      id: v.id,
      removeLogo: v.removeLogo,
      fields: { name: v.name, names, kind: v.kind, website: v.website, description: v.description, descriptions, listed: v.listed } satisfies PartnerFields,
    };
  });

/** What an organisation tells of itself: its name and description (and their versions in other languages), kind and website. */
export type PartnerProfile = {
  name: string;
  names: NamesByLocale;
  kind: PartnerKind;
  website: string;
  description: string;
  descriptions: NamesByLocale;
};

/** An organisation's fields as the domain takes them. */
export type PartnerFields = PartnerProfile & { listed: boolean };

export function partnerFormInput(form: FormData) {
  const get = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  const input: Record<string, unknown> = {
    id: get('id') ?? '',
    name: get('name'),
    kind: get('kind'),
    website: get('website') ?? '',
    description: get('description') ?? '',
    listed: get('listed') ?? '',
    removeLogo: get('removeLogo') ?? '',
  };
  for (const l of LOCALES) {
    input[partnerNameField(l)] = get(partnerNameField(l)) ?? '';
    input[partnerDescriptionField(l)] = get(partnerDescriptionField(l)) ?? '';
  }
  return input;
}

/** Moving an organisation one place up or down the organisers' order. */
export const movePartnerSchema = z.object({
  id: z.coerce.number({ error: 'required' }).int({ error: 'required' }).positive({ error: 'required' }),
  direction: z.enum(['up', 'down'], { error: 'choice' }),
});

/** Approving or refusing the logo an organisation's people sent. */
export const logoDecisionSchema = z.object({
  id: z.coerce.number({ error: 'required' }).int({ error: 'required' }).positive({ error: 'required' }),
  decision: z.enum(['approve', 'refuse'], { error: 'choice' }),
  /** The pending logo the organiser saw: a newer one sent meanwhile is not decided blind. */
  logo: z.string().max(64),
});
