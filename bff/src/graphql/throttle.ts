import type { Config } from '../config.ts';
import { consumeAttempt, consumeAttempts, type RateLimit } from '../db/rate-limit.ts';
import type { RequestContext } from './context.ts';
import { DomainError } from './errors.ts';

/** The guarded actions and their per-user and per-IP limits in config (README: Rate limits). */
const LIMITS = {
  login: ['RATE_LIMIT_LOGIN_PER_USER', 'RATE_LIMIT_LOGIN_PER_IP'],
  'pickup-verify': ['RATE_LIMIT_PICKUP_VERIFY_PER_USER', 'RATE_LIMIT_PICKUP_VERIFY_PER_IP'],
  'member-scan': ['RATE_LIMIT_MEMBER_SCAN_PER_USER', 'RATE_LIMIT_MEMBER_SCAN_PER_IP'],
  'place-order': ['RATE_LIMIT_PLACE_ORDER_PER_USER', 'RATE_LIMIT_PLACE_ORDER_PER_IP'],
  // Redeeming an invitation code admits to staff mode, as signing in does: the same allowance against guessing.
  'staff-join': ['RATE_LIMIT_LOGIN_PER_USER', 'RATE_LIMIT_LOGIN_PER_IP'],
} as const satisfies Record<string, readonly [keyof Config, keyof Config]>;

export type ThrottledAction = keyof typeof LIMITS;
type Scope = 'user' | 'ip';

function limitOf(context: RequestContext, action: ThrottledAction, scope: Scope, id: string): RateLimit & { scope: Scope } {
  const { config } = context.deps;
  const [perUser, perIp] = LIMITS[action];
  return { scope, key: `${action}:${scope}:${id}`, limit: config[scope === 'user' ? perUser : perIp], windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS };
}

const rateLimited = (retryAfterSeconds: number, scope: Scope) =>
  new DomainError('RATE_LIMITED', `操作太频繁，请${retryAfterSeconds}秒后再试`, { retryAfterSeconds, scope });

/**
 * Counts one attempt at `action` for the caller (`user`) or its address (`ip`) in RateLimitBucket,
 * shared by every BFF instance, and refuses with RATE_LIMITED and `retryAfterSeconds` past the limit.
 */
async function enforce(context: RequestContext, action: ThrottledAction, scope: Scope, id: string): Promise<void> {
  const limit = limitOf(context, action, scope, id);
  const retryAfterSeconds = await consumeAttempt(context.deps.db.pool, limit, context.deps.now());
  if (retryAfterSeconds !== null) throw rateLimited(retryAfterSeconds, scope);
}

export const throttleIp = (context: RequestContext, action: ThrottledAction) => enforce(context, action, 'ip', context.clientIp);

export const throttleUser = (context: RequestContext, action: ThrottledAction, userId: string) => enforce(context, action, 'user', userId);

/** Both limits, in one statement; the address first, so one flooding client cannot use up a user's allowance. */
export async function throttle(context: RequestContext, action: ThrottledAction, userId: string): Promise<void> {
  const limits = [limitOf(context, action, 'ip', context.clientIp), limitOf(context, action, 'user', userId)] as const;
  const reached = await consumeAttempts(context.deps.db.pool, limits, context.deps.now());
  if (reached) throw rateLimited(reached.retryAfterSeconds, reached.limit.scope);
}
