/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | undefined
    /** GraphQL endpoint baked in at build time by config/index.ts (relative `/graphql` on H5). */
    TARO_APP_BFF_URL?: string
    /** H5: the WeChat Pay mock's confirm URL, baked in at build time (default same-origin `/__mock__/pay/confirm`). */
    TARO_APP_PAY_CONFIRM_URL?: string
  }
}
