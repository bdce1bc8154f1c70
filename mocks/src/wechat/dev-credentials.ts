// DEVELOPMENT-ONLY credentials for the local WeChat mock. They are committed on purpose: they only
// let the BFF and the mock recognise each other and must never be configured against real WeChat.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEV_KEYS_DIR = fileURLToPath(new URL('../../keys/', import.meta.url));

export const DEV_KEY_PATHS = {
  merchantPrivateKey: `${DEV_KEYS_DIR}merchant-private.pem`,
  merchantPublicKey: `${DEV_KEYS_DIR}merchant-public.pem`,
  platformPrivateKey: `${DEV_KEYS_DIR}platform-private.pem`,
  platformPublicKey: `${DEV_KEYS_DIR}platform-public.pem`,
} as const;

const read = (path: string) => readFileSync(path, 'utf8');

export const DEV_WECHAT_CREDENTIALS = {
  appId: 'wxdev0000000000001',
  appSecret: 'devsecret0000000000000000000000001',
  mchId: '1900000001',
  merchantSerialNo: 'DEV0000000000000000000000000000MERCHANT1',
  platformSerialNo: 'DEV0000000000000000000000000000PLATFORM1',
  // Exactly 32 bytes, as AES-256-GCM with the APIv3 key requires.
  apiV3Key: 'devApiV3Key000000000000000000001',
  merchantPrivateKeyPem: read(DEV_KEY_PATHS.merchantPrivateKey),
  merchantPublicKeyPem: read(DEV_KEY_PATHS.merchantPublicKey),
  platformPrivateKeyPem: read(DEV_KEY_PATHS.platformPrivateKey),
  platformPublicKeyPem: read(DEV_KEY_PATHS.platformPublicKey),
} as const;

/**
 * Environment for a BFF pointed at the local mock, in the variable names the BFF config reads.
 * PEM values are passed inline (not as paths) so the BFF does not need file access to mocks/.
 */
export function devWechatEnv(opts: { mockBaseUrl: string; payBaseUrl?: string; notifyUrl: string }): Record<string, string> {
  const c = DEV_WECHAT_CREDENTIALS;
  return {
    WECHAT_API_BASE_URL: opts.mockBaseUrl,
    WECHAT_PAY_BASE_URL: opts.payBaseUrl ?? opts.mockBaseUrl,
    WECHAT_APPID: c.appId,
    WECHAT_SECRET: c.appSecret,
    WECHATPAY_MCHID: c.mchId,
    WECHATPAY_MERCHANT_SERIAL: c.merchantSerialNo,
    WECHATPAY_MERCHANT_PRIVATE_KEY: c.merchantPrivateKeyPem,
    WECHATPAY_PLATFORM_SERIAL: c.platformSerialNo,
    WECHATPAY_PLATFORM_PUBLIC_KEY: c.platformPublicKeyPem,
    WECHATPAY_APIV3_KEY: c.apiV3Key,
    WECHATPAY_NOTIFY_URL: opts.notifyUrl,
  };
}
