/**
 * GraphQL endpoint, fixed at build time by config/index.ts through `defineConstants`:
 * `/graphql` on H5 (same origin as the page), `TARO_APP_BFF_URL` on weapp
 * (default https://bff.example.com/graphql). Must be written as the literal
 * `process.env.TARO_APP_BFF_URL` so webpack's DefinePlugin can substitute it.
 */
export function getBffUrl(): string {
  return process.env.TARO_APP_BFF_URL || '/graphql'
}
