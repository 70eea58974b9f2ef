import nodemailer from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { MailAttachment } from '@/db/schema';
import { env } from '../env';
import { escapeHtml } from './compose';

export { escapeHtml };

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /** A Message-ID that stays the same on every attempt, so that a receiving server may drop a repeat. */
  messageId?: string;
};

/**
 * How long one SMTP conversation may take at most (connection, greeting,
 * any silence). The outbox leases a mail for longer than this, so that no
 * other process takes a mail while it is still being sent (lib/mail/outbox.ts).
 */
export const SMTP_TIMEOUTS_MS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 } as const;

let transport: nodemailer.Transporter | undefined;

/**
 * Sends a mail through EMAIL_SERVER. Without it, on a laptop with the demo
 * data, the mail is written to the server log instead, so sign-in links still
 * work; a real deployment (DEMO_DATA=false) never writes a mail, and so never
 * a sign-in link, to its log.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const { EMAIL_SERVER, EMAIL_FROM, DEMO_DATA } = env();
  if (!EMAIL_SERVER) {
    if (!DEMO_DATA) throw new Error('EMAIL_SERVER is not set: the mail was not sent.');
    const files = mail.attachments?.length ? `\n[attached: ${mail.attachments.map((a) => a.filename).join(', ')}]` : '';
    console.log(`[blue-lights] mail to ${mail.to}: ${mail.subject}\n${mail.text}${files}\n`);
    return;
  }
  // The transport itself, so that the timeouts join what the URL says (given the URL alone, nodemailer drops other options).
  transport ??= nodemailer.createTransport(new SMTPTransport({ url: EMAIL_SERVER, ...SMTP_TIMEOUTS_MS }));
  await transport.sendMail({
    from: EMAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    attachments: mail.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
  });
}

/**
 * Whether a failed send is worth trying again: a mail server's permanent
 * refusal (5xx: no such mailbox, message refused) is not; a connection that
 * failed, a timeout or a temporary refusal (4xx) is.
 */
export function isPermanentFailure(error: unknown): boolean {
  const e = error as { responseCode?: unknown; code?: unknown } | null;
  if (e && typeof e.responseCode === 'number') return e.responseCode >= 500 && e.responseCode < 600;
  return e?.code === 'EENVELOPE';
}
