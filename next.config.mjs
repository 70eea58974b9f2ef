import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native modules stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', 'sharp'],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
