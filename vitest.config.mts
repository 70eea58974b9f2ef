import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname);

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // Guards against importing server modules in the browser; tests run on the server.
      'server-only': path.join(root, 'tests/helpers/empty-module.ts'),
    },
  },
  test: {
    server: { deps: { inline: ['next-auth'] } },
    projects: [
      {
        extends: true,
        // Some unit tests write 10,000-row workbooks or PDFs: a busy CI machine needs more than the default 5 s.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 20_000 },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // Each test file gets its own freshly migrated SQLite file.
          setupFiles: ['tests/helpers/temp-database.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One production server is shared; files run one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
