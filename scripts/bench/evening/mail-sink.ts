/**
 * The mail server the outbox delivers to: a real SMTP server on loopback that
 * counts what it accepts by Message-ID, and that can refuse connections for
 * a while (its port closed: "connection refused", as a mail server that is
 * down), then accept again on the same port.
 */
import { SMTPServer } from 'smtp-server';

export type MailSink = {
  /** Accepted messages per Message-ID. */
  received: Map<string, number>;
  down: () => Promise<void>;
  up: () => Promise<void>;
  close: () => Promise<void>;
};

/** The Message-ID header of a raw message (headers end at the first empty line). */
export function messageIdOf(raw: string): string | null {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const match = head.replace(/\r?\n[ \t]+/g, ' ').match(/^message-id:\s*(<[^>\s]+>)/im);
  return match ? match[1]! : null;
}

export async function startMailSink(port: number): Promise<MailSink> {
  const received = new Map<string, number>();
  let server: SMTPServer | null = null;
  const listen = async () => {
    const s = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const id = messageIdOf(Buffer.concat(chunks).toString('utf8')) ?? `(no Message-ID ${received.size})`;
          received.set(id, (received.get(id) ?? 0) + 1);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => s.listen(port, '127.0.0.1', resolve));
    server = s;
  };
  const stop = async () => {
    const s = server;
    server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  await listen();
  return {
    received,
    down: async () => {
      // close() stops listening at once; a conversation under way may finish.
      const closing = stop();
      await Promise.race([closing, new Promise((r) => setTimeout(r, 100))]);
    },
    up: listen,
    close: stop,
  };
}
