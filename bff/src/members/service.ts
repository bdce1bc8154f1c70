import { randomBytes, randomInt } from 'node:crypto';
import type pg from 'pg';
import type { Config } from '../config.ts';
import type { PrismaClient } from '../db/prisma.ts';
import { Prisma } from '../db/prisma.ts';
import { withTransaction } from '../db/transaction.ts';
import { DomainError } from '../graphql/errors.ts';
import type { Member, MemberTier, PointsEntry, StoredValueEntry } from '../generated/prisma/client.ts';
import type { Logger } from '../logger.ts';
import { WechatApiError, type WechatClient } from '../wechat/index.ts';
import { memberCodeAt, matchingStep, newShortCode, parseMemberCode, stepIsCurrent, withLuhnDigit, CODE_STEP_SECONDS } from './card-code.ts';
import { yuan } from '../pricing/engine.ts';
import { Ledger, type LedgerRef } from './ledger.ts';
import { insertMember, issueShortCode, lastCodeStep, lockMember, memberCardOf, recordCodeUse, spendablePoints } from './sql.ts';
import { issueJoinCoupons } from '../marketing/sql.ts';

export const TIER_NAMES: Record<MemberTier, string> = { REGULAR: '普通会员', SILVER: '银卡会员', GOLD: '金卡会员' };
const TIER_ORDER: MemberTier[] = ['REGULAR', 'SILVER', 'GOLD'];
const YEAR_MS = 365 * 86_400_000;
export const MAX_PAGE = 50;

type MemberRules = Pick<Config, 'POINTS_PER_YUAN' | 'POINT_VALUE_FEN' | 'TIER_SILVER_SPEND_FEN' | 'TIER_GOLD_SPEND_FEN' | 'POINTS_REFUND_WINDOW_DAYS'>;

export function tierForSpend(spendFen: number, rules: Pick<MemberRules, 'TIER_SILVER_SPEND_FEN' | 'TIER_GOLD_SPEND_FEN'>): MemberTier {
  if (spendFen >= rules.TIER_GOLD_SPEND_FEN) return 'GOLD';
  if (spendFen >= rules.TIER_SILVER_SPEND_FEN) return 'SILVER';
  return 'REGULAR';
}

/** Whole yuan paid times the configured rate: fractions of a yuan earn nothing. */
export function pointsForPayment(paidFen: number, rules: Pick<MemberRules, 'POINTS_PER_YUAN'>): number {
  return Math.floor(Math.max(0, paidFen) / 100) * rules.POINTS_PER_YUAN;
}

/** Ledger entries come from Prisma (bigint ids) or from the ledger's own SQL (number ids). */
export type PointsEntryModel = Omit<PointsEntry, 'id'> & { id: bigint | number };
export type StoredValueEntryModel = Omit<StoredValueEntry, 'id'> & { id: bigint | number };

/** What the card shows; the GraphQL MemberCard is resolved from this. */
export interface MemberCardModel {
  member: Member;
  tier: MemberTier;
  spendLast12MonthsFen: number;
  pointsAvailable: number;
  usableCouponCount: number;
}

export interface TillMemberModel {
  memberId: string;
  cardNo: string;
  tier: MemberTier;
  nickname: string | null;
  pointsAvailable: number;
  storedValueFen: number;
}

export type MemberCouponState = 'AVAILABLE' | 'USED' | 'EXPIRED';
const COUPON_LIST_LIMIT = 50;

/** A coupon's rule in the words of the shelf tag: 满¥30减¥5, 无门槛减¥3, 9折 最高减¥10. */
export function couponTerms(coupon: { kind: 'AMOUNT_OFF' | 'PERCENT_OFF'; value: number; maxDiscountFen: number | null; minSpendFen: number }): string {
  const threshold = coupon.minSpendFen > 0 ? `满¥${yuan(coupon.minSpendFen)}` : '无门槛';
  if (coupon.kind === 'AMOUNT_OFF') return `${threshold}减¥${yuan(coupon.value)}`;
  const cap = coupon.maxDiscountFen != null ? ` 最高减¥${yuan(coupon.maxDiscountFen)}` : '';
  return `${threshold}${(100 - coupon.value) / 10}折${cap}`;
}

/** A page of a ledger, newest first; the cursor is the id of the last entry returned. */
function pageArgs(first: number | null | undefined, after: string | null | undefined) {
  const take = first ?? 20;
  if (!Number.isInteger(take) || take < 1 || take > MAX_PAGE) throw new DomainError('BAD_USER_INPUT', `每页数量必须在 1 到 ${MAX_PAGE} 之间`, { field: 'first' });
  if (after != null && !/^\d{1,18}$/.test(after)) throw new DomainError('BAD_USER_INPUT', '分页游标不正确', { field: 'after' });
  return { take, cursor: after != null ? BigInt(after) : undefined };
}

export class MemberService {
  readonly ledger: Ledger;

  constructor(
    private readonly deps: {
      prisma: PrismaClient;
      pool: pg.Pool;
      wechat: WechatClient;
      config: MemberRules & Pick<Config, 'STORED_VALUE_MAX_ADJUSTMENT_FEN' | 'STORED_VALUE_MAX_BALANCE_FEN'>;
      logger: Logger;
      now: () => Date;
    },
  ) {
    this.ledger = new Ledger(deps.pool, deps.now, {
      maxAdjustmentFen: deps.config.STORED_VALUE_MAX_ADJUSTMENT_FEN,
      maxBalanceFen: deps.config.STORED_VALUE_MAX_BALANCE_FEN,
    });
  }

  get rules(): MemberRules {
    return this.deps.config;
  }

  /**
   * The user's card, null for a non-member, read in one statement. The tier follows spend over the
   * last 12 months; the stored tier is refreshed when it has moved, so pricing can read it.
   */
  async cardOf(userId: string): Promise<MemberCardModel | null> {
    const now = this.deps.now();
    const row = await memberCardOf(this.deps.pool, userId, new Date(now.getTime() - YEAR_MS), now);
    if (!row) return null;
    const { spend, frozen, usableCouponCount, ...member } = row;
    const tier = tierForSpend(spend, this.deps.config);
    if (tier !== member.tier) await this.deps.prisma.member.update({ where: { id: member.id }, data: { tier } });
    return { member: { ...member, tier }, tier, spendLast12MonthsFen: spend, pointsAvailable: spendablePoints(member.pointsBalance, frozen), usableCouponCount };
  }

  async card(member: Member): Promise<MemberCardModel> {
    return (await this.cardOf(member.userId))!;
  }

  /** Where the card stands between its tier's threshold and the next one's, for the progress bar. */
  nextTier(card: MemberCardModel): { tier: MemberTier; thresholdFen: number; fromFen: number; remainingFen: number } | null {
    const next = TIER_ORDER[TIER_ORDER.indexOf(card.tier) + 1];
    if (!next) return null;
    const thresholdFen = this.thresholdOf(next);
    return { tier: next, thresholdFen, fromFen: this.thresholdOf(card.tier), remainingFen: Math.max(0, thresholdFen - card.spendLast12MonthsFen) };
  }

  private thresholdOf(tier: MemberTier): number {
    if (tier === 'GOLD') return this.deps.config.TIER_GOLD_SPEND_FEN;
    return tier === 'SILVER' ? this.deps.config.TIER_SILVER_SPEND_FEN : 0;
  }

  findByUser(userId: string): Promise<Member | null> {
    return this.deps.prisma.member.findUnique({ where: { userId } });
  }

  async requireByUser(userId: string): Promise<Member> {
    const member = await this.findByUser(userId);
    if (!member) throw new DomainError('NOT_FOUND', '您还不是会员，请先开通会员', { reason: 'NOT_A_MEMBER' });
    return member;
  }

  /**
   * Opens the card, or returns the existing one. The phone number is optional: when a
   * getPhoneNumber code is given it is exchanged server-side and stored on the user and the card.
   */
  async join(userId: string, phoneCode?: string | null): Promise<Member> {
    let phone: string | undefined;
    if (phoneCode != null) {
      if (!/^[\x21-\x7e]{1,256}$/.test(phoneCode)) throw new DomainError('BAD_USER_INPUT', '手机号授权凭证无效，请重试', { field: 'phoneCode' });
      try {
        phone = (await this.deps.wechat.getPhoneNumber(phoneCode)).purePhoneNumber;
      } catch (error) {
        if (!(error instanceof WechatApiError)) throw error;
        if (error.kind === 'INVALID_CODE' || error.kind === 'CODE_USED') {
          throw new DomainError('BAD_USER_INPUT', '手机号授权凭证无效或已过期，请重试', { field: 'phoneCode', wechatErrcode: error.errcode });
        }
        throw new DomainError('UPSTREAM_ERROR', '获取手机号失败，请稍后再试', { wechatErrcode: error.errcode });
      }
    }
    const { prisma } = this.deps;
    if (phone) await prisma.user.update({ where: { id: userId }, data: { phone } });
    const existing = await this.findByUser(userId);
    if (existing) {
      return phone && existing.phone !== phone ? prisma.member.update({ where: { id: existing.id }, data: { phone } }) : existing;
    }
    for (let attempt = 0; ; attempt++) {
      try {
        const created = await withTransaction(this.deps.pool, async (client) => {
          const now = this.deps.now();
          const member = await insertMember(client, {
            userId,
            cardNo: withLuhnDigit(`88${String(randomInt(0, 10 ** 13)).padStart(13, '0')}`),
            phone: phone ?? null,
            codeSecret: new Uint8Array(randomBytes(32)),
            joinedAt: now,
          });
          // The welcome coupons come with the card or not at all.
          if (member) await issueJoinCoupons(client, userId, now);
          return member;
        });
        // A second join of the same user raced this one: theirs won, return it.
        return created ?? (await this.findByUser(userId))!;
      } catch (error) {
        // A card number drawn twice: draw again.
        if (!(error instanceof Error && 'code' in error && error.code === '23505') || attempt >= 5) throw error;
      }
    }
  }

  async pointsHistory(memberId: string, first?: number | null, after?: string | null) {
    const { take, cursor } = pageArgs(first, after);
    const rows = await this.deps.prisma.pointsEntry.findMany({
      where: { memberId, ...(cursor !== undefined ? { id: { lt: cursor } } : {}) },
      orderBy: { id: 'desc' },
      take: take + 1,
    });
    return { nodes: rows.slice(0, take), hasNextPage: rows.length > take };
  }

  async storedValueHistory(memberId: string, first?: number | null, after?: string | null) {
    const { take, cursor } = pageArgs(first, after);
    const rows = await this.deps.prisma.storedValueEntry.findMany({
      where: { memberId, ...(cursor !== undefined ? { id: { lt: cursor } } : {}) },
      orderBy: { id: 'desc' },
      take: take + 1,
    });
    return { nodes: rows.slice(0, take), hasNextPage: rows.length > take };
  }

  /** The user's coupons in one state, with their terms and where they can be used. */
  async coupons(userId: string, state: MemberCouponState) {
    const now = this.deps.now();
    const unexpired = { validTo: { gt: now } };
    const where: Record<MemberCouponState, Prisma.UserCouponWhereInput> = {
      AVAILABLE: { status: { in: ['AVAILABLE', 'LOCKED'] }, coupon: unexpired },
      USED: { status: 'USED' },
      EXPIRED: { OR: [{ status: 'EXPIRED' }, { status: 'AVAILABLE', coupon: { validTo: { lte: now } } }] },
    };
    const held = await this.deps.prisma.userCoupon.findMany({
      where: { userId, ...where[state] },
      include: { coupon: true },
      orderBy: state === 'AVAILABLE' ? [{ coupon: { validTo: 'asc' } }, { claimedAt: 'asc' }] : [{ claimedAt: 'desc' }],
      take: COUPON_LIST_LIMIT,
    });
    const storeIds = [...new Set(held.flatMap((c) => (c.coupon.storeId != null ? [c.coupon.storeId] : [])))];
    const stores = new Map((await this.deps.prisma.store.findMany({ where: { id: { in: storeIds } }, select: { id: true, name: true } })).map((s) => [s.id, s.name]));
    return held.map((c) => ({
      id: c.id,
      name: c.coupon.name,
      terms: couponTerms(c.coupon),
      scope: c.coupon.storeId == null ? '全部门店可用' : `仅限${stores.get(c.coupon.storeId) ?? '指定门店'}使用`,
      validFrom: c.coupon.validFrom,
      validTo: c.coupon.validTo,
      usedAt: c.usedAt,
      state,
    }));
  }

  /** Points earned now stay frozen through the refund window, so a refunded purchase cannot have been spent. */
  earnedPointsFrozenUntil(): Date {
    return new Date(this.deps.now().getTime() + this.deps.config.POINTS_REFUND_WINDOW_DAYS * 86_400_000);
  }

  /** Points for a payment (frozen, see earnedPointsFrozenUntil). */
  async earnForPayment(memberId: string, paidFen: number, ref: LedgerRef, options: { tx?: pg.PoolClient } = {}) {
    const points = pointsForPayment(paidFen, this.deps.config);
    if (points === 0) return null;
    return this.ledger.earnPoints(memberId, points, ref, { frozenUntil: this.earnedPointsFrozenUntil(), ...options });
  }

  /** The code the card shows now, and its typed form for the same step; the secret stays on the server. */
  async currentCode(member: Member) {
    const code = memberCodeAt(member, this.deps.now());
    return { digits: code.digits, qrPayload: code.digits, shortCode: await this.shortCodeFor(member.id, code.step), expiresAt: code.expiresAt, periodSeconds: CODE_STEP_SECONDS };
  }

  private async shortCodeFor(memberId: string, step: number): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      try {
        const issued = await issueShortCode(this.deps.pool, memberId, step, newShortCode());
        if (issued) return issued;
      } catch (error) {
        // Another member was given the same digits at the same instant: draw again.
        if ((error as { code?: string }).code !== '23505') throw error;
      }
      if (attempt >= 5) throw new Error('could not issue a unique member short code');
    }
  }

  /** The member and time step a parsed code stands for; null when it is wrong or expired. */
  private async resolveCode(code: NonNullable<ReturnType<typeof parseMemberCode>>, now: Date) {
    if (code.kind === 'short') {
      const member = await this.deps.prisma.member.findUnique({ where: { shortCode: code.shortCode } });
      return member?.shortCodeStep != null && stepIsCurrent(member.shortCodeStep, now) ? { member, step: member.shortCodeStep } : null;
    }
    const member = await this.deps.prisma.member.findUnique({ where: { cardNo: code.cardNo } });
    const step = member && matchingStep(member, code.otp, now);
    return member && step != null ? { member, step } : null;
  }

  /**
   * Accepts a member code at the till. A code is accepted once; so is any code older than one
   * already accepted, so a screenshot taken before a scan is worthless after it. The short code
   * stands for the same step as the long one, so using either spends both.
   */
  async verifyCode(code: string): Promise<TillMemberModel> {
    const parsed = parseMemberCode(code);
    if (!parsed) throw new DomainError('BAD_USER_INPUT', '会员码格式不正确', { field: 'code' });
    const now = this.deps.now();
    const resolved = await this.resolveCode(parsed, now);
    if (!resolved) throw new DomainError('MEMBER_CODE_INVALID', '会员码无效或已过期，请让顾客刷新会员码');
    const { member, step } = resolved;
    await withTransaction(this.deps.pool, async (client) => {
      await lockMember(client, member.id);
      const last = await lastCodeStep(client, member.id);
      if (last !== null && last >= step) throw new DomainError('MEMBER_CODE_USED', '会员码已使用，请让顾客刷新会员码');
      await recordCodeUse(client, member.id, step, now);
    });
    return (await this.tillMember(member.userId))!;
  }

  /** The member of an account as the till shows them; null when the account has no card. */
  async tillMember(userId: string): Promise<TillMemberModel | null> {
    const card = await this.cardOf(userId);
    if (!card) return null;
    const { nickname } = await this.deps.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { nickname: true } });
    return {
      memberId: card.member.id,
      cardNo: card.member.cardNo,
      tier: card.tier,
      nickname,
      pointsAvailable: card.pointsAvailable,
      storedValueFen: card.member.storedValueFen,
    };
  }

  /** A manager's correction of a stored-value balance (top-ups go through payment once it exists). */
  async adjustStoredValue(input: { cardNo: string; amountFen: number; reason: string; idempotencyKey: string; actorUserId: string; storeId: number }) {
    if (!/^[A-Za-z0-9_-]{8,64}$/.test(input.idempotencyKey)) throw new DomainError('BAD_USER_INPUT', '幂等键格式不正确', { field: 'idempotencyKey' });
    const member = await this.deps.prisma.member.findUnique({ where: { cardNo: input.cardNo.replace(/\s+/g, '') } });
    if (!member) throw new DomainError('NOT_FOUND', '会员卡不存在', { field: 'cardNo' });
    const entry = await this.ledger.postStoredValue('ADJUST', member.id, input.amountFen, {
      reason: input.reason.trim(),
      refType: 'ADJUSTMENT',
      // Who adjusted, where, and the request: the entry is the audit record and the retry guard.
      refId: `store:${input.storeId}:by:${input.actorUserId}:${input.idempotencyKey}`,
    });
    this.deps.logger.info({ memberId: member.id, amountFen: input.amountFen, actorUserId: input.actorUserId, storeId: input.storeId }, 'stored value adjusted');
    return entry;
  }
}
