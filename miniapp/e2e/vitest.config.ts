import { defineProject } from 'vitest/config';
import { singleGraphqlAlias } from '../../bff/test/single-graphql.ts';

// Browser journeys: the real BFF over a cloned seeded database, serving the H5 build, driven in
// Debian's Chromium through playwright-core.
export default defineProject({
  resolve: { alias: [singleGraphqlAlias] },
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['**/*.e2e.test.ts'],
    // Generous: a journey drives several pages and runs axe-core on each, on a shared 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
