import type { Config } from '../config.ts';
import { createWechatPayClient, type WechatPayClient } from '../wechat/index.ts';

/** The WeChat Pay client from configuration; null when WeChat Pay is not configured (config allows that outside production). */
export function createWechatPayFromConfig(config: Config, now: () => Date): WechatPayClient | null {
  if (!config.WECHATPAY_MCHID) return null;
  return createWechatPayClient({
    baseUrl: config.WECHAT_PAY_BASE_URL,
    appId: config.WECHAT_APPID,
    mchId: config.WECHATPAY_MCHID,
    merchantSerialNo: config.WECHATPAY_MERCHANT_SERIAL!,
    merchantPrivateKeyPem: config.WECHATPAY_MERCHANT_PRIVATE_KEY!,
    platformSerialNo: config.WECHATPAY_PLATFORM_SERIAL!,
    platformPublicKeyPem: config.WECHATPAY_PLATFORM_PUBLIC_KEY!,
    platformPublicKeys: config.WECHATPAY_PREVIOUS_PLATFORM_KEYS,
    apiV3Key: config.WECHATPAY_APIV3_KEY!,
    notifyUrl: config.WECHATPAY_NOTIFY_URL!,
    now: () => now().getTime(),
  });
}
