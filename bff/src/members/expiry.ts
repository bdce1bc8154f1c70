import type pg from 'pg';
import type { Logger } from '../logger.ts';
import { withTransaction } from '../db/transaction.ts';
import type { Ledger } from './ledger.ts';
import { expiryCandidates, lockMember, unusedPointsEarnedBefore } from './sql.ts';

/**
 * Yearly expiry: points earned in year Y and not used by the end of Y+1 expire (the usual
 * "积分有效期至次年12月31日" rule), years counted in Asia/Shanghai.
 */
export function expiryCutoff(now: Date): { cutoff: Date; refId: string } {
  const shanghaiYear = new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear();
  const earnedBeforeYear = shanghaiYear - 1;
  return {
    cutoff: new Date(`${earnedBeforeYear}-01-01T00:00:00+08:00`),
    refId: `earned-before-${earnedBeforeYear}`,
  };
}

// Any constant shared by every instance; only one of them runs a pass at a time.
const EXPIRY_LOCK_KEY = 0x6d656d62; // "memb"

export interface ExpiryResult {
  skipped: boolean;
  members: number;
  points: number;
}

/**
 * Safe to run twice and on several instances at once: an advisory lock lets one instance work
 * while the others skip, and each member's expiry is one ledger entry with a per-year unique
 * reference written under the member's row lock, so even two passes that overlap write it once.
 */
export async function runPointsExpiry(deps: { pool: pg.Pool; ledger: Ledger; now: () => Date; logger?: Logger }): Promise<ExpiryResult> {
  const lock = await deps.pool.connect();
  try {
    const { rows } = await lock.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [EXPIRY_LOCK_KEY]);
    if (!rows[0]!.locked) return { skipped: true, members: 0, points: 0 };
    try {
      return { skipped: false, ...(await expireAll(deps)) };
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [EXPIRY_LOCK_KEY]);
    }
  } finally {
    lock.release();
  }
}

export async function expireAll(deps: { pool: pg.Pool; ledger: Ledger; now: () => Date; logger?: Logger }) {
  const { cutoff, refId } = expiryCutoff(deps.now());
  let members = 0;
  let points = 0;
  for (const memberId of await expiryCandidates(deps.pool, cutoff, refId)) {
    const expired = await withTransaction(deps.pool, async (tx) => {
      // Locked before counting: an overlapping pass then counts after this one's entry and finds nothing left.
      await lockMember(tx, memberId);
      const unused = await unusedPointsEarnedBefore(tx, memberId, cutoff);
      if (unused === 0) return 0;
      await deps.ledger.expirePoints(memberId, unused, { reason: '积分过期', refType: 'EXPIRY', refId }, { tx });
      return unused;
    });
    if (expired > 0) {
      members++;
      points += expired;
    }
  }
  deps.logger?.info({ cutoff, members, points }, 'points expiry pass finished');
  return { members, points };
}
