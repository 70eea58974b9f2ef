/**
 * The answers to a request to take part, mailed to the requester in the
 * language they wrote in (namespace `TakePartMail`), queued in the
 * transaction of the answer.
 */
import type { Locale } from '@/lib/constants';
import { renderMail, mailTranslator, siteLink, type MailBlock, type RenderedMail } from '@/lib/mail/compose';

export type AnswerFacts = { name: string; organisation: string; reply: string | null; city: string | null };

export function acceptedMail(locale: Locale, facts: AnswerFacts): RenderedMail {
  const t = mailTranslator(locale, 'TakePartMail');
  const blocks: MailBlock[] = [
    t('acceptedIntro', { organisation: facts.organisation }),
    t('acceptedNext'),
    ...(facts.reply ? [t('replyHeading'), facts.reply] : []),
    { label: t('mapLink'), link: siteLink('/', locale) },
  ];
  return renderMail(locale, { subject: t('acceptedSubject'), name: facts.name, blocks });
}

export function declinedMail(locale: Locale, facts: AnswerFacts): RenderedMail {
  const t = mailTranslator(locale, 'TakePartMail');
  const blocks: MailBlock[] = [t('declinedIntro', { organisation: facts.organisation }), t('replyHeading'), facts.reply ?? '', t('declinedThanks')];
  return renderMail(locale, { subject: t('declinedSubject'), name: facts.name, blocks });
}
