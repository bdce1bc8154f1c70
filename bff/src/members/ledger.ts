import type pg from 'pg';
import { withTransaction, type Queryable } from '../db/transaction.ts';
import { DomainError } from '../graphql/errors.ts';
import { yuan } from '../pricing/engine.ts';
import type { LedgerRefType, PointsEntryType, StoredValueEntryType } from '../generated/prisma/enums.ts';
import {
  appendPointsEntry,
  appendStoredValueEntry,
  findPointsEntry,
  findStoredValueEntry,
  frozenPoints,
  spendablePoints,
  lockMember,
  type PointsEntryRow,
  type StoredValueEntryRow,
} from './sql.ts';

export interface LedgerRef {
  /** Why, in Chinese: shown in the member's history. */
  reason: string;
  refType: LedgerRefType;
  /** The order id, receipt id, adjustment key…: (member, type, refType, refId) is written once. */
  refId: string;
}

const MAX_REASON = 200;

function checkRef(ref: LedgerRef): void {
  if (!ref.reason.trim() || ref.reason.length > MAX_REASON) throw new DomainError('BAD_USER_INPUT', `原因不能为空且不超过 ${MAX_REASON} 字`, { field: 'reason' });
  if (!ref.refId.trim() || ref.refId.length > 200) throw new DomainError('BAD_USER_INPUT', '引用编号不正确', { field: 'refId' });
}

/** Bounds of stored value set by configuration (STORED_VALUE_MAX_*). */
export interface StoredValueLimits {
  /** largest single ADJUST (either sign) or TOPUP, in fen */
  maxAdjustmentFen: number;
  /** largest balance an ADJUST or TOPUP may leave, in fen */
  maxBalanceFen: number;
}

/** The balance and ledger columns are PostgreSQL integers: no credit of any kind may carry a balance past this. */
const INTEGER_CEILING = 2_147_483_647;

function storedValueLimit(message: string, details: Record<string, unknown>): DomainError {
  return new DomainError('STORED_VALUE_LIMIT', message, details);
}

/**
 * Adjustments and top-ups are bounded per entry and by the balance they leave. A refund gives back
 * what the member paid from the balance, so only the column's ceiling applies to it.
 */
function checkStoredValueBounds(type: StoredValueEntryType, balanceFen: number, deltaFen: number, limits: StoredValueLimits | undefined): void {
  const bounded = limits && (type === 'ADJUST' || type === 'TOPUP');
  if (bounded && Math.abs(deltaFen) > limits.maxAdjustmentFen) {
    throw storedValueLimit(`单笔储值调整不能超过¥${yuan(limits.maxAdjustmentFen)}`, { reason: 'ADJUSTMENT_TOO_LARGE', limitFen: limits.maxAdjustmentFen, requested: deltaFen });
  }
  if (deltaFen <= 0) return;
  const ceiling = bounded ? limits.maxBalanceFen : INTEGER_CEILING;
  if (balanceFen + deltaFen > ceiling) {
    throw storedValueLimit(`储值余额不能超过¥${yuan(ceiling)}：当前余额¥${yuan(balanceFen)}，最多还能存入¥${yuan(Math.max(0, ceiling - balanceFen))}`, {
      reason: 'BALANCE_TOO_HIGH',
      limitFen: ceiling,
      balanceFen,
      requested: deltaFen,
    });
  }
}

function checkAmount(amount: number, field: string): void {
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new DomainError('BAD_USER_INPUT', '数额必须是正整数', { field, amount });
}

/**
 * The points and stored-value ledgers. Entries are only ever appended; each carries the running
 * balance after it, and the member's balance column is updated in the same transaction under a
 * row lock, so the sum of a ledger always equals the balance. Debits are checked before writing:
 * a refused debit writes nothing. A repeated (type, refType, refId) returns the first entry
 * instead of writing again, so callers may retry.
 *
 * Every method takes an optional transaction client, for callers (orders, till) that must write
 * the ledger atomically with their own rows.
 */
export class Ledger {
  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => Date,
    /** unset for a ledger that only ever posts points (the expiry timer's) */
    private readonly storedValueLimits?: StoredValueLimits,
  ) {}

  private async postPoints(
    type: PointsEntryType,
    memberId: string,
    delta: number,
    ref: LedgerRef,
    options: { frozenUntil?: Date | null; spendableOnly?: boolean; tx?: pg.PoolClient },
  ): Promise<PointsEntryRow> {
    checkRef(ref);
    return withTransaction(
      this.pool,
      async (client) => {
        const member = await lockMember(client, memberId);
        if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
        const existing = await findPointsEntry(client, { memberId, type, refType: ref.refType, refId: ref.refId });
        if (existing) return existing;
        const at = this.now();
        if (delta < 0) {
          const available = options.spendableOnly ? await this.availablePoints(client, member.id, member.pointsBalance, at) : member.pointsBalance;
          if (-delta > available) {
            throw new DomainError('INSUFFICIENT_BALANCE', `积分不足：可用 ${available}，需要 ${-delta}`, { available, requested: -delta });
          }
        }
        return appendPointsEntry(client, {
          memberId,
          type,
          amount: delta,
          balanceAfter: member.pointsBalance + delta,
          frozenUntil: options.frozenUntil ?? null,
          reason: ref.reason,
          refType: ref.refType,
          refId: ref.refId,
          createdAt: at,
        });
      },
      options.tx,
    );
  }

  async availablePoints(db: Queryable, memberId: string, balance: number, at: Date): Promise<number> {
    return spendablePoints(balance, await frozenPoints(db, memberId, at));
  }

  /** Points for a purchase; frozen until `frozenUntil` (the end of the refund window). */
  async earnPoints(memberId: string, amount: number, ref: LedgerRef, options: { frozenUntil?: Date | null; tx?: pg.PoolClient } = {}) {
    checkAmount(amount, 'amount');
    return this.postPoints('EARN', memberId, amount, ref, options);
  }

  /** Only thawed points can be spent. */
  async spendPoints(memberId: string, amount: number, ref: LedgerRef, options: { tx?: pg.PoolClient } = {}) {
    checkAmount(amount, 'amount');
    return this.postPoints('SPEND', memberId, -amount, ref, { ...options, spendableOnly: true });
  }

  /** Takes back points of a refunded purchase; frozen ones included, since they belong to it. */
  async reversePoints(memberId: string, amount: number, ref: LedgerRef, options: { tx?: pg.PoolClient } = {}) {
    checkAmount(amount, 'amount');
    return this.postPoints('REVERSE', memberId, -amount, ref, options);
  }

  async expirePoints(memberId: string, amount: number, ref: LedgerRef, options: { tx?: pg.PoolClient } = {}) {
    checkAmount(amount, 'amount');
    return this.postPoints('EXPIRE', memberId, -amount, ref, { ...options, spendableOnly: true });
  }

  async adjustPoints(memberId: string, delta: number, ref: LedgerRef, options: { tx?: pg.PoolClient } = {}) {
    if (!Number.isSafeInteger(delta) || delta === 0) throw new DomainError('BAD_USER_INPUT', '调整数额必须是非零整数', { field: 'amount' });
    return this.postPoints('ADJUST', memberId, delta, ref, { ...options, spendableOnly: true });
  }

  async postStoredValue(
    type: StoredValueEntryType,
    memberId: string,
    deltaFen: number,
    ref: LedgerRef,
    options: { tx?: pg.PoolClient } = {},
  ): Promise<StoredValueEntryRow> {
    checkRef(ref);
    if (!Number.isSafeInteger(deltaFen) || deltaFen === 0) throw new DomainError('BAD_USER_INPUT', '金额必须是非零整数（分）', { field: 'amountFen' });
    if ((type === 'PAYMENT') !== deltaFen < 0 && type !== 'ADJUST') {
      throw new DomainError('BAD_USER_INPUT', type === 'PAYMENT' ? '支付金额必须为负' : '充值和退款金额必须为正', { field: 'amountFen' });
    }
    return withTransaction(
      this.pool,
      async (client) => {
        const member = await lockMember(client, memberId);
        if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
        const existing = await findStoredValueEntry(client, { memberId, type, refType: ref.refType, refId: ref.refId });
        if (existing) return existing;
        checkStoredValueBounds(type, member.storedValueFen, deltaFen, this.storedValueLimits);
        if (member.storedValueFen + deltaFen < 0) {
          throw new DomainError('INSUFFICIENT_BALANCE', `储值余额不足：余额 ${member.storedValueFen} 分，需要 ${-deltaFen} 分`, {
            available: member.storedValueFen,
            requested: -deltaFen,
          });
        }
        return appendStoredValueEntry(client, {
          memberId,
          type,
          amountFen: deltaFen,
          balanceAfterFen: member.storedValueFen + deltaFen,
          reason: ref.reason,
          refType: ref.refType,
          refId: ref.refId,
          createdAt: this.now(),
        });
      },
      options.tx,
    );
  }
}
