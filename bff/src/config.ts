import { z } from 'zod';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const port = z.coerce.number().int().min(0).max(65535);
/** Committed so development works out of the box; loadConfig refuses it in production. */
export const DEV_TOKEN_SIGNING_KEY = 'development-only-token-signing-key-do-not-use';
/** Committed for development only; loadConfig refuses it in production. */
/** Also the consistency checker's when run without configuration (tests). */
export const REFUND_OVERDUE_HOURS_DEFAULT = 24;

export const DEV_PICKUP_CODE_SECRET = 'development-only-pickup-code-secret-do-not-use';
/** Without every one of these WeChat Pay is off; production requires them. */
const WECHATPAY_VARS = [
  'WECHATPAY_MCHID',
  'WECHATPAY_MERCHANT_SERIAL',
  'WECHATPAY_MERCHANT_PRIVATE_KEY',
  'WECHATPAY_PLATFORM_SERIAL',
  'WECHATPAY_PLATFORM_PUBLIC_KEY',
  'WECHATPAY_APIV3_KEY',
  'WECHATPAY_NOTIFY_URL',
] as const;

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** A comma-separated list (spaces around items ignored), empty by default. */
const commaList = (item: z.ZodString) =>
  z
    .string()
    .default('')
    .transform((value) => value.split(',').map((entry) => entry.trim()).filter(Boolean))
    .pipe(z.array(item));

/**
 * Every environment variable the BFF reads, with its default. The README's configuration table is
 * written from this list; read configuration only through `loadConfig`.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** External PostgreSQL; when unset an embedded server is started. */
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Our parameterised SQL as named prepared statements; false behind a pooler that cannot carry them. */
  DATABASE_PREPARED_STATEMENTS: flag.default(true),
  EMBEDDED_PG_DIR: z.string().min(1).default(resolve(REPO_ROOT, '.data/postgres')),
  EMBEDDED_PG_PORT: port.default(54329),
  EMBEDDED_PG_DATABASE: z.string().regex(/^[a-z_][a-z0-9_]*$/).default('corner'),
  /** Seed the demo chain when the database has no stores yet. */
  SEED_WHEN_EMPTY: flag.default(true),
  /** Directory of the built H5 mini-program, served at / beside /graphql; empty disables it. */
  H5_DIST_DIR: z.string().default(resolve(REPO_ROOT, 'miniapp/dist/h5')),
  WECHAT_API_BASE_URL: z.string().url().default('https://api.weixin.qq.com'),
  WECHAT_APPID: z.string().min(1).default('wx0000000000000000'),
  WECHAT_SECRET: z.string().min(1).default('development-secret'),
  /** HS256 key for access and refresh tokens (at least 32 characters). */
  TOKEN_SIGNING_KEY: z.string().min(32).default(DEV_TOKEN_SIGNING_KEY),
  /** Keys that signed tokens still in circulation during a key rotation: verified, never used to sign. */
  TOKEN_PREVIOUS_SIGNING_KEYS: commaList(z.string().min(32)),
  TOKEN_ISSUER: z.string().min(1).default('corner-bff'),
  TOKEN_AUDIENCE: z.string().min(1).default('corner-miniapp'),
  /** The access token is short-lived by rule: at most 15 minutes. */
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(900).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  /** Sign-in as a seeded demo account by openid, for demos and browser tests; refused in production. */
  DEMO_LOGIN_ENABLED: flag.default(false),
  /**
   * The local demo's till and ERP stand-in (mocks/src/till): at start the BFF makes sure the demo
   * chain has an ERP client and a till client per store, and writes their keys (fresh random secrets,
   * reused while they stay valid) to this file for the stand-in to read. Empty: none. Refused in production.
   */
  DEMO_INTEGRATIONS_FILE: z.string().default(''),
  /** Where the demo ERP client's webhooks go (the stand-in's receiver); only with DEMO_INTEGRATIONS_FILE. */
  DEMO_ERP_WEBHOOK_URL: z.string().url().optional(),
  POINTS_PER_YUAN: z.coerce.number().int().min(0).max(100).default(1),
  /** What one point is worth at checkout, in fen. */
  POINT_VALUE_FEN: z.coerce.number().int().min(0).max(100).default(1),
  /** Spend over the last 12 months that makes a member 银卡 / 金卡. */
  TIER_SILVER_SPEND_FEN: z.coerce.number().int().min(1).default(20_000),
  TIER_GOLD_SPEND_FEN: z.coerce.number().int().min(1).default(100_000),
  /** Points earned from an order stay frozen (unspendable) through its refund window. */
  POINTS_REFUND_WINDOW_DAYS: z.coerce.number().int().min(0).max(90).default(7),
  /** How often each instance runs the points-expiry job; 0 disables the timer. */
  POINTS_EXPIRY_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(3600),
  /** WeChat Pay v3 API (npm start points it at the local mock). */
  WECHAT_PAY_BASE_URL: z.string().url().default('https://api.mch.weixin.qq.com'),
  /** WeChat Pay merchant credentials; all unset disables WeChat Pay (development only). */
  WECHATPAY_MCHID: z.string().min(1).optional(),
  WECHATPAY_MERCHANT_SERIAL: z.string().min(1).optional(),
  /** PEM of the merchant API private key, inline. */
  WECHATPAY_MERCHANT_PRIVATE_KEY: z.string().includes('PRIVATE KEY').optional(),
  WECHATPAY_PLATFORM_SERIAL: z.string().min(1).optional(),
  /** PEM of the WeChat Pay platform public key (or certificate) that signs notifications and responses. */
  WECHATPAY_PLATFORM_PUBLIC_KEY: z.string().includes('-----BEGIN').optional(),
  /** During a platform key rotation, the keys still in use besides the current one: JSON `{"<serial>": "<PEM>"}`. */
  WECHATPAY_PREVIOUS_PLATFORM_KEYS: z
    .string()
    .default('{}')
    .transform((value, ctx) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object of serial → PEM' });
        return z.NEVER;
      }
    })
    .pipe(z.record(z.string().min(1), z.string().includes('-----BEGIN'))),
  WECHATPAY_APIV3_KEY: z.string().refine((key) => Buffer.byteLength(key) === 32, 'must be exactly 32 bytes').optional(),
  /** Public https URL of POST /payments/wechat/notify, as WeChat Pay reaches it. */
  WECHATPAY_NOTIFY_URL: z.string().url().optional(),
  /** Unpaid orders are cancelled and their stock released after this long. */
  ORDER_PAYMENT_TIMEOUT_MINUTES: z.coerce.number().int().min(1).max(120).default(15),
  /** How often each instance looks for unpaid orders to cancel; 0 disables the timer. */
  ORDER_EXPIRY_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(30),
  /** How often each instance sends due integration webhooks (the outbox); 0 disables the timer. */
  INTEGRATION_WEBHOOK_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(5),
  /** How often each instance looks for scheduled price changes that have come due (one applies them at a time); 0 disables the timer. */
  PRICE_SCHEDULE_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(15),
  /** A WeChat refund still PENDING or PROCESSING, or FAILED and not settled by the store, this long is reported by the consistency checker. */
  REFUND_OVERDUE_HOURS: z.coerce.number().int().min(1).max(720).default(REFUND_OVERDUE_HOURS_DEFAULT),
  /** Largest single stored-value adjustment or top-up (either sign), in fen. */
  STORED_VALUE_MAX_ADJUSTMENT_FEN: z.coerce.number().int().min(1).max(100_000_000).default(500_000),
  /**
   * Largest balance an adjustment or top-up may leave, in fen. Refunds give back what was paid and
   * may pass it; the ceiling keeps every balance far inside PostgreSQL's integer.
   */
  STORED_VALUE_MAX_BALANCE_FEN: z.coerce.number().int().min(1).max(100_000_000).default(5_000_000),
  /** Points may pay at most this share of the goods after promotions and coupon. */
  MAX_POINTS_DISCOUNT_PERCENT: z.coerce.number().int().min(0).max(100).default(50),
  /** Key that derives 6-digit pickup codes from order ids (codes are stored only as hashes). */
  PICKUP_CODE_SECRET: z.string().min(32).default(DEV_PICKUP_CODE_SECRET),
  /** A pickup code is honoured this long after the promised pickup time; the expiry is stored on the order when it is placed. */
  PICKUP_HOLD_HOURS: z.coerce.number().int().min(1).max(720).default(48),
  /**
   * Public URL the printed QR posters encode (plus `?scene=`): the H5 build in a browser, and the
   * prefix registered for "scan an ordinary QR code to open the mini-program" in WeChat.
   */
  QR_LINK_BASE_URL: z.string().url().default('http://localhost:3000/'),
  /**
   * Origin (and path prefix) put before the BFF's own URLs that clients load directly, such as
   * product images: empty gives relative URLs (the H5 build, served by the BFF); the weapp build
   * needs an absolute https one.
   */
  PUBLIC_BASE_URL: z
    .union([z.literal(''), z.string().url()])
    .default('')
    .transform((value) => value.replace(/\/+$/, '')),
  /** Where images are kept: `local` (files under IMAGE_STORE_DIR) or `s3` (any S3-compatible store). */
  IMAGE_STORE: z.enum(['local', 's3']).default('local'),
  IMAGE_STORE_DIR: z.string().min(1).default(resolve(REPO_ROOT, '.data/images')),
  /** The bucket's URL, path-style (`https://host/bucket`) or virtual-hosted (`https://bucket.host`). */
  S3_BUCKET_URL: z.string().url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Subscribe-message template for order status changes; empty sends none. */
  WECHAT_ORDER_STATUS_TEMPLATE_ID: z.string().default(''),
  /** GraphQL limits (graphql-armor): nesting depth of a selection, fragments flattened. */
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).default(10),
  /** Estimated cost: 2 per object field, 1 per scalar, times 1.5 per level of nesting. */
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(8000),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(15),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(20),
  /** Lexical tokens in one document, counted while parsing. */
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(1).default(1000),
  /** Longest list anywhere in the variables (cart lines, item ids). */
  GRAPHQL_MAX_LIST_INPUT: z.coerce.number().int().min(1).default(100),
  /** Accept only the mini-program's persisted operations (by sha256 id), no arbitrary documents. */
  TRUSTED_DOCUMENTS_ONLY: flag.default(false),
  /** Browser origins allowed to call the BFF cross-origin, comma-separated; empty allows same-origin only. */
  CORS_ORIGINS: commaList(z.string().url()),
  /**
   * Further origins the H5 page may connect to (CSP connect-src), comma-separated; `npm start` adds
   * the WeChat mock's, whose pay confirm endpoint the H5 build calls in place of the WeChat client.
   */
  CSP_CONNECT_ORIGINS: commaList(z.string().url()),
  /** Largest accepted request body (GraphQL and JSON routes), in bytes. */
  HTTP_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(100 * 1024),
  /** Rate limits: at most N per window, per user and per client IP, counted in PostgreSQL. */
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  /** How often old rate-limit buckets (windows over for a day) are deleted; 0 turns it off. */
  RATE_LIMIT_CLEANUP_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(3600),
  RATE_LIMIT_LOGIN_PER_USER: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_LOGIN_PER_IP: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_PICKUP_VERIFY_PER_USER: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_PICKUP_VERIFY_PER_IP: z.coerce.number().int().min(1).default(120),
  RATE_LIMIT_MEMBER_SCAN_PER_USER: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_MEMBER_SCAN_PER_IP: z.coerce.number().int().min(1).default(120),
  RATE_LIMIT_PLACE_ORDER_PER_USER: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_PLACE_ORDER_PER_IP: z.coerce.number().int().min(1).default(120),
});

export type Config = z.infer<typeof schema>;

/** Values anyone can read in the repository: the default app id and the WeChat Pay mock's keys. */
function committedKeys(): Set<string> {
  const keys = resolve(REPO_ROOT, 'mocks/keys');
  const pems = existsSync(keys) ? readdirSync(keys).filter((file) => file.endsWith('.pem')).map((file) => readFileSync(resolve(keys, file), 'utf8').trim()) : [];
  return new Set(['wx0000000000000000', ...pems]);
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = issue.path.join('.');
      const value = env[variable];
      return `  ${variable}=${value === undefined ? '(unset)' : JSON.stringify(value)}: ${issue.message}`;
    });
    throw new ConfigError(`invalid configuration:\n${problems.join('\n')}`);
  }
  const config = parsed.data;
  if (config.NODE_ENV === 'production' && config.WECHAT_SECRET === 'development-secret') {
    throw new ConfigError('invalid configuration:\n  WECHAT_SECRET: must be set in production');
  }
  if (config.NODE_ENV === 'production' && config.TOKEN_SIGNING_KEY === DEV_TOKEN_SIGNING_KEY) {
    throw new ConfigError('invalid configuration:\n  TOKEN_SIGNING_KEY: must be set in production');
  }
  if (config.NODE_ENV === 'production' && config.DEMO_LOGIN_ENABLED) {
    throw new ConfigError('invalid configuration:\n  DEMO_LOGIN_ENABLED: demo sign-in is refused in production');
  }
  if (config.NODE_ENV === 'production' && config.DEMO_INTEGRATIONS_FILE) {
    throw new ConfigError('invalid configuration:\n  DEMO_INTEGRATIONS_FILE: demo integration keys are refused in production');
  }
  if (config.NODE_ENV === 'production' && config.PICKUP_CODE_SECRET === DEV_PICKUP_CODE_SECRET) {
    throw new ConfigError('invalid configuration:\n  PICKUP_CODE_SECRET: must be set in production');
  }
  if (config.NODE_ENV === 'production') {
    const committed = committedKeys();
    const reused = [
      ...(['WECHAT_APPID', 'WECHATPAY_MERCHANT_PRIVATE_KEY', 'WECHATPAY_PLATFORM_PUBLIC_KEY'] as const).filter((name) => committed.has(config[name]?.trim() ?? '')),
      ...(config.TOKEN_PREVIOUS_SIGNING_KEYS.includes(DEV_TOKEN_SIGNING_KEY) ? ['TOKEN_PREVIOUS_SIGNING_KEYS'] : []),
    ];
    if (reused.length) throw new ConfigError(`invalid configuration:\n${reused.map((name) => `  ${name}: a development value committed to the repository is refused in production`).join('\n')}`);
  }
  const missingPay = WECHATPAY_VARS.filter((name) => config[name] === undefined);
  if ((config.NODE_ENV === 'production' && missingPay.length) || (missingPay.length && missingPay.length < WECHATPAY_VARS.length)) {
    throw new ConfigError(`invalid configuration:\n${missingPay.map((name) => `  ${name}: WeChat Pay needs all of ${WECHATPAY_VARS.join(', ')}`).join('\n')}`);
  }
  const missingS3 = (['S3_BUCKET_URL', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((name) => config[name] === undefined);
  if (config.IMAGE_STORE === 's3' && missingS3.length) {
    throw new ConfigError(`invalid configuration:\n${missingS3.map((name) => `  ${name}: IMAGE_STORE=s3 needs it`).join('\n')}`);
  }
  if (config.TIER_GOLD_SPEND_FEN <= config.TIER_SILVER_SPEND_FEN) {
    throw new ConfigError('invalid configuration:\n  TIER_GOLD_SPEND_FEN: must be greater than TIER_SILVER_SPEND_FEN');
  }
  return config;
}

/** For entry points (the BFF, check:consistency): bad configuration prints what is wrong and exits 2. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}
