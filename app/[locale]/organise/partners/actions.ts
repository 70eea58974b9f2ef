'use server';

import { getLocale } from 'next-intl/server';
import { formAction, on, translator, type ParseResult } from '@/app/_lib/form-actions';
import { redirect } from '@/i18n/navigation';
import { canManagePartners } from '@/lib/permissions';
import { checkPhoto, type PreparedPhoto } from '@/lib/photos/photos';
import { decideLogo, StaleLogoError } from '@/lib/partners/logos';
import { createPartner, DuplicatePartnerError, movePartner, UnknownPartnerError, updatePartner } from '@/lib/partners/organisations';
import { logoDecisionSchema, movePartnerSchema, partnerFormInput, partnerSchema } from '@/lib/partners/validation';
import { invitePartner, setPartnerMemberships, UnknownPartnerChoiceError } from '@/lib/users/invite-partner';
import { DuplicateEmailError, UnknownUserError } from '@/lib/users/users';
import { invitePartnerSchema, partnerMembershipSchema, userFormInput } from '@/lib/validation/users';

const PAGES = ['/[locale]/organise/partners'];
const NAMESPACE = 'partners.organise';

type PartnerSave = ReturnType<typeof partnerSchema.parse> & { logo: PreparedPhoto | null };

/** The logo's own error (by content, size), translated, beside the form's other errors. */
async function logoOf(form: FormData): Promise<{ logo: PreparedPhoto | null } | { errors: Record<string, string[]> }> {
  const file = form.get('logo');
  const check = await checkPhoto(file && typeof file !== 'string' ? file : null);
  if (check.ok) return { logo: check.photo };
  const t = await translator('partners.logoErrors');
  return { errors: { logo: [t(check.error)] } };
}

/** Adds an organisation (no id: then the list shows it) or saves one. */
export const savePartnerAction = formAction({
  namespace: NAMESPACE,
  can: canManagePartners,
  parse: async (form): Promise<ParseResult<PartnerSave>> => {
    const parsed = partnerSchema.safeParse(partnerFormInput(form));
    const logo = await logoOf(form);
    if (!parsed.success || 'errors' in logo) return { success: false, error: parsed.error, extra: 'errors' in logo ? logo.errors : {} };
    return { success: true, data: { ...parsed.data, logo: logo.logo } };
  },
  run: (actor, { id, fields, logo, removeLogo }) => (id ? updatePartner(actor, id, fields, { logo, removeLogo }) : createPartner(actor, fields, logo)),
  errors: [on(DuplicatePartnerError, { field: 'name', message: 'errors.duplicateName' }), on(UnknownPartnerError, 'notFound')],
  revalidate: PAGES,
  done: async (partner, t, input) => {
    if (input.id) return t('saved', { name: partner.name });
    return redirect({ href: `/organise/partners?added=${partner.id}`, locale: await getLocale() });
  },
});

/** Moves an organisation one place up or down the organisers' order. */
export const movePartnerAction = formAction({
  namespace: NAMESPACE,
  can: canManagePartners,
  parse: (form) => movePartnerSchema.safeParse({ id: form.get('id'), direction: form.get('direction') }),
  run: (actor, { id, direction }) => movePartner(actor, id, direction),
  errors: [on(UnknownPartnerError, 'notFound')],
  revalidate: PAGES,
  done: ({ name, moved }, t, { direction }) => (moved ? t(direction === 'up' ? 'movedUp' : 'movedDown', { name }) : t('notMoved', { name })),
});

/** Approves or refuses the logo an organisation's people sent, then shows the organisation with what was decided. */
export const decideLogoAction = formAction({
  namespace: NAMESPACE,
  can: canManagePartners,
  parse: (form) => logoDecisionSchema.safeParse({ id: form.get('id'), decision: form.get('decision'), logo: form.get('logo') }),
  run: (actor, { id, decision, logo }) => decideLogo(actor, id, decision, logo),
  errors: [on(UnknownPartnerError, 'notFound'), on(StaleLogoError, { code: 'conflict', message: 'errors.staleLogo' })],
  revalidate: PAGES,
  // The decision section goes once decided: the page says what was done instead.
  done: async (_, __, { id, decision }) => redirect({ href: `/organise/partners/${id}?logo=${decision === 'approve' ? 'approved' : 'refused'}`, locale: await getLocale() }),
});

/** Invites a partner organisation's person; the invitation mail, in the chosen language, is queued with it. */
export const invitePartnerAction = formAction({
  namespace: NAMESPACE,
  can: canManagePartners,
  parse: async (form) => invitePartnerSchema.safeParse({ ...userFormInput(form), locale: form.get('locale') ?? (await getLocale()) }),
  run: (actor, invitee) => invitePartner(actor, invitee),
  errors: [on(DuplicateEmailError, { field: 'email', message: 'errors.duplicateEmail' }), on(UnknownPartnerChoiceError, { field: 'partnerIds', message: 'errors.unknownPartner' })],
  revalidate: PAGES,
  done: (_, t, invitee) => t('invited', { email: invitee.email }),
});

/** Replaces the organisations a partner acts for. */
export const setPartnerMembershipsAction = formAction({
  namespace: NAMESPACE,
  can: canManagePartners,
  parse: (form) => partnerMembershipSchema.safeParse(userFormInput(form)),
  run: (actor, { userId, partnerIds }) => setPartnerMemberships(actor, userId, partnerIds),
  errors: [on(UnknownUserError, 'notFound'), on(UnknownPartnerChoiceError, { field: 'partnerIds', message: 'errors.unknownPartner' })],
  revalidate: PAGES,
  done: (person, t) => t('organisationsSaved', { name: person.name }),
});
