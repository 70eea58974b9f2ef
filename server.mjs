/**
 * The production HTTP server: Next.js behind a few lines of our own, so that
 * the app knows who is asking. `next start` passes on whatever
 * X-Forwarded-For a client sends, which would let anyone choose the address
 * that rate limits count against; here the address comes from the socket, or
 * from the number of reverse proxies the operator says are in front
 * (TRUSTED_PROXY_HOPS), and reaches the app in a header no client can set.
 *
 *   npm run serve            (after npm run build)
 *   PORT=3001 npm run serve  (several processes behind one reverse proxy)
 */
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { CONTENT_ENCODING_HEADER, passContentEncoding } from './lib/http/content-encoding.mjs';
import { answerFromFastLane } from './lib/http/fast-lane.mjs';
import { CLIENT_ADDRESS_HEADER, clientAddress, parseTrustedHops } from './lib/http/forwarded.mjs';
import { parsePageRendersPerMinute } from './lib/http/page-limit-setting.mjs';
import { plumbingOff } from './lib/http/plumbing-switches.mjs';
import { isHttpsAddress, STRICT_TRANSPORT_SECURITY } from './lib/http/strict-transport.mjs';
import { tightenDataDir } from './lib/private-data.mjs';
import { productionProblems, refusal } from './lib/production-settings.mjs';

// The database, its WAL, backups and photos are for this user's eyes only.
process.umask(0o077);

const problems = productionProblems(process.env);
if (problems.length > 0) {
  console.error(`[blue-lights] ${refusal(problems)}`);
  process.exit(1);
}

// Files an earlier version or a person left readable by others are made private too (lib/private-data.mjs).
for (const failure of tightenDataDir(path.resolve(process.env.DATA_DIR || './data'))) {
  console.warn(`[blue-lights] could not make this private to the server's user: ${failure}`);
}

// Over https every response says so, whoever makes it: pages, Auth.js, build files, redirects.
const strictTransport = isHttpsAddress(process.env.AUTH_URL);

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || undefined;
let trustedHops;
try {
  trustedHops = parseTrustedHops(process.env.TRUSTED_PROXY_HOPS);
  // Read again by the app (lib/http/page-limit.ts); a wrong value stops the server here, with its name.
  parsePageRendersPerMinute(process.env.PAGE_RENDERS_PER_MINUTE);
} catch (error) {
  console.error(`[blue-lights] ${error.message}`);
  process.exit(1);
}

// Tells the app that the client-address header was set here (see lib/http/client.ts).
globalThis[Symbol.for('blue-lights.client-address-header')] = CLIENT_ADDRESS_HEADER;
// Tells route handlers that a body they compress reaches the client with its Content-Encoding (lib/http/compression.ts).
if (!plumbingOff('route-compression')) globalThis[Symbol.for('blue-lights.content-encoding-header')] = CONTENT_ENCODING_HEADER;

const app = next({ dev: false, dir: import.meta.dirname, hostname: host ?? 'localhost', port });
try {
  await app.prepare();
  await appReady(app);
} catch (error) {
  // A refused configuration (see lib/env.ts) says what is missing; anything else is shown whole.
  const cause = error?.cause instanceof Error ? error.cause : error;
  console.error(`[blue-lights] ${cause?.message ?? cause}`);
  process.exit(1);
}
const handle = app.getRequestHandler();

/**
 * In production Next.js prepares the app (instrumentation.ts: the settings
 * checked by lib/env.ts, the database opened and migrated) on the first
 * request, and when that fails it logs the error and answers 500 to every
 * request while still listening. Preparing it here, before listening, makes
 * a setting the app refuses (AUTH_URL=ftp://…, MAIL_RETRY_SECONDS=abc) stop
 * the server with the setting's name. (tests/e2e/start-up.test.ts fails if
 * a Next.js upgrade moves these internals.)
 */
async function appReady(custom) {
  const wrapper = custom.server;
  const inner = typeof wrapper?.getServer === 'function' ? await wrapper.getServer() : undefined;
  if (typeof inner?.prepare === 'function') await inner.prepare();
}

const server = http.createServer((req, res) => {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustedHops);
  if (strictTransport) res.setHeader('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  passContentEncoding(res);
  // Public answers the app already holds in memory skip Next.js (lib/http/fast-lane.mjs).
  if (plumbingOff('fast-lane')) return void handle(req, res);
  answerFromFastLane(req, res).then(
    (answered) => answered || handle(req, res),
    () => handle(req, res),
  );
});
// Longer than a reverse proxy's upstream keep-alive (nginx: 60 s), so that it never reuses a closed connection.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

server.listen(port, host, () => {
  console.log(`[blue-lights] listening on ${host ?? 'every address'}, port ${port}`);
});

function stop() {
  server.close(() => {
    app.close().finally(() => process.exit(0));
  });
  // Open keep-alive connections would hold the close up.
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
