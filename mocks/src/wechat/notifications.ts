import { randomUUID } from 'node:crypto';
import { aeadEncrypt, randomString, rfc3339Cst, rsaSha256Sign } from './pay-crypto.ts';

export interface SignedNotification {
  /** Exactly the bytes to POST; the signature covers this string, so do not re-serialise it. */
  body: string;
  headers: Record<string, string>;
}

export interface BuildNotificationOptions {
  /** The decrypted resource, e.g. the transaction object WeChat would return from a query. */
  resource: Record<string, unknown>;
  apiV3Key: string;
  platformPrivateKeyPem: string;
  platformSerialNo: string;
  eventType?: string;
  summary?: string;
  originalType?: string;
  /** Override to forge stale or replayed notifications in tests. */
  timestamp?: number;
  nonce?: string;
  id?: string;
  createTime?: Date;
}

/** Builds a notification exactly as WeChat Pay sends it: encrypted resource, signed envelope. */
export function buildSignedNotification(opts: BuildNotificationOptions): SignedNotification {
  const originalType = opts.originalType ?? 'transaction';
  const resourceNonce = randomString(12);
  const associatedData = originalType;
  const envelope = {
    id: opts.id ?? randomUUID(),
    create_time: rfc3339Cst(opts.createTime ?? new Date()),
    resource_type: 'encrypt-resource',
    event_type: opts.eventType ?? 'TRANSACTION.SUCCESS',
    summary: opts.summary ?? '支付成功',
    resource: {
      original_type: originalType,
      algorithm: 'AEAD_AES_256_GCM',
      ciphertext: aeadEncrypt(JSON.stringify(opts.resource), opts.apiV3Key, resourceNonce, associatedData),
      associated_data: associatedData,
      nonce: resourceNonce,
    },
  };
  const body = JSON.stringify(envelope);
  const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = opts.nonce ?? randomString(32);
  const signature = rsaSha256Sign(`${timestamp}\n${nonce}\n${body}\n`, opts.platformPrivateKeyPem);
  return {
    body,
    headers: {
      'Content-Type': 'application/json',
      'Wechatpay-Serial': opts.platformSerialNo,
      'Wechatpay-Signature': signature,
      'Wechatpay-Timestamp': timestamp,
      'Wechatpay-Nonce': nonce,
      'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
    },
  };
}

/** A TRANSACTION.SUCCESS notification for a paid transaction object. */
export function buildPaymentNotification(
  opts: Omit<BuildNotificationOptions, 'resource' | 'eventType' | 'originalType'> & { transaction: Record<string, unknown> },
): SignedNotification {
  const { transaction, ...rest } = opts;
  return buildSignedNotification({ ...rest, resource: transaction, eventType: 'TRANSACTION.SUCCESS', originalType: 'transaction', summary: opts.summary ?? '支付成功' });
}

const REFUND_EVENTS = { SUCCESS: ['REFUND.SUCCESS', '退款成功'], ABNORMAL: ['REFUND.ABNORMAL', '退款异常'], CLOSED: ['REFUND.CLOSED', '退款关闭'] } as const;

/** A REFUND.SUCCESS / REFUND.ABNORMAL / REFUND.CLOSED notification, chosen by the refund's refund_status. */
export function buildRefundNotification(
  opts: Omit<BuildNotificationOptions, 'resource' | 'eventType' | 'originalType' | 'summary'> & {
    refund: Record<string, unknown> & { refund_status: keyof typeof REFUND_EVENTS };
  },
): SignedNotification {
  const { refund, ...rest } = opts;
  const [eventType, summary] = REFUND_EVENTS[refund.refund_status];
  return buildSignedNotification({ ...rest, resource: refund, eventType, originalType: 'refund', summary });
}
