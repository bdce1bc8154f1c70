import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * For every vitest project that runs the BFF in-process. graphql ships CJS (main) and ESM (module)
 * builds; Vite picks the ESM one for our sources while yoga's executor, loaded natively, gets the CJS
 * one: two GraphQLError classes, so `instanceof` in the error masking fails and every domain error is
 * masked. Node (production) always loads the CJS build, so tests are pinned to it too.
 */
export const singleGraphqlAlias = { find: /^graphql$/, replacement: require.resolve('graphql') };
