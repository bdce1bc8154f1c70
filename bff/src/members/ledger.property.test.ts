import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/db.ts';
import { findInconsistencies } from '../consistency/service.ts';
import { DomainError } from '../graphql/errors.ts';
import { Ledger } from './ledger.ts';

/**
 * Random sequences of ledger operations against real PostgreSQL: earning (frozen or not), spending,
 * reversing, expiring, adjusting, time passing (frozen points thaw), and stored-value movements.
 * Whatever the sequence, a refused operation writes nothing, the balance never goes below zero and
 * always equals the sum of its entries, and the running balances chain.
 */
let db: TestDatabase;
let clock = new Date('2026-11-25T02:00:00Z');
let ledger: Ledger;

beforeAll(async () => {
  db = await createTestDatabase({ poolSize: 4 });
  ledger = new Ledger(db.pool, () => clock);
});
afterAll(async () => {
  await db?.drop();
});

async function newMember(): Promise<string> {
  const { rows } = await db.pool.query(
    `WITH u AS (INSERT INTO "User" (id, openid) VALUES (gen_random_uuid(), $1) RETURNING id)
     INSERT INTO "Member" (id, "userId", "cardNo", "codeSecret") SELECT gen_random_uuid(), u.id, $2, $3 FROM u RETURNING id`,
    [`ledger-prop-${randomBytes(6).toString('hex')}`, `66${String(Date.now() % 1e8).padStart(8, '0')}${randomBytes(3).toString('hex')}`, randomBytes(32)],
  );
  return rows[0].id;
}

type Op =
  | { op: 'earn'; amount: number; frozenDays: number }
  | { op: 'spend'; amount: number }
  | { op: 'reverse'; amount: number }
  | { op: 'expire'; amount: number }
  | { op: 'adjust'; delta: number }
  | { op: 'thaw'; days: number }
  | { op: 'storedValue'; type: 'TOPUP' | 'PAYMENT' | 'REFUND' | 'ADJUST'; amount: number }
  | { op: 'repeat' };

const amount = fc.integer({ min: -50, max: 2_000 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('earn' as const), amount, frozenDays: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ op: fc.constantFrom('spend' as const, 'reverse' as const, 'expire' as const), amount }),
  fc.record({ op: fc.constant('adjust' as const), delta: fc.integer({ min: -2_000, max: 2_000 }) }),
  fc.record({ op: fc.constant('thaw' as const), days: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ op: fc.constant('storedValue' as const), type: fc.constantFrom('TOPUP' as const, 'PAYMENT' as const, 'REFUND' as const, 'ADJUST' as const), amount: fc.integer({ min: -5_000, max: 5_000 }) }),
  fc.constant({ op: 'repeat' as const }),
);

async function balances(memberId: string) {
  const { rows } = await db.pool.query(`SELECT "pointsBalance" AS points, "storedValueFen" AS stored FROM "Member" WHERE id = $1`, [memberId]);
  return rows[0] as { points: number; stored: number };
}

describe('ledgers (property-based, real PostgreSQL)', () => {
  it('keep balance ≥ 0 and sum == balance through any sequence of operations; refusals write nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 15 }), async (ops) => {
        const memberId = await newMember();
        const model = { points: 0, stored: 0 };
        let last: { run: () => Promise<unknown>; delta: typeof model; refId: string } | null = null;
        const posted = new Set<string>();
        for (const [i, step] of ops.entries()) {
          const ref = { reason: '属性测试', refType: 'ADJUSTMENT' as const, refId: `p-${i}` };
          let run: () => Promise<unknown>;
          let delta = { points: 0, stored: 0 };
          let refId = ref.refId;
          if (step.op === 'thaw') {
            clock = new Date(clock.getTime() + step.days * 86_400_000);
            continue;
          } else if (step.op === 'repeat') {
            // Retrying the previous operation (same reference) never posts it twice.
            if (!last) continue;
            ({ run, delta, refId } = last);
          } else if (step.op === 'earn') {
            run = () => ledger.earnPoints(memberId, step.amount, ref, { frozenUntil: step.frozenDays ? new Date(clock.getTime() + step.frozenDays * 86_400_000) : null });
            delta = { points: step.amount, stored: 0 };
          } else if (step.op === 'spend' || step.op === 'reverse' || step.op === 'expire') {
            const method = ({ spend: 'spendPoints', reverse: 'reversePoints', expire: 'expirePoints' } as const)[step.op];
            const points = step.amount;
            run = () => ledger[method](memberId, points, ref);
            delta = { points: -step.amount, stored: 0 };
          } else if (step.op === 'adjust') {
            run = () => ledger.adjustPoints(memberId, step.delta, ref);
            delta = { points: step.delta, stored: 0 };
          } else {
            const { type, amount: amountFen } = step;
            run = () => ledger.postStoredValue(type, memberId, amountFen, ref);
            delta = { points: 0, stored: amountFen };
          }
          const before = await balances(memberId);
          try {
            await run();
            if (!posted.has(refId)) {
              posted.add(refId);
              model.points += delta.points;
              model.stored += delta.stored;
            }
          } catch (error) {
            // Refused: with a domain code, and nothing written.
            expect(error).toBeInstanceOf(DomainError);
            expect(['BAD_USER_INPUT', 'INSUFFICIENT_BALANCE']).toContain((error as DomainError).code);
            expect(await balances(memberId)).toEqual(before);
          }
          last = { run, delta, refId };
          const now = await balances(memberId);
          expect(now).toEqual(model);
          expect(now.points).toBeGreaterThanOrEqual(0);
          expect(now.stored).toBeGreaterThanOrEqual(0);
          expect(await ledger.availablePoints(db.pool, memberId, now.points, clock)).toBeLessThanOrEqual(now.points);
        }
        const wrong = (await findInconsistencies(db.pool)).filter((f) => f.check.startsWith('points') || f.check.startsWith('stored-value'));
        expect(wrong).toEqual([]);
      }),
      { seed: 20261125, numRuns: 40 },
    );
  }, 120_000);
});
