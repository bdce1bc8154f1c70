import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The till session: after a member shows a rotating card code, the staff member who scanned it gets
 * a short-lived token naming that member, store and staff member. Earning points, redeeming coupons
 * and 代客下单 take the token, so they act only for a member who was at this counter just now.
 * Stateless (HMAC), keyed apart from access tokens by a label.
 */
export interface TillClaims {
  memberId: string;
  storeId: number;
  staffUserId: string;
  expiresAt: Date;
}

const LABEL = 'till-session:v1';

function mac(key: string, payload: string): Buffer {
  return createHmac('sha256', key).update(`${LABEL}:${payload}`).digest();
}

export function signTillToken(key: string, claims: TillClaims): string {
  const payload = Buffer.from(JSON.stringify([claims.memberId, claims.storeId, claims.staffUserId, claims.expiresAt.getTime()])).toString('base64url');
  return `${payload}.${mac(key, payload).toString('base64url')}`;
}

/** The claims when the token is genuine (expired or not: the caller says which refusal applies); null otherwise. */
export function readTillToken(key: string, token: string): TillClaims | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = mac(key, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [memberId, storeId, staffUserId, expiresAt] = JSON.parse(Buffer.from(payload, 'base64url').toString()) as [string, number, string, number];
  return { memberId, storeId, staffUserId, expiresAt: new Date(expiresAt) };
}
