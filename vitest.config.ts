import { defineConfig } from 'vitest/config';

// One run for the whole repository. The global setup starts one PostgreSQL (embedded, or the server
// at TEST_DATABASE_URL) and builds a migrated, seeded template database that each test file clones.
export default defineConfig({
  test: {
    globalSetup: ['bff/test/global-setup.ts'],
    projects: ['bff/vitest.config.ts', 'miniapp/vitest.config.ts', 'miniapp/e2e/vitest.config.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
