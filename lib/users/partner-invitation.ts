/**
 * The invitation mail of a partner organisation's person: which
 * organisations they act for, what they can do ("register your
 * organisation's stands and events until <deadline>"), and the sign-in link,
 * built from the configured address (AUTH_URL), in their language.
 */
import 'server-only';
import { asc, gte, inArray } from 'drizzle-orm';
import type { Db } from '@/db';
import { campaigns, partners, type Campaign } from '@/db/schema';
import { DEFAULT_TIME_ZONE, type Locale } from '@/lib/constants';
import { formatDeadlineInZone } from '@/lib/dates';
import { cityName } from '@/lib/localized';
import { mailTranslator, renderMail, siteLink, type RenderedMail } from '@/lib/mail/compose';

type Reader = Pick<Db, 'select'>;

export type PartnerInvitationFacts = {
  name: string;
  email: string;
  /** The organisations they act for, in the reader's language. */
  organisations: string[];
  /** The campaign open for registration, if there is one. */
  campaign: Pick<Campaign, 'year' | 'registrationDeadline'> | null;
};

export function partnerInvitationMail(locale: Locale, facts: PartnerInvitationFacts): RenderedMail {
  const t = mailTranslator(locale, 'partners.invitationMail');
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const signIn = siteLink('/sign-in', locale);
  const steps = [
    t('stepOpen', { url: signIn }),
    t('stepEmail', { email: facts.email }),
    facts.campaign
      ? t('stepRegister', { year: facts.campaign.year, deadline: formatDeadlineInZone(facts.campaign.registrationDeadline, locale, DEFAULT_TIME_ZONE) })
      : t('stepRegisterLater'),
  ];
  return renderMail(locale, {
    subject: t('subject'),
    name: facts.name,
    blocks: [t('intro'), t('asPartner', { organisations: list.format(facts.organisations), count: facts.organisations.length }), t('nextHeading'), { steps }, { label: t('action'), link: signIn }],
  });
}

/** What the invitation tells, read in the invitation's transaction. */
export function partnerInvitationFacts(tx: Reader, input: { name: string; email: string; partnerIds: number[] }, locale: Locale, now: Date): PartnerInvitationFacts {
  const rows = input.partnerIds.length ? tx.select().from(partners).where(inArray(partners.id, input.partnerIds)).all() : [];
  const campaign = tx.select().from(campaigns).where(gte(campaigns.registrationDeadline, now)).orderBy(asc(campaigns.registrationDeadline)).limit(1).get();
  return {
    name: input.name,
    email: input.email,
    // An organisation's name in the reader's language where it has one (names per language work like a city's).
    organisations: rows.map((p) => cityName(p, locale)).sort((a, b) => a.localeCompare(b, locale)),
    campaign: campaign ?? null,
  };
}
