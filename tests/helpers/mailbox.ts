import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll } from 'vitest';
import { freePort } from './free-port';

/**
 * A real SMTP server on loopback that writes every message it receives to a
 * folder, so that tests in other processes can read the mail.
 */
export async function startMailbox(
  dir: string,
  port: number,
  { hold }: { hold?: () => Promise<void> } = {},
): Promise<{ close: () => Promise<void> }> {
  fs.mkdirSync(dir, { recursive: true });
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        // A slow mail server: the message is accepted (and stored) only once `hold` lets it.
        void (hold?.() ?? Promise.resolve()).then(() => {
          const name = `${Date.now()}-${String(++n).padStart(5, '0')}.eml`;
          fs.writeFileSync(path.join(dir, name), Buffer.concat(chunks));
          callback();
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export type ReceivedMail = { to: string[]; subject: string; text: string; html: string };

async function readAll(dir: string): Promise<ReceivedMail[]> {
  if (!fs.existsSync(dir)) return [];
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
  const parsed: ParsedMail[] = await Promise.all(files.map((f) => simpleParser(fs.readFileSync(path.join(dir, f)))));
  return parsed.map((m) => ({
    to: (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase())),
    subject: m.subject ?? '',
    text: m.text ?? '',
    html: typeof m.html === 'string' ? m.html : '',
  }));
}

/** Every mail received so far for `address`. */
export async function mailsFor(dir: string, address: string): Promise<ReceivedMail[]> {
  const all = await readAll(dir);
  return all.filter((m) => m.to.includes(address.toLowerCase()));
}

/**
 * Waits until `address` has received more than `after` mails (of those that
 * `match`, when given: other mails, a reminder or a digest, may arrive
 * meanwhile), and returns the newest.
 */
export async function waitForMail(dir: string, address: string, after = 0, timeoutMs = 15_000, match: (mail: ReceivedMail) => boolean = () => true): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mails = (await mailsFor(dir, address)).filter(match);
    if (mails.length > after) return mails[mails.length - 1]!;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`No mail for ${address} within ${timeoutMs} ms`);
}

/**
 * A test file's own SMTP server, running for the whole file, that the app's
 * mail goes to: returns the folder its mails are written to.
 */
export function startFileMailbox(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `blue-lights-${name}-mail-`));
  let mailbox: { close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    const port = await freePort();
    mailbox = await startMailbox(dir, port);
    // lib/env reads the environment once, on first use: this runs before any mail is sent.
    process.env.EMAIL_SERVER = `smtp://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await mailbox?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
