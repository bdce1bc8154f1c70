/** Stable categories the BFF maps to GraphQL error codes; errcode values are WeChat's. */
export type WechatErrorKind =
  | 'INVALID_CODE'
  | 'CODE_USED'
  | 'RATE_LIMITED'
  | 'RISKY_USER'
  | 'INVALID_CREDENTIALS'
  | 'ACCESS_TOKEN_INVALID'
  | 'INVALID_SCENE'
  | 'INVALID_PAGE'
  | 'INVALID_ARGS'
  | 'INVALID_OPENID'
  | 'INVALID_TEMPLATE'
  | 'NOT_SUBSCRIBED'
  | 'QUOTA_EXCEEDED'
  | 'SYSTEM_BUSY'
  | 'UNAVAILABLE'
  | 'BAD_RESPONSE'
  | 'UNKNOWN';

const KIND_BY_ERRCODE: Record<number, WechatErrorKind> = {
  [-1]: 'SYSTEM_BUSY',
  40029: 'INVALID_CODE',
  40163: 'CODE_USED',
  45011: 'RATE_LIMITED',
  40226: 'RISKY_USER',
  40013: 'INVALID_CREDENTIALS',
  40125: 'INVALID_CREDENTIALS',
  40001: 'ACCESS_TOKEN_INVALID',
  40014: 'ACCESS_TOKEN_INVALID',
  41001: 'ACCESS_TOKEN_INVALID',
  42001: 'ACCESS_TOKEN_INVALID',
  40169: 'INVALID_SCENE',
  40129: 'INVALID_SCENE',
  41030: 'INVALID_PAGE',
  40097: 'INVALID_ARGS',
  47001: 'INVALID_ARGS',
  40003: 'INVALID_OPENID',
  40037: 'INVALID_TEMPLATE',
  47003: 'INVALID_TEMPLATE',
  43101: 'NOT_SUBSCRIBED',
  45009: 'QUOTA_EXCEEDED',
};

export function kindForErrcode(errcode: number): WechatErrorKind {
  return KIND_BY_ERRCODE[errcode] ?? 'UNKNOWN';
}

/** A mini-program server API (api.weixin.qq.com) call failed. */
export class WechatApiError extends Error {
  override readonly name = 'WechatApiError';
  readonly errcode: number;
  readonly errmsg: string;
  readonly kind: WechatErrorKind;
  readonly api: string;

  constructor(api: string, errcode: number, errmsg: string, kind: WechatErrorKind = kindForErrcode(errcode), options?: { cause?: unknown }) {
    super(`${api} failed: ${errcode} ${errmsg}`, options);
    this.api = api;
    this.errcode = errcode;
    this.errmsg = errmsg;
    this.kind = kind;
  }

  /** Whether retrying the same call later may succeed (the caller decides whether to). */
  get retryable(): boolean {
    return this.kind === 'SYSTEM_BUSY' || this.kind === 'UNAVAILABLE' || this.kind === 'RATE_LIMITED';
  }
}

export type WechatPayErrorKind =
  | 'INVALID_PARAMS'
  | 'SIGN_ERROR'
  | 'ORDER_EXISTS'
  | 'ORDER_PAID'
  | 'ORDER_CLOSED'
  | 'NOT_FOUND'
  | 'REFUND_REJECTED'
  | 'FREQUENCY_LIMITED'
  | 'SYSTEM_ERROR'
  | 'UNAVAILABLE'
  | 'BAD_RESPONSE_SIGNATURE'
  | 'BAD_RESPONSE'
  | 'UNKNOWN';

/** A WeChat Pay v3 (api.mch.weixin.qq.com) call failed. `code` is WeChat's string code. */
export class WechatPayApiError extends Error {
  override readonly name = 'WechatPayApiError';
  readonly status: number;
  readonly code: string;
  readonly kind: WechatPayErrorKind;
  readonly detail: unknown;
  /** WeChat Pay's own message (Chinese for business refusals), without our prefix */
  readonly wechatMessage: string;

  constructor(status: number, code: string, message: string, kind: WechatPayErrorKind, detail?: unknown, options?: { cause?: unknown }) {
    super(`WeChat Pay ${status} ${code}: ${message}`, options);
    this.wechatMessage = message;
    this.status = status;
    this.code = code;
    this.kind = kind;
    this.detail = detail;
  }
}

export function payKindFor(status: number, code: string, message: string): WechatPayErrorKind {
  switch (code) {
    case 'PARAM_ERROR':
    case 'APPID_MCHID_NOT_MATCH':
    case 'MCH_NOT_EXISTS':
      return 'INVALID_PARAMS';
    case 'SIGN_ERROR':
      return 'SIGN_ERROR';
    case 'ORDERPAID':
      return 'ORDER_PAID';
    case 'ORDER_CLOSED':
      return 'ORDER_CLOSED';
    case 'OUT_TRADE_NO_USED':
      return 'ORDER_EXISTS';
    case 'ORDER_NOT_EXIST':
    case 'ORDERNOTEXIST':
    case 'RESOURCE_NOT_EXISTS':
      return 'NOT_FOUND';
    case 'NOT_ENOUGH':
    case 'USER_ACCOUNT_ABNORMAL':
      return 'REFUND_REJECTED';
    case 'FREQUENCY_LIMITED':
      return 'FREQUENCY_LIMITED';
    case 'SYSTEM_ERROR':
    case 'BANKERROR':
      return 'SYSTEM_ERROR';
    case 'INVALID_REQUEST':
      // WeChat overloads INVALID_REQUEST; the duplicate-order case is only told apart by its message.
      if (message.includes('订单号重复')) return 'ORDER_EXISTS';
      if (message.includes('退款')) return 'REFUND_REJECTED';
      return 'INVALID_PARAMS';
    default:
      return status >= 500 ? 'SYSTEM_ERROR' : 'UNKNOWN';
  }
}

export type NotificationErrorKind = 'MALFORMED' | 'UNKNOWN_SERIAL' | 'BAD_SIGNATURE' | 'STALE' | 'DECRYPT_FAILED';

/** An incoming WeChat Pay notification must not be trusted; answer it with 4xx/5xx. */
export class WechatPayNotificationError extends Error {
  override readonly name = 'WechatPayNotificationError';
  readonly kind: NotificationErrorKind;

  constructor(kind: NotificationErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
  }
}
