import nodemailer from 'nodemailer';
import { env } from '../env';

export type Mail = { to: string; subject: string; text: string; html?: string };

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
    console.log(`[blue-lights] mail to ${mail.to}: ${mail.subject}\n${mail.text}\n`);
    return;
  }
  transport ??= nodemailer.createTransport(EMAIL_SERVER);
  await transport.sendMail({ from: EMAIL_FROM, ...mail });
}

/** Escapes text for the HTML part of a mail. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
