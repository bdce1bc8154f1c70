import { describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from './config.ts';

describe('configuration', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.NODE_ENV).toBe('development');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SEED_WHEN_EMPTY).toBe(true);
    expect(config.WECHAT_API_BASE_URL).toBe('https://api.weixin.qq.com');
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

  it('refuses the development WeChat secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/WECHAT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', WECHAT_SECRET: 'real' }).NODE_ENV).toBe('production');
  });
});
