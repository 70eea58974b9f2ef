import { sendMail } from './transport';

/**
 * The sign-in mail. Plain text first: it reads everywhere and the link is
 * never mangled. The mail is in English, French, Dutch and German, since the
 * address tells nothing of the reader's language.
 */
export async function sendSignInLink({ to, url, expires }: { to: string; url: string; expires: Date }): Promise<void> {
  const minutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60000));
  const text = [
    `Sign in to Blue Lights / Se connecter / Aanmelden / Anmelden:`,
    '',
    url,
    '',
    `This link works once, for ${minutes} minutes. If you did not ask for it, ignore this mail.`,
    `Ce lien fonctionne une fois, pendant ${minutes} minutes. Si vous ne l’avez pas demandé, ignorez ce message.`,
    `Deze link werkt één keer, ${minutes} minuten lang. Hebt u hem niet aangevraagd, negeer dan deze mail.`,
    `Dieser Link funktioniert einmal, ${minutes} Minuten lang. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail.`,
  ].join('\n');
  await sendMail({ to, subject: 'Your Blue Lights sign-in link', text });
}
