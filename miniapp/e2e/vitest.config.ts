import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

const require = createRequire(import.meta.url);

// Browser journeys: the real BFF over a cloned seeded database, serving the H5 build, driven in
// Debian's Chromium through playwright-core.
export default defineProject({
  resolve: {
    // The BFF runs in this process: pin graphql to the CJS build Node (and yoga) load, as the bff
    // project does, or domain errors are masked as internal ones (two GraphQLError classes).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
