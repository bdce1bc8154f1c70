import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/db.ts';
import { DomainError } from '../graphql/errors.ts';
import { Ledger } from './ledger.ts';
import { expiryCutoff, runPointsExpiry, expireAll } from './expiry.ts';

let db: TestDatabase;
let clock = new Date('2026-11-25T02:00:00Z');
let ledger: Ledger;

beforeAll(async () => {
  db = await createTestDatabase({ poolSize: 20 });
  ledger = new Ledger(db.pool, () => clock);
});
afterAll(async () => {
  await db?.drop();
});

let seq = 0;
async function newMember(): Promise<string> {
  seq++;
  const { rows } = await db.pool.query(
    `WITH u AS (INSERT INTO "User" (id, openid) VALUES (gen_random_uuid(), $1) RETURNING id)
     INSERT INTO "Member" (id, "userId", "cardNo", "codeSecret") SELECT gen_random_uuid(), u.id, $2, $3 FROM u RETURNING id`,
    [`ledger-test-${seq}-${Date.now()}`, `77${String(seq).padStart(14, '0')}`, randomBytes(32)],
  );
  return rows[0].id;
}

async function invariants(memberId: string) {
  const { rows } = await db.pool.query(
    `SELECT m."pointsBalance", m."storedValueFen",
            (SELECT COALESCE(SUM(amount), 0)::int FROM "PointsEntry" WHERE "memberId" = m.id) AS "pointsSum",
            (SELECT COALESCE(SUM("amountFen"), 0)::int FROM "StoredValueEntry" WHERE "memberId" = m.id) AS "storedSum",
            (SELECT COALESCE(MIN("balanceAfter"), 0) FROM "PointsEntry" WHERE "memberId" = m.id) AS "pointsMin",
            (SELECT "balanceAfter" FROM "PointsEntry" WHERE "memberId" = m.id ORDER BY id DESC LIMIT 1) AS "pointsLast",
            (SELECT "balanceAfterFen" FROM "StoredValueEntry" WHERE "memberId" = m.id ORDER BY id DESC LIMIT 1) AS "storedLast"
       FROM "Member" m WHERE m.id = $1`,
    [memberId],
  );
  const r = rows[0];
  expect(r.pointsSum).toBe(r.pointsBalance);
  expect(r.storedSum).toBe(r.storedValueFen);
  expect(r.pointsMin).toBeGreaterThanOrEqual(0);
  if (r.pointsLast !== null) expect(r.pointsLast).toBe(r.pointsBalance);
  if (r.storedLast !== null) expect(r.storedLast).toBe(r.storedValueFen);
  // The running balance of every entry is the sum of the ledger up to it.
  const running = await db.pool.query(
    `SELECT count(*)::int AS bad FROM (
       SELECT "balanceAfter", SUM(amount) OVER (ORDER BY id) AS s FROM "PointsEntry" WHERE "memberId" = $1) x WHERE "balanceAfter" <> s`,
    [memberId],
  );
  expect(running.rows[0].bad).toBe(0);
  return r;
}

const ref = (refId: string, refType: 'ORDER' | 'ADJUSTMENT' | 'TOPUP' = 'ORDER') => ({ reason: '测试', refType, refId });

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

describe('points ledger', () => {
  it('keeps balance ≥ 0 and ledger sum == balance under concurrent earns and spends', async () => {
    const memberId = await newMember();
    await ledger.earnPoints(memberId, 500, ref('seed'));
    const ops = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 0 ? ledger.earnPoints(memberId, 20, ref(`earn-${i}`)) : ledger.spendPoints(memberId, 35, ref(`spend-${i}`)),
    );
    const results = await Promise.allSettled(ops);
    const refused = results.filter((r) => r.status === 'rejected');
    for (const r of refused) expect(((r as PromiseRejectedResult).reason as DomainError).code).toBe('INSUFFICIENT_BALANCE');
    const r = await invariants(memberId);
    const spends = results.filter((res, i) => i % 3 !== 0 && res.status === 'fulfilled').length;
    expect(r.pointsBalance).toBe(500 + 20 * 20 - 35 * spends);
    expect(refused.length).toBeGreaterThan(0);
  });

  it('does not let frozen points be spent until they thaw, and reverses frozen points of a refund', async () => {
    const memberId = await newMember();
    await ledger.earnPoints(memberId, 100, ref('old'));
    await ledger.earnPoints(memberId, 300, ref('order-1'), { frozenUntil: new Date(clock.getTime() + 7 * 86_400_000) });
    expect(await ledger.availablePoints(db.pool, memberId, 400, clock)).toBe(100);
    expect(await codeOf(ledger.spendPoints(memberId, 150, ref('too-early')))).toBe('INSUFFICIENT_BALANCE');
    expect((await db.pool.query(`SELECT count(*)::int AS n FROM "PointsEntry" WHERE "memberId" = $1 AND "refId" = 'too-early'`, [memberId])).rows[0].n).toBe(0);
    // Refunded within its window: its points go back even though they are frozen.
    await ledger.earnPoints(memberId, 50, ref('order-2'), { frozenUntil: new Date(clock.getTime() + 7 * 86_400_000) });
    await ledger.reversePoints(memberId, 50, ref('order-2'));
    expect(await ledger.availablePoints(db.pool, memberId, 400, clock)).toBe(100);
    const later = new Date(clock.getTime() + 8 * 86_400_000);
    expect(await ledger.availablePoints(db.pool, memberId, 400, later)).toBe(400);
    await invariants(memberId);
  });

  it('refuses a spend larger than the balance, bad amounts and blank reasons, writing nothing', async () => {
    const memberId = await newMember();
    await ledger.earnPoints(memberId, 10, ref('e'));
    expect(await codeOf(ledger.spendPoints(memberId, 11, ref('s')))).toBe('INSUFFICIENT_BALANCE');
    expect(await codeOf(ledger.spendPoints(memberId, 0, ref('z')))).toBe('BAD_USER_INPUT');
    expect(await codeOf(ledger.spendPoints(memberId, 1.5, ref('f')))).toBe('BAD_USER_INPUT');
    expect(await codeOf(ledger.earnPoints(memberId, -5, ref('n')))).toBe('BAD_USER_INPUT');
    expect(await codeOf(ledger.earnPoints(memberId, 5, { ...ref('b'), reason: '  ' }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(ledger.postStoredValue('PAYMENT', memberId, -1, ref('p')))).toBe('INSUFFICIENT_BALANCE');
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM "PointsEntry" WHERE "memberId" = $1`, [memberId]);
    expect(rows[0].n).toBe(1);
    expect((await db.pool.query(`SELECT count(*)::int AS n FROM "StoredValueEntry" WHERE "memberId" = $1`, [memberId])).rows[0].n).toBe(0);
    await invariants(memberId);
  });

  it('writes an entry once per reference, so retries are harmless', async () => {
    const memberId = await newMember();
    const entries = await Promise.all([1, 2, 3].map(() => ledger.earnPoints(memberId, 40, ref('order-x'))));
    expect(new Set(entries.map((e) => Number(e.id))).size).toBe(1);
    expect((await invariants(memberId)).pointsBalance).toBe(40);
  });
});

describe('stored-value ledger', () => {
  it('keeps balance ≥ 0 and ledger sum == balance under concurrent top-ups and payments', async () => {
    const memberId = await newMember();
    const ops = Array.from({ length: 40 }, (_, i) =>
      i % 4 === 0 ? ledger.postStoredValue('TOPUP', memberId, 1000, ref(`t-${i}`, 'TOPUP')) : ledger.postStoredValue('PAYMENT', memberId, -450, ref(`p-${i}`)),
    );
    const results = await Promise.allSettled(ops);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as DomainError).code).toBe('INSUFFICIENT_BALANCE');
    const r = await invariants(memberId);
    expect(r.storedValueFen).toBeGreaterThanOrEqual(0);
    const { rows } = await db.pool.query(`SELECT MIN("balanceAfterFen") AS m FROM "StoredValueEntry" WHERE "memberId" = $1`, [memberId]);
    expect(rows[0].m).toBeGreaterThanOrEqual(0);
  });

  it('has a database check as the last line of defence', async () => {
    const memberId = await newMember();
    await expect(db.pool.query(`UPDATE "Member" SET "storedValueFen" = -1 WHERE id = $1`, [memberId])).rejects.toThrow(/Member_balance_check/);
  });
});

describe('yearly points expiry', () => {
  it('expires points earned before last year that were never used, once, even when run twice at once', async () => {
    const memberId = await newMember();
    const earn = async (amount: number, createdAt: string, refId: string) => {
      clock = new Date(createdAt);
      await ledger.earnPoints(memberId, amount, ref(refId));
    };
    await earn(300, '2024-06-01T04:00:00Z', 'y2024-a');
    await earn(200, '2025-03-01T04:00:00Z', 'y2025-a');
    clock = new Date('2025-05-01T04:00:00Z');
    await ledger.spendPoints(memberId, 120, ref('spend-2025'));
    await earn(50, '2026-02-01T04:00:00Z', 'y2026-a');

    clock = new Date('2026-11-25T02:00:00Z');
    expect(expiryCutoff(clock)).toEqual({ cutoff: new Date('2025-01-01T00:00:00+08:00'), refId: 'earned-before-2025' });
    const now = () => clock;
    const [a, b] = await Promise.all([runPointsExpiry({ pool: db.pool, ledger, now }), runPointsExpiry({ pool: db.pool, ledger, now })]);
    // Without the advisory lock too: overlapping passes still write one entry.
    await Promise.all([expireAll({ pool: db.pool, ledger, now }), expireAll({ pool: db.pool, ledger, now })]);
    await runPointsExpiry({ pool: db.pool, ledger, now });

    const { rows } = await db.pool.query(`SELECT amount, "refId" FROM "PointsEntry" WHERE "memberId" = $1 AND type = 'EXPIRE'`, [memberId]);
    // 300 from 2024, less the 120 spent (oldest points first)
    expect(rows).toEqual([{ amount: -180, refId: 'earned-before-2025' }]);
    expect([a!.skipped, b!.skipped].filter(Boolean).length).toBeLessThanOrEqual(1);
    expect((await invariants(memberId)).pointsBalance).toBe(250);
  });

  it('leaves members whose old points were all used alone', async () => {
    const memberId = await newMember();
    clock = new Date('2024-02-01T04:00:00Z');
    await ledger.earnPoints(memberId, 100, ref('old'));
    await ledger.spendPoints(memberId, 100, ref('used'));
    clock = new Date('2026-11-25T02:00:00Z');
    await runPointsExpiry({ pool: db.pool, ledger, now: () => clock });
    expect((await db.pool.query(`SELECT count(*)::int AS n FROM "PointsEntry" WHERE "memberId" = $1 AND type = 'EXPIRE'`, [memberId])).rows[0].n).toBe(0);
  });
});

describe('stored-value bounds', () => {
  it('bounds adjustments and top-ups, but never refuses a refund within the column: a refund gives back what was paid', async () => {
    const bounded = new Ledger(db.pool, () => clock, { maxAdjustmentFen: 1000, maxBalanceFen: 3000 });
    const memberId = await newMember();
    await bounded.postStoredValue('TOPUP', memberId, 1000, ref('t1', 'TOPUP'));
    await bounded.postStoredValue('ADJUST', memberId, 1000, ref('a1', 'ADJUSTMENT'));
    expect(await codeOf(bounded.postStoredValue('TOPUP', memberId, 1001, ref('t2', 'TOPUP')))).toBe('STORED_VALUE_LIMIT');
    await bounded.postStoredValue('PAYMENT', memberId, -1500, ref('p1'));
    await bounded.postStoredValue('TOPUP', memberId, 1000, ref('t3', 'TOPUP'));
    await bounded.postStoredValue('ADJUST', memberId, 1000, ref('a2', 'ADJUSTMENT'));
    expect((await bounded.postStoredValue('TOPUP', memberId, 500, ref('t4', 'TOPUP'))).balanceAfterFen).toBe(3000);
    expect(await codeOf(bounded.postStoredValue('ADJUST', memberId, 1, ref('a3', 'ADJUSTMENT')))).toBe('STORED_VALUE_LIMIT');
    // At the ceiling, the earlier payment still comes back whole.
    expect((await bounded.postStoredValue('REFUND', memberId, 1500, { ...ref('r1'), refType: 'REFUND' })).balanceAfterFen).toBe(4500);
    await invariants(memberId);
  });

  it('refuses any credit past the integer column with STORED_VALUE_LIMIT instead of failing in PostgreSQL', async () => {
    const memberId = await newMember();
    await ledger.postStoredValue('TOPUP', memberId, 2_147_483_000, ref('big', 'TOPUP'));
    expect(await codeOf(ledger.postStoredValue('REFUND', memberId, 648, { ...ref('r-over'), refType: 'REFUND' }))).toBe('STORED_VALUE_LIMIT');
    expect((await ledger.postStoredValue('REFUND', memberId, 647, { ...ref('r-fit'), refType: 'REFUND' })).balanceAfterFen).toBe(2_147_483_647);
    await invariants(memberId);
  });
});
