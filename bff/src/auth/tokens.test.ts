import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { TokenError, TokenService } from './tokens.ts';

const config = loadConfig({ TOKEN_SIGNING_KEY: 'a'.repeat(40) });
const at = (iso: string) => () => new Date(iso);
const service = (now = at('2026-11-25T02:00:00Z'), over: Partial<typeof config> = {}) => new TokenService({ ...config, ...over }, now);

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

async function reason(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(TokenError);
  return (error as TokenError).reason;
}

describe('TokenService', () => {
  it('round-trips an access token that expires within 15 minutes', async () => {
    const tokens = service();
    const { token, expiresAt } = await tokens.signAccess('user-1');
    expect(expiresAt.getTime() - Date.parse('2026-11-25T02:00:00Z')).toBeLessThanOrEqual(15 * 60_000);
    expect(await tokens.verifyAccess(token)).toEqual({ userId: 'user-1' });
    const header = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString());
    expect(header.alg).toBe('HS256');
  });

  it('rejects alg none', async () => {
    const tokens = service();
    const { token } = await tokens.signAccess('user-1');
    const [, payload] = token.split('.');
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    expect(await reason(tokens.verifyAccess(unsigned))).toBe('TOKEN_INVALID');
  });

  it('rejects a token signed with another key, even with a known kid', async () => {
    const tokens = service();
    const { token } = await tokens.signAccess('user-1');
    const [header, payload] = token.split('.');
    const forged = createHmac('sha256', 'b'.repeat(40)).update(`${header}.${payload}`).digest('base64url');
    expect(await reason(tokens.verifyAccess(`${header}.${payload}.${forged}`))).toBe('TOKEN_INVALID');
    const other = await service(undefined, { TOKEN_SIGNING_KEY: 'b'.repeat(40) }).signAccess('user-1');
    expect(await reason(tokens.verifyAccess(other.token))).toBe('TOKEN_INVALID');
  });

  it('rejects a payload changed after signing', async () => {
    const tokens = service();
    const { token } = await tokens.signAccess('user-1');
    // Verified once first: the remembered verification must not carry over to a changed token.
    expect(await tokens.verifyAccess(token)).toEqual({ userId: 'user-1' });
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const tampered = `${header}.${b64({ ...claims, sub: 'user-2' })}.${signature}`;
    expect(await reason(tokens.verifyAccess(tampered))).toBe('TOKEN_INVALID');
  });

  it('rejects an expired token as TOKEN_EXPIRED', async () => {
    const { token } = await service(at('2026-11-25T02:00:00Z')).signAccess('user-1');
    expect(await reason(service(at('2026-11-25T02:15:01Z')).verifyAccess(token))).toBe('TOKEN_EXPIRED');
    expect(await service(at('2026-11-25T02:14:00Z')).verifyAccess(token)).toEqual({ userId: 'user-1' });
  });

  it('expires a token on time even after it was verified and remembered', async () => {
    let now = new Date('2026-11-25T02:00:00Z');
    const tokens = service(() => now);
    const { token } = await tokens.signAccess('user-1');
    expect(await tokens.verifyAccess(token)).toEqual({ userId: 'user-1' });
    now = new Date('2026-11-25T02:14:59Z');
    expect(await tokens.verifyAccess(token)).toEqual({ userId: 'user-1' });
    now = new Date('2026-11-25T02:15:00Z');
    expect(await reason(tokens.verifyAccess(token))).toBe('TOKEN_EXPIRED');
    expect(await reason(tokens.verifyAccess(token))).toBe('TOKEN_EXPIRED');
  });

  it('rejects a wrong audience and a wrong issuer', async () => {
    const tokens = service();
    const otherAudience = await service(undefined, { TOKEN_AUDIENCE: 'someone-else' }).signAccess('user-1');
    const otherIssuer = await service(undefined, { TOKEN_ISSUER: 'someone-else' }).signAccess('user-1');
    expect(await reason(tokens.verifyAccess(otherAudience.token))).toBe('TOKEN_INVALID');
    expect(await reason(tokens.verifyAccess(otherIssuer.token))).toBe('TOKEN_INVALID');
  });

  it('does not accept a refresh token as an access token, or the reverse', async () => {
    const tokens = service();
    const refresh = await tokens.signRefresh({ userId: 'user-1', tokenId: '00000000-0000-4000-8000-00000000aaaa', familyId: '00000000-0000-4000-8000-00000000bbbb' });
    const access = await tokens.signAccess('user-1');
    expect(await reason(tokens.verifyAccess(refresh.token))).toBe('TOKEN_INVALID');
    expect(await reason(tokens.verifyRefresh(access.token))).toBe('TOKEN_INVALID');
    expect(await tokens.verifyRefresh(refresh.token)).toMatchObject({ userId: 'user-1', familyId: '00000000-0000-4000-8000-00000000bbbb' });
  });

  it('verifies tokens of a previous key during a rotation, and signs only with the new one', async () => {
    const old = await service().signAccess('user-1');
    const rotated = service(undefined, { TOKEN_SIGNING_KEY: 'c'.repeat(40), TOKEN_PREVIOUS_SIGNING_KEYS: ['a'.repeat(40)] });
    expect(await rotated.verifyAccess(old.token)).toEqual({ userId: 'user-1' });
    const fresh = await rotated.signAccess('user-1');
    expect(await reason(service().verifyAccess(fresh.token))).toBe('TOKEN_INVALID');
  });

  it('rejects garbage', async () => {
    expect(await reason(service().verifyAccess('not-a-token'))).toBe('TOKEN_INVALID');
    expect(await reason(service().verifyAccess(''))).toBe('TOKEN_INVALID');
  });
});
