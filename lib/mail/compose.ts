/**
 * Mails as the reader gets them: in their language, plain text and HTML with
 * the same content, user strings escaped in the HTML, links made from the
 * configured public address only, and a footer that names the site and the
 * anti-trafficking hotline. Texts come from messages/{code}.json, one per
 * language of lib/languages.ts.
 */
import { createTranslator } from 'use-intl/core';
import type { MailAttachment } from '@/db/schema';
import type { Locale } from '@/lib/constants';
import { env } from '@/lib/env';
import { languageOf } from '@/lib/languages';
import { localePath } from '@/lib/localized';
import { messagesOf } from '@/lib/messages';

export type MailTranslator = (key: string, values?: Record<string, string | number>) => string;

/** A translator for one namespace of the mail texts, in `locale`. */
export function mailTranslator(locale: Locale, namespace: string): MailTranslator {
  const t = createTranslator({ locale, messages: messagesOf(locale) as unknown as Record<string, never>, namespace: namespace as never });
  return t as unknown as MailTranslator;
}

/** A path of the site in `locale` (English has no prefix), as an absolute URL on the configured address. */
export function siteLink(path: string, locale: Locale): string {
  return new URL(localePath(path, locale), env().siteUrl).toString();
}

/** A paragraph, a bulleted list, numbered steps, or a link with its label. */
export type MailBlock = string | { list: string[] } | { steps: string[] } | { link: string; label: string };

export type MailContent = {
  subject: string;
  /** The person's name, for the greeting; none for mails to an address only. */
  name?: string | null;
  blocks: MailBlock[];
};

export type RenderedMail = { subject: string; text: string; html: string; attachments?: MailAttachment[] };

/** Escapes text for the HTML part of a mail. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const paragraph = (text: string) => `<p style="margin:0 0 1em">${escapeHtml(text).replaceAll('\n', '<br>')}</p>`;

function blockText(block: MailBlock): string {
  if (typeof block === 'string') return block;
  if ('list' in block) return block.list.map((item) => `- ${item.replaceAll('\n', '\n  ')}`).join('\n');
  if ('steps' in block) return block.steps.map((item, i) => `${i + 1}. ${item.replaceAll('\n', '\n   ')}`).join('\n');
  // The address alone on its line: mail programs make it a link, and nothing sticks to it.
  return `${block.label}\n${block.link}`;
}

function blockHtml(block: MailBlock): string {
  if (typeof block === 'string') return paragraph(block);
  if ('list' in block) {
    return `<ul style="margin:0 0 1em;padding-left:1.2em">${block.list.map((i) => `<li>${escapeHtml(i).replaceAll('\n', '<br>')}</li>`).join('')}</ul>`;
  }
  if ('steps' in block) {
    return `<ol style="margin:0 0 1em;padding-left:1.4em">${block.steps.map((i) => `<li>${escapeHtml(i).replaceAll('\n', '<br>')}</li>`).join('')}</ol>`;
  }
  return `<p style="margin:0 0 1em"><a href="${escapeHtml(block.link)}" style="color:#0b3d91;font-weight:bold">${escapeHtml(block.label)}</a><br><span style="font-size:small;color:#555">${escapeHtml(block.link)}</span></p>`;
}

/** The footer lines every mail carries: the site and the hotline, in the reader's language. */
export function footerLines(locale: Locale): string[] {
  const mail = mailTranslator(locale, 'Mail');
  const common = mailTranslator(locale, 'Common');
  return [
    mail('footerSite', { url: siteLink('/', locale) }),
    `${common('hotlineLabel')} ${common('hotlineNumber')} · ${common('hotlineWebsite')}`,
    mail('footerLanguage', { url: siteLink('/account', locale) }),
  ];
}

/** Writes a mail in `locale`: greeting, the blocks, the signature, the footer; text and HTML alike. */
export function renderMail(locale: Locale, content: MailContent): RenderedMail {
  const t = mailTranslator(locale, 'Mail');
  const blocks: MailBlock[] = [...(content.name ? [t('greeting', { name: content.name })] : []), ...content.blocks, t('signature')];
  const footer = footerLines(locale);
  const text = [...blocks.map(blockText), `-- \n${footer.join('\n')}`].join('\n\n');
  const html = [
    '<!doctype html>',
    `<html lang="${locale}" dir="${languageOf(locale).dir}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;max-width:40em">',
    ...blocks.map(blockHtml),
    `<hr style="border:0;border-top:1px solid #ccd">`,
    `<p style="font-size:small;color:#555">${footer.map(escapeHtml).join('<br>')}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: content.subject, text, html };
}
