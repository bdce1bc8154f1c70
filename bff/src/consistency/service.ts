import type pg from 'pg';
import type { Queryable } from '../db/transaction.ts';
import { REFUND_OVERDUE_HOURS_DEFAULT } from '../config.ts';
import { CHECKS, runCheck, type CheckOptions, type Inconsistency } from './sql.ts';

export type { CheckOptions, Inconsistency };

const defaults = (): CheckOptions => ({ now: new Date(), refundOverdueHours: REFUND_OVERDUE_HOURS_DEFAULT });

/** Runs every check on `db` and returns what is wrong; empty means consistent. */
export async function findInconsistencies(db: Queryable, options: CheckOptions = defaults()): Promise<Inconsistency[]> {
  const found: Inconsistency[] = [];
  for (const check of CHECKS) {
    for (const row of await runCheck(db, check, options)) found.push({ check: check.check, ...row });
  }
  return found;
}

/** All checks read one snapshot, so writes going on meanwhile cannot make two of them disagree. */
export async function checkConsistency(pool: pg.Pool, options: CheckOptions = defaults()): Promise<Inconsistency[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const found = await findInconsistencies(client, options);
    await client.query('COMMIT');
    return found;
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
}

export function formatReport(found: readonly Inconsistency[]): string {
  if (found.length === 0) return `consistent: ${CHECKS.length} checks passed (${CHECKS.map((c) => c.check).join(', ')})`;
  return [`${found.length} inconsistencies:`, ...found.map((f) => `  ${f.check}: ${f.subject}: ${f.detail}`)].join('\n');
}
