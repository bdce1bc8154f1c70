import { createHash, randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors, type JWTPayload } from 'jose';
import type { Config } from '../config.ts';

/** The only algorithm accepted: pinning it is what makes `alg: none` and algorithm-confusion tokens fail. */
const ALGORITHM = 'HS256';

export type TokenUse = 'access' | 'refresh';

export type TokenFailure = 'TOKEN_EXPIRED' | 'TOKEN_INVALID';

export class TokenError extends Error {
  override name = 'TokenError';
  constructor(readonly reason: TokenFailure) {
    super(reason);
  }
}

export interface AccessClaims {
  userId: string;
}

export interface RefreshClaims {
  userId: string;
  tokenId: string;
  familyId: string;
}

interface Key {
  kid: string;
  /**
   * Imported once: given raw bytes, jose imports a WebCrypto key on every sign and verify, which was
   * a tenth of the BFF's CPU on the home query (npm run bench).
   */
  cryptoKey: Promise<CryptoKey>;
}

function keyOf(secret: string): Key {
  const cryptoKey = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  // The kid names the key without revealing it, so a rotation can verify tokens signed by the old one.
  return { kid: createHash('sha256').update(secret).digest('hex').slice(0, 12), cryptoKey };
}

/**
 * How many verified access tokens are remembered. A shopper sends the same token with every request
 * for its 15-minute life; verifying it each time (WebCrypto HMAC, claim checks) was the largest single
 * cost of a home-page request after the database (npm run bench).
 */
const VERIFIED_ACCESS_CACHE_SIZE = 10_000;

/** Signs and verifies the BFF's own tokens. Knows nothing of the database. */
export class TokenService {
  private readonly signing: Key;
  private readonly verifying: Map<string, Key>;
  /** token → its subject and expiry (epoch seconds), for tokens that passed full verification only. */
  private readonly verifiedAccess = new Map<string, { userId: string; exp: number }>();

  constructor(
    private readonly config: Pick<
      Config,
      'TOKEN_SIGNING_KEY' | 'TOKEN_PREVIOUS_SIGNING_KEYS' | 'TOKEN_ISSUER' | 'TOKEN_AUDIENCE' | 'ACCESS_TOKEN_TTL_SECONDS' | 'REFRESH_TOKEN_TTL_DAYS'
    >,
    private readonly now: () => Date,
  ) {
    this.signing = keyOf(config.TOKEN_SIGNING_KEY);
    this.verifying = new Map([this.signing, ...config.TOKEN_PREVIOUS_SIGNING_KEYS.map(keyOf)].map((key) => [key.kid, key]));
  }

  get accessTtlSeconds(): number {
    return this.config.ACCESS_TOKEN_TTL_SECONDS;
  }

  get refreshTtlSeconds(): number {
    return this.config.REFRESH_TOKEN_TTL_DAYS * 86_400;
  }

  private async sign(use: TokenUse, subject: string, ttlSeconds: number, extra: JWTPayload = {}, jti: string = randomUUID()) {
    const issuedAt = Math.floor(this.now().getTime() / 1000);
    const expiresAt = issuedAt + ttlSeconds;
    const token = await new SignJWT({ ...extra, use })
      .setProtectedHeader({ alg: ALGORITHM, kid: this.signing.kid, typ: 'JWT' })
      .setSubject(subject)
      .setIssuer(this.config.TOKEN_ISSUER)
      .setAudience(this.config.TOKEN_AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .setJti(jti)
      .sign(await this.signing.cryptoKey);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  signAccess(userId: string) {
    return this.sign('access', userId, this.config.ACCESS_TOKEN_TTL_SECONDS);
  }

  signRefresh(claims: RefreshClaims) {
    return this.sign('refresh', claims.userId, this.refreshTtlSeconds, { fam: claims.familyId }, claims.tokenId);
  }

  private async verify(token: string, use: TokenUse): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(
        token,
        (header) => {
          const key = header.kid ? this.verifying.get(header.kid) : undefined;
          if (!key) throw new TokenError('TOKEN_INVALID');
          return key.cryptoKey;
        },
        {
          algorithms: [ALGORITHM],
          issuer: this.config.TOKEN_ISSUER,
          audience: this.config.TOKEN_AUDIENCE,
          requiredClaims: ['sub', 'exp', 'iat', 'jti'],
          currentDate: this.now(),
        },
      );
      // An access token must not be usable as a refresh token, nor the other way round.
      if (payload.use !== use) throw new TokenError('TOKEN_INVALID');
      return payload;
    } catch (error) {
      if (error instanceof TokenError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new TokenError('TOKEN_EXPIRED');
      throw new TokenError('TOKEN_INVALID');
    }
  }

  /**
   * A token seen before is matched by its exact text, so any change to it misses the cache and is
   * verified in full; its expiry is checked against the clock on every use, as jose would.
   */
  async verifyAccess(token: string): Promise<AccessClaims> {
    const known = this.verifiedAccess.get(token);
    if (known) {
      if (known.exp > this.now().getTime() / 1000) return { userId: known.userId };
      this.verifiedAccess.delete(token);
      throw new TokenError('TOKEN_EXPIRED');
    }
    const payload = await this.verify(token, 'access');
    if (this.verifiedAccess.size >= VERIFIED_ACCESS_CACHE_SIZE) {
      // Maps iterate in insertion order: the oldest entry goes first.
      this.verifiedAccess.delete(this.verifiedAccess.keys().next().value!);
    }
    this.verifiedAccess.set(token, { userId: payload.sub!, exp: payload.exp! });
    return { userId: payload.sub! };
  }

  async verifyRefresh(token: string): Promise<RefreshClaims> {
    const payload = await this.verify(token, 'refresh');
    if (typeof payload.fam !== 'string') throw new TokenError('TOKEN_INVALID');
    return { userId: payload.sub!, tokenId: payload.jti!, familyId: payload.fam };
  }
}
