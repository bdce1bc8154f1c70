/**
 * GraphQL endpoint, fixed at build time by config/index.ts through `defineConstants`:
 * `/graphql` on H5 (same origin as the page), `TARO_APP_BFF_URL` on weapp
 * (default https://bff.example.com/graphql). Must be written as the literal
 * `process.env.TARO_APP_BFF_URL` so webpack's DefinePlugin can substitute it.
 */
export function getBffUrl(): string {
  return process.env.TARO_APP_BFF_URL || '/graphql'
}

/**
 * H5 only: where the WeChat Pay mock's confirm endpoint is (it stands in for the shopper paying in
 * the WeChat client). Fixed at build time from `TARO_APP_PAY_CONFIRM_URL` by config/index.ts;
 * unset, it is same-origin `/__mock__/pay/confirm`, which the browser journeys route to their
 * in-process mock. `npm start` builds H5 with the mock dev server's own URL (it answers CORS).
 */
export function getPayConfirmUrl(): string {
  return process.env.TARO_APP_PAY_CONFIRM_URL || '/__mock__/pay/confirm'
}
