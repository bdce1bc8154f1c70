import { z } from 'zod';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const port = z.coerce.number().int().min(0).max(65535);
const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

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
});

export type Config = z.infer<typeof schema>;

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
  return config;
}
