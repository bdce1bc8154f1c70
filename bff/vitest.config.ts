import { defineProject } from 'vitest/config';
import { singleGraphqlAlias } from './test/single-graphql.ts';

export default defineProject({
  resolve: { alias: [singleGraphqlAlias] },
  test: {
    name: 'bff',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', '../prisma/seed/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
