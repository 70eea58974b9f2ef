import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { LOCALE_ALTERNATION } from './lib/constants';
import { NO_FRAMING_HEADERS, SECURITY_HEADERS } from './lib/http/security-headers';
import { buildMapClient } from './scripts/build-map-client.mjs';

// Messages are compiled when the app is built, so that browsers get no ICU
// message parser (9 kB less compressed JavaScript on every page) and format faster.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

// Only the embeddable map (/embed, /fr/embed, … and below) may be framed by
// other sites; every other page refuses framing (clickjacking).
const EMBED = `(?:(?:${LOCALE_ALTERNATION})/)?embed(?:/.*)?`;
const securityHeaders = Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value }));
const noFraming = Object.entries(NO_FRAMING_HEADERS).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  // Native modules stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', 'sharp', 'pdfkit'],
  poweredByHeader: false,
  // The proxy must tell a page visit from a client-side navigation (RSC
  // request) to answer only the former from its page cache: without this,
  // Next.js hides the RSC headers and the _rsc parameter from it.
  skipProxyUrlNormalize: true,
  // Lets several builds live side by side (e.g. tests run while a dev server builds).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Photos of up to 10 MB are uploaded through server actions (1 MB by default);
  // the proxy (proxy.ts) must pass the whole body on too (10 MB by default).
  // The actions still check each file's size and content themselves.
  experimental: {
    serverActions: { bodySizeLimit: '11mb' },
    // forbidden() from next/navigation: a page a signed-in user has no right to
    // answers 403 with app/[locale]/forbidden.tsx instead of a 200.
    authInterrupts: true,
    proxyClientMaxBodySize: '11mb',
  },
  // Evaluated by `next build` and frozen into the build's routes manifest
  // (`next start` reads the manifest, not this function), so nothing here may
  // depend on where the build is deployed: Strict-Transport-Security, which
  // depends on the configured address being https, is added by proxy.ts.
  async headers() {
    return [
      {
        source: `/:path((?!${EMBED}$).*)`,
        headers: [...securityHeaders, ...noFraming],
      },
      {
        source: `/:path(${EMBED})`,
        headers: [...securityHeaders, { key: 'Content-Security-Policy', value: 'frame-ancestors *' }],
      },
    ];
  },
};

export default function config(phase: string): NextConfig {
  // The public map's own script is bundled apart from Next.js's (see scripts/build-map-client.mjs).
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) buildMapClient({ minify: phase === PHASE_PRODUCTION_BUILD });
  return withNextIntl(nextConfig);
}
