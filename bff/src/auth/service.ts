import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Config } from '../config.ts';
import type { PrismaClient } from '../db/prisma.ts';
import { withTransaction } from '../db/transaction.ts';
import { DomainError } from '../graphql/errors.ts';
import type { Logger } from '../logger.ts';
import { WechatApiError, type WechatClient } from '../wechat/index.ts';
import { DEMO_USERS } from '../../../prisma/seed/demo-accounts.ts';
import { insertRefreshToken, lockRefreshToken, markRefreshTokenUsed, revokeFamily } from './sql.ts';
import { TokenError, type TokenFailure, type TokenService } from './tokens.ts';

/**
 * `extensions.reason` of an UNAUTHENTICATED error. TOKEN_EXPIRED tells the client to refresh;
 * everything else means signing in again.
 */
export type AuthFailureReason =
  | TokenFailure
  | 'MISSING_TOKEN'
  | 'REFRESH_TOKEN_INVALID'
  | 'REFRESH_TOKEN_EXPIRED'
  | 'REFRESH_TOKEN_REVOKED'
  | 'REFRESH_TOKEN_REUSED'
  | 'REFRESH_TOKEN_MISMATCH';

export function unauthenticated(reason: AuthFailureReason, message = '登录已失效，请重新登录'): DomainError {
  return new DomainError('UNAUTHENTICATED', message, { reason });
}

/** A login code from wx.login is short and printable; anything else is not worth sending to WeChat. */
const LOGIN_CODE = /^[\x21-\x7e]{1,128}$/;

/** What the caller gets after signing in or refreshing. session_key is deliberately not part of it. */
export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  userId: string;
}

export function mapWechatLoginError(error: WechatApiError): DomainError {
  switch (error.kind) {
    case 'INVALID_CODE':
    case 'CODE_USED':
      return new DomainError('INVALID_LOGIN_CODE', '登录凭证无效或已过期，请重试', { wechatErrcode: error.errcode });
    case 'RATE_LIMITED':
      return new DomainError('RATE_LIMITED', '登录过于频繁，请稍后再试', { wechatErrcode: error.errcode, retryAfterSeconds: 60 });
    case 'RISKY_USER':
      return new DomainError('FORBIDDEN', '当前微信账号存在风险，暂时无法登录', { wechatErrcode: error.errcode, reason: 'RISKY_USER' });
    default:
      return new DomainError('UPSTREAM_ERROR', '微信登录服务暂时不可用，请稍后再试', { wechatErrcode: error.errcode });
  }
}

export class AuthService {
  constructor(
    private readonly deps: {
      prisma: PrismaClient;
      pool: pg.Pool;
      tokens: TokenService;
      wechat: WechatClient;
      config: Pick<Config, 'DEMO_LOGIN_ENABLED'>;
      logger: Logger;
      now: () => Date;
    },
  ) {}

  get demoLoginEnabled(): boolean {
    return this.deps.config.DEMO_LOGIN_ENABLED;
  }

  /**
   * Exchanges a wx.login code at jscode2session; the user is found or created by openid.
   * `beforeSession` may refuse the user (the per-user login rate limit) before a session is issued.
   */
  async login(code: string, beforeSession?: (userId: string) => Promise<void>): Promise<Session> {
    if (!LOGIN_CODE.test(code)) throw new DomainError('INVALID_LOGIN_CODE', '登录凭证无效或已过期，请重试', { field: 'code' });
    let openid: string;
    let unionid: string | undefined;
    try {
      // The session_key that comes back is only needed to decrypt wx data we do not use; it is dropped here.
      ({ openid, unionid } = await this.deps.wechat.code2Session(code));
    } catch (error) {
      if (error instanceof WechatApiError) {
        this.deps.logger.warn({ errcode: error.errcode, kind: error.kind }, 'jscode2session refused the login code');
        throw mapWechatLoginError(error);
      }
      throw error;
    }
    const user = await this.deps.prisma.user.upsert({
      where: { openid },
      create: { openid, unionid: unionid ?? null },
      update: unionid ? { unionid } : {},
      select: { id: true },
    });
    await beforeSession?.(user.id);
    return this.startSession(user.id);
  }

  /** Signs in as a seeded demo account; only when DEMO_LOGIN_ENABLED (refused in production by config). */
  async demoLogin(openid: string): Promise<Session> {
    if (!this.demoLoginEnabled) throw new DomainError('FORBIDDEN', '演示登录未开启', { reason: 'DEMO_LOGIN_DISABLED' });
    if (!DEMO_USERS.some((user) => user.openid === openid)) throw new DomainError('BAD_USER_INPUT', `不是演示账号: ${openid}`, { field: 'openid' });
    const user = await this.deps.prisma.user.findUnique({ where: { openid }, select: { id: true } });
    if (!user) throw new DomainError('NOT_FOUND', '演示账号不存在，请先导入演示数据');
    return this.startSession(user.id);
  }

  private async startSession(userId: string): Promise<Session> {
    return withTransaction(this.deps.pool, (client) => this.issue(client, userId, randomUUID()));
  }

  private async issue(client: pg.PoolClient, userId: string, familyId: string): Promise<Session> {
    const now = this.deps.now();
    const tokenId = randomUUID();
    const access = await this.deps.tokens.signAccess(userId);
    const refresh = await this.deps.tokens.signRefresh({ userId, tokenId, familyId });
    await insertRefreshToken(client, { id: tokenId, familyId, userId, expiresAt: refresh.expiresAt, createdAt: now });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
      userId,
    };
  }

  private async verifyRefresh(token: string) {
    try {
      return await this.deps.tokens.verifyRefresh(token);
    } catch (error) {
      if (error instanceof TokenError) {
        throw unauthenticated(error.reason === 'TOKEN_EXPIRED' ? 'REFRESH_TOKEN_EXPIRED' : 'REFRESH_TOKEN_INVALID');
      }
      throw error;
    }
  }

  /**
   * Rotates a refresh token: the presented one is spent and a new one of the same family issued.
   * Presenting a spent token again means it was copied, so the whole family is revoked.
   * `callerUserId` is the user of the access token sent alongside, if any: a refresh token of
   * another user is refused without touching it.
   */
  async refresh(token: string, callerUserId?: string): Promise<Session> {
    const claims = await this.verifyRefresh(token);
    if (callerUserId && callerUserId !== claims.userId) throw unauthenticated('REFRESH_TOKEN_MISMATCH', '登录信息不一致，请重新登录');
    const outcome = await withTransaction(this.deps.pool, async (client) => {
      const now = this.deps.now();
      const row = await lockRefreshToken(client, claims.tokenId);
      if (!row || row.userId !== claims.userId || row.familyId !== claims.familyId) return { ok: false as const, error: 'REFRESH_TOKEN_INVALID' as const };
      if (row.revokedAt) return { ok: false as const, error: 'REFRESH_TOKEN_REVOKED' as const };
      if (row.usedAt) {
        // Committed, not rolled back: the revocation must outlive the failed request.
        const revoked = await revokeFamily(client, row.familyId, now);
        this.deps.logger.warn({ familyId: row.familyId, userId: row.userId, revoked }, 'refresh token reused: family revoked');
        return { ok: false as const, error: 'REFRESH_TOKEN_REUSED' as const };
      }
      if (row.expiresAt <= now) return { ok: false as const, error: 'REFRESH_TOKEN_EXPIRED' as const };
      await markRefreshTokenUsed(client, claims.tokenId, now);
      return { ok: true as const, session: await this.issue(client, row.userId, row.familyId) };
    });
    if (!outcome.ok) throw unauthenticated(outcome.error);
    return outcome.session;
  }

  /** Ends the session the refresh token belongs to (its whole family), if it is the caller's. */
  async logout(token: string, userId: string): Promise<boolean> {
    const claims = await this.verifyRefresh(token).catch(() => undefined);
    if (!claims || claims.userId !== userId) return false;
    return (await revokeFamily(this.deps.pool, claims.familyId, this.deps.now())) > 0;
  }
}
