'use server';

import { getLocale } from 'next-intl/server';
import { formAction, on, translator, type ParseResult } from '@/app/_lib/form-actions';
import type { ActionState } from '@/lib/action-state';
import { DEFAULT_TIME_ZONE } from '@/lib/constants';
import { formatCalendarDate, formatDeadlineInZone } from '@/lib/dates';
import { canUsePartnerSpace } from '@/lib/permissions';
import { EventDateOutOfRangeError, EventNotFoundError, EventRegistrationClosedError, EventWithdrawnError, StaleEventError, UnknownEventPlaceError } from '@/lib/events/errors';
import { eventFormInput, eventSchema, eventVersion, profileFormInput, profileSchema, type EventFields, type ProfileFields } from '@/lib/events/validation';
import { saveOwnProfile } from '@/lib/partners/own-profile';
import { checkPhoto, type PreparedPhoto } from '@/lib/photos/photos';
import { createEvent, updateEvent, withdrawEvent } from '@/lib/events/write';
import { id } from '@/lib/validation/common';

/** What the event forms get back: after a save, where the browser goes (the list, with a notice). */
export type EventState = ActionState & { next?: string };

/** The refusals every write of the partner space may meet. */
const eventErrors = <S extends ActionState>() => [
  on(EventNotFoundError, 'notFound'),
  on(EventRegistrationClosedError, async (error) => {
    const deadline = formatDeadlineInZone(error.deadline, await getLocale(), DEFAULT_TIME_ZONE);
    return { code: 'forbidden' as const, message: 'errors.closed', values: { deadline } };
  }),
  on(StaleEventError, { code: 'conflict', message: 'errors.stale' }),
  on(EventWithdrawnError, { code: 'conflict', message: 'errors.withdrawn' }),
] as ReturnType<typeof on<Error, S>>[];

type Saving = { eventId: number | null; campaignId: number | null; version: number | null; fields: EventFields };

/** Registers an event (no `eventId`) or saves an edit (with the `version` the form was opened on). */
export const saveEventAction = formAction<Saving, { eventId: number; notice: string }, EventState>({
  namespace: 'partnerSpace',
  can: canUsePartnerSpace,
  parse: (form): ParseResult<Saving> => {
    const eventId = id.nullable().safeParse(String(form.get('eventId') ?? '') || null);
    const campaignId = id.nullable().safeParse(String(form.get('campaignId') ?? '') || null);
    const version = eventVersion.nullable().safeParse(String(form.get('version') ?? '') || null);
    if (!eventId.success || !campaignId.success || !version.success) return { success: false, notFound: true };
    if (eventId.data === null ? campaignId.data === null : version.data === null) return { success: false, notFound: true };
    const parsed = eventSchema.safeParse(eventFormInput(form));
    if (!parsed.success) return { success: false, error: parsed.error };
    return { success: true, data: { eventId: eventId.data, campaignId: campaignId.data, version: version.data, fields: parsed.data } };
  },
  run: async (actor, { eventId, campaignId, version, fields }) => {
    if (eventId !== null) {
      const saved = await updateEvent(actor, eventId, version!, fields);
      return { eventId, notice: saved.changed ? 'updated' : 'unchanged' };
    }
    return { eventId: (await createEvent(actor, campaignId!, fields)).eventId, notice: 'created' };
  },
  errors: [
    ...eventErrors(),
    on(UnknownEventPlaceError, { field: 'city', message: 'errors.unknownPlace' }),
    on(EventDateOutOfRangeError, async (error) => {
      const locale = await getLocale();
      return { field: 'date', message: 'errors.dateWindow', values: { from: formatCalendarDate(error.from, locale), to: formatCalendarDate(error.to, locale) } };
    }),
  ],
  done: (saved): EventState => ({ ok: true, code: 'ok', message: '', fieldErrors: {}, next: `/partner?notice=${saved.notice}&id=${saved.eventId}` }),
});

/** Withdraws an event (after the confirmation in the form); an approved one leaves the public map. */
export const withdrawEventAction = formAction<{ eventId: number; version: number }, { eventId: number }, EventState>({
  namespace: 'partnerSpace',
  can: canUsePartnerSpace,
  parse: async (form): Promise<ParseResult<{ eventId: number; version: number }>> => {
    const eventId = id.safeParse(form.get('eventId'));
    const version = eventVersion.safeParse(form.get('version'));
    if (!eventId.success || !version.success) return { success: false, notFound: true };
    // Withdrawing cannot be undone by the partner: only once they ticked that they mean it.
    if (form.get('confirm') !== 'on') return { success: false, extra: { confirm: [(await translator('partnerSpace'))('errors.confirm')] } };
    return { success: true, data: { eventId: eventId.data, version: version.data } };
  },
  run: async (actor, { eventId, version }) => withdrawEvent(actor, eventId, version),
  errors: eventErrors(),
  done: (done): EventState => ({ ok: true, code: 'ok', message: '', fieldErrors: {}, next: `/partner?notice=withdrawn&id=${done.eventId}` }),
});

/** The organisation's profile: description, website, and a logo sent for the organisers' approval. */
export const saveProfileAction = formAction<{ fields: ProfileFields; logo: PreparedPhoto | null }, { partnerId: number; changed: boolean; logoSent: boolean }>({
  namespace: 'partnerSpace',
  can: canUsePartnerSpace,
  parse: async (form): Promise<ParseResult<{ fields: ProfileFields; logo: PreparedPhoto | null }>> => {
    const parsed = profileSchema.safeParse(profileFormInput(form));
    const file = form.get('logo');
    const check = await checkPhoto(file && typeof file !== 'string' ? file : null);
    const extra: Record<string, string[]> = check.ok ? {} : { logo: [(await translator('Photos'))(check.error)] };
    if (!parsed.success || !check.ok) return { success: false, error: parsed.error, extra };
    return { success: true, data: { fields: parsed.data, logo: check.photo } };
  },
  run: (actor, { fields, logo }) => saveOwnProfile(actor, fields, { logo }),
  errors: [on(EventNotFoundError, 'notFound')],
  revalidate: ['/[locale]/partner/profile'],
  done: (saved, t) => t(saved.logoSent ? 'profile.savedWithLogo' : saved.changed ? 'profile.saved' : 'profile.unchanged'),
});
