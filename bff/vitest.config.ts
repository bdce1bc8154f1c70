import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineProject({
  resolve: {
    // graphql ships CJS (main) and ESM (module) builds. Vite picks the ESM one for our sources while
    // yoga's executor, loaded natively, gets the CJS one: two GraphQLError classes, so `instanceof`
    // in the error masking fails and every domain error is masked in tests. Node (production) always
    // picks the CJS build, so pin tests to it too.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    name: 'bff',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', '../prisma/seed/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
