export { createWechatHandlers } from './handlers.ts';
export type { WechatHandlers, WechatMockOptions, WechatMockState, MockTransaction, MockRefund, TradeState } from './handlers.ts';
export { buildPaymentNotification, buildRefundNotification, buildSignedNotification } from './notifications.ts';
export type { SignedNotification, BuildNotificationOptions } from './notifications.ts';
export { DEV_WECHAT_CREDENTIALS, DEV_KEY_PATHS, DEV_KEYS_DIR, devWechatEnv } from './dev-credentials.ts';
