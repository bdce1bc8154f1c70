export { createWechatClient } from './wechat-client.ts';
export type { WechatClient, WechatClientConfig, Code2SessionResult, PhoneInfo, UnlimitedQrCodeParams, SubscribeMessageParams } from './wechat-client.ts';
export { createWechatPayClient } from './pay-client.ts';
export type {
  WechatPayClient,
  WechatPayClientConfig,
  WechatPayTransaction,
  WechatPayRefund,
  WechatPayRefundNotice,
  TradeState,
  JsapiPrepayParams,
  RequestPaymentParams,
  RefundParams,
  NotificationHeaders,
  VerifiedNotification,
} from './pay-client.ts';
export { WechatApiError, WechatPayApiError, WechatPayNotificationError, kindForErrcode } from './errors.ts';
export type { WechatErrorKind, WechatPayErrorKind, NotificationErrorKind } from './errors.ts';
