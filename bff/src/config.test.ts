import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig, ConfigError, DEV_TOKEN_SIGNING_KEY, REPO_ROOT } from './config.ts';

describe('configuration', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.NODE_ENV).toBe('development');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SEED_WHEN_EMPTY).toBe(true);
    expect(config.WECHAT_API_BASE_URL).toBe('https://api.weixin.qq.com');
  });

  it('takes images from a local directory unless an S3 bucket is configured in full', () => {
    const config = loadConfig({});
    expect(config.IMAGE_STORE).toBe('local');
    expect(config.IMAGE_STORE_DIR).toBe(resolve(REPO_ROOT, '.data/images'));
    expect(config.PUBLIC_BASE_URL).toBe('');
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://bff.example.com/' }).PUBLIC_BASE_URL).toBe('https://bff.example.com');
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'bff.example.com' })).toThrow(/PUBLIC_BASE_URL/);
    expect(() => loadConfig({ IMAGE_STORE: 's3', S3_BUCKET_URL: 'https://s3.example.com/b' })).toThrow(/S3_ACCESS_KEY_ID: IMAGE_STORE=s3 needs it\n  S3_SECRET_ACCESS_KEY/);
    const s3 = loadConfig({ IMAGE_STORE: 's3', S3_BUCKET_URL: 'https://s3.example.com/b', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' });
    expect(s3.S3_REGION).toBe('us-east-1');
  });

  it('names the bad variable and its value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty"/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL="not a url"/);
    expect(() => loadConfig({ SEED_WHEN_EMPTY: 'yes' })).toThrow(/SEED_WHEN_EMPTY/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('reports every bad variable at once', () => {
    const error = (() => {
      try {
        loadConfig({ PORT: '99999', NODE_ENV: 'staging' });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toMatch(/PORT/);
    expect(error?.message).toMatch(/NODE_ENV/);
  });

  /** What production requires besides the keys each test is about. */
  const PRODUCTION_ORDERS = {
    PICKUP_CODE_SECRET: 'p'.repeat(40),
    WECHAT_APPID: 'wx1234567890abcdef',
    WECHATPAY_MCHID: '1900000001',
    WECHATPAY_MERCHANT_SERIAL: 'SERIAL1',
    WECHATPAY_MERCHANT_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----',
    WECHATPAY_PLATFORM_SERIAL: 'SERIAL2',
    WECHATPAY_PLATFORM_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\nx\n-----END PUBLIC KEY-----',
    WECHATPAY_APIV3_KEY: 'a'.repeat(32),
    WECHATPAY_NOTIFY_URL: 'https://bff.example.com/payments/wechat/notify',
  };

  it('requires WeChat Pay and the pickup-code secret in production, and all WeChat Pay variables or none', () => {
    const production = { NODE_ENV: 'production', WECHAT_SECRET: 'real', TOKEN_SIGNING_KEY: 'k'.repeat(40) };
    expect(() => loadConfig({ ...production, ...PRODUCTION_ORDERS, PICKUP_CODE_SECRET: undefined })).toThrow(/PICKUP_CODE_SECRET: must be set/);
    expect(() => loadConfig({ ...production, ...PRODUCTION_ORDERS, WECHATPAY_APIV3_KEY: undefined })).toThrow(/WECHATPAY_APIV3_KEY: WeChat Pay needs all/);
    expect(() => loadConfig({ WECHATPAY_MCHID: '1900000001' })).toThrow(/WECHATPAY_NOTIFY_URL/);
    expect(() => loadConfig({ WECHATPAY_APIV3_KEY: 'short' })).toThrow(/WECHATPAY_APIV3_KEY/);
    expect(loadConfig({}).ORDER_PAYMENT_TIMEOUT_MINUTES).toBe(15);
    expect(loadConfig({}).PICKUP_HOLD_HOURS).toBe(48);
  });

  it('refuses in production the keys committed to the repository, and takes previous platform keys by serial', () => {
    const production = { NODE_ENV: 'production', WECHAT_SECRET: 'real', TOKEN_SIGNING_KEY: 'k'.repeat(40), ...PRODUCTION_ORDERS };
    const mockKey = readFileSync(resolve(REPO_ROOT, 'mocks/keys/merchant-private.pem'), 'utf8');
    expect(() => loadConfig({ ...production, WECHATPAY_MERCHANT_PRIVATE_KEY: mockKey })).toThrow(/WECHATPAY_MERCHANT_PRIVATE_KEY: a development value/);
    expect(() => loadConfig({ ...production, WECHAT_APPID: undefined })).toThrow(/WECHAT_APPID: a development value/);
    expect(() => loadConfig({ ...production, TOKEN_PREVIOUS_SIGNING_KEYS: DEV_TOKEN_SIGNING_KEY })).toThrow(/TOKEN_PREVIOUS_SIGNING_KEYS/);
    // Development keeps working out of the box with the mock's keys.
    expect(loadConfig({ ...PRODUCTION_ORDERS, WECHATPAY_MERCHANT_PRIVATE_KEY: mockKey }).NODE_ENV).toBe('development');
    const previous = { OLD_SERIAL: '-----BEGIN PUBLIC KEY-----\nold\n-----END PUBLIC KEY-----' };
    expect(loadConfig({ ...production, WECHATPAY_PREVIOUS_PLATFORM_KEYS: JSON.stringify(previous) }).WECHATPAY_PREVIOUS_PLATFORM_KEYS).toEqual(previous);
    expect(() => loadConfig({ ...production, WECHATPAY_PREVIOUS_PLATFORM_KEYS: 'not json' })).toThrow(/WECHATPAY_PREVIOUS_PLATFORM_KEYS/);
  });

  it('refuses the development WeChat secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/WECHAT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', WECHAT_SECRET: 'real', TOKEN_SIGNING_KEY: 'k'.repeat(40), ...PRODUCTION_ORDERS }).NODE_ENV).toBe('production');
  });

  it('refuses the development token key and demo sign-in in production', () => {
    const production = { NODE_ENV: 'production', WECHAT_SECRET: 'real', ...PRODUCTION_ORDERS };
    expect(() => loadConfig(production)).toThrow(/TOKEN_SIGNING_KEY: must be set/);
    const key = 'k'.repeat(40);
    expect(loadConfig({ ...production, TOKEN_SIGNING_KEY: key }).DEMO_LOGIN_ENABLED).toBe(false);
    expect(() => loadConfig({ ...production, TOKEN_SIGNING_KEY: key, DEMO_LOGIN_ENABLED: 'true' })).toThrow(/DEMO_LOGIN_ENABLED/);
    expect(loadConfig({ DEMO_LOGIN_ENABLED: 'true' }).DEMO_LOGIN_ENABLED).toBe(true);
  });

  it('refuses the demo integration keys (the till and ERP stand-in) in production', () => {
    const production = { NODE_ENV: 'production', WECHAT_SECRET: 'real', TOKEN_SIGNING_KEY: 'k'.repeat(40), ...PRODUCTION_ORDERS };
    expect(loadConfig(production).DEMO_INTEGRATIONS_FILE).toBe('');
    expect(() => loadConfig({ ...production, DEMO_INTEGRATIONS_FILE: '.data/demo-integrations.json' })).toThrow(/DEMO_INTEGRATIONS_FILE/);
    expect(loadConfig({ DEMO_INTEGRATIONS_FILE: '.data/demo-integrations.json' }).DEMO_INTEGRATIONS_FILE).toBe('.data/demo-integrations.json');
  });

  it('keeps tokens short-lived and keys long', () => {
    expect(loadConfig({}).ACCESS_TOKEN_TTL_SECONDS).toBeLessThanOrEqual(900);
    expect(() => loadConfig({ ACCESS_TOKEN_TTL_SECONDS: '3600' })).toThrow(/ACCESS_TOKEN_TTL_SECONDS/);
    expect(() => loadConfig({ TOKEN_SIGNING_KEY: 'short' })).toThrow(/TOKEN_SIGNING_KEY/);
    expect(loadConfig({ TOKEN_PREVIOUS_SIGNING_KEYS: `${'a'.repeat(32)}, ${'b'.repeat(32)}` }).TOKEN_PREVIOUS_SIGNING_KEYS).toHaveLength(2);
    expect(() => loadConfig({ TOKEN_PREVIOUS_SIGNING_KEYS: 'short' })).toThrow(/TOKEN_PREVIOUS_SIGNING_KEYS/);
  });

  it('reads the membership rules and keeps the tiers ordered', () => {
    const config = loadConfig({ POINTS_PER_YUAN: '2', TIER_SILVER_SPEND_FEN: '10000', TIER_GOLD_SPEND_FEN: '50000' });
    expect(config).toMatchObject({ POINTS_PER_YUAN: 2, POINT_VALUE_FEN: 1, TIER_SILVER_SPEND_FEN: 10000, TIER_GOLD_SPEND_FEN: 50000, POINTS_REFUND_WINDOW_DAYS: 7 });
    expect(() => loadConfig({ TIER_SILVER_SPEND_FEN: '50000', TIER_GOLD_SPEND_FEN: '50000' })).toThrow(/TIER_GOLD_SPEND_FEN/);
  });
});
