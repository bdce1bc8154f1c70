import { createHash } from 'node:crypto';
import type pg from 'pg';
import { recordAudit } from '../audit/service.ts';
import type { Config } from '../config.ts';
import { withTransaction, type Queryable } from '../db/transaction.ts';
import type { Coupon, CouponGrantBatch, CouponGrantRowStatus } from '../generated/prisma/client.ts';
import { badInput, DomainError, notFound } from '../graphql/errors.ts';
import { couponTerms } from '../members/service.ts';
import { checkoutProducts, runningPromotions } from '../orders/sql.ts';
import { priceBasket, PricingError, stackingRules, type PromotionRule } from '../pricing/engine.ts';
import { parsePromotion } from '../pricing/rules.ts';
import {
  couponTemplateInput,
  parseInput,
  promotionInput,
  promotionRecord,
  promotionTerms,
  type CouponTemplateInput,
  type PromotionInput,
} from './input.ts';
import {
  batchByKey,
  batchRows,
  claimPendingRows,
  issueCoupon,
  listCoupons,
  listPromotions,
  lockCouponTemplate,
  lockHolders,
  lockPromotion,
  openBatch,
  settleRows,
  unknownReferences,
  writeCoupon,
  writePromotion,
  type CouponRecord,
  type PromotionRowModel,
  type RowOutcome,
} from './sql.ts';

export type ScheduleStatus = 'SCHEDULED' | 'RUNNING' | 'ENDED' | 'PAUSED' | 'SOLD_OUT';
export type PromotionModel = PromotionRowModel & { terms: string; status: ScheduleStatus };
export type CouponTemplateModel = Coupon & { terms: string; status: ScheduleStatus };
export type GrantBatchModel = CouponGrantBatch;
export type PreviewModel = Awaited<ReturnType<MarketingService['previewPromotion']>>;

/** Checks the caller may act on this scope (a list of stores; empty: the whole chain); throws if not. */
export type ScopeCheck = (storeIds: readonly number[]) => Promise<void>;

export interface PreviewInput {
  storeId: number;
  items: Array<{ productId: number; quantity: number }>;
  isMember: boolean;
  /** the draft being edited, priced in place of promotion `promotionId` (or added when new) */
  draft?: PromotionInput | null;
  promotionId?: number | null;
}

const MAX_GRANT_ROWS = 5000;
const GRANT_CHUNK = 200;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/;
/** A card number (88…, 16 digits) or a mainland mobile number. */
const MEMBER_IDENTIFIER = /^(88\d{14}|1\d{10})$/;

function statusAt(from: Date, to: Date, now: Date, on = true): ScheduleStatus {
  if (!on) return 'PAUSED';
  if (now < from) return 'SCHEDULED';
  return now < to ? 'RUNNING' : 'ENDED';
}

/** The fields an audit entry keeps: what the operator changed, as plain JSON. */
const promotionAudit = (p: PromotionRowModel) => {
  const { id: _id, updatedAt: _updatedAt, ...fields } = p;
  return { ...fields, startsAt: p.startsAt.toISOString(), endsAt: p.endsAt.toISOString() };
};
const couponAudit = (c: Coupon) => {
  const { id: _id, issuedCount: _issued, createdAt: _created, ...fields } = c;
  return { ...fields, validFrom: c.validFrom.toISOString(), validTo: c.validTo.toISOString() };
};

/**
 * Promotions and coupon templates as head office and store managers edit them, and the ways coupons
 * reach shoppers. Pricing stays in pricing/engine.ts: previews run it on the real store prices, and a
 * change reaches shoppers on their next quote because checkout reads the rows afresh each time.
 */
export class MarketingService {
  constructor(
    private readonly deps: {
      pool: pg.Pool;
      config: Pick<Config, 'MAX_POINTS_DISCOUNT_PERCENT' | 'POINT_VALUE_FEN'>;
      now: () => Date;
    },
  ) {}

  stackingRules(): string[] {
    return stackingRules(this.deps.config.MAX_POINTS_DISCOUNT_PERCENT);
  }

  // ---------------------------------------------------------------- promotions

  async promotions(storeId: number | null): Promise<PromotionModel[]> {
    return (await listPromotions(this.deps.pool, storeId)).map((p) => this.promotionModel(p));
  }

  private promotionModel(p: PromotionRowModel): PromotionModel {
    return { ...p, terms: promotionTerms(p.kind, p.conditions, p.rewards), status: statusAt(p.startsAt, p.endsAt, this.deps.now(), p.active) };
  }

  createPromotion(actorUserId: string, input: PromotionInput, authorize: ScopeCheck): Promise<PromotionModel> {
    return withTransaction(this.deps.pool, async (client) => this.promotionModel(await createPromotion(client, this.deps.now(), actorUserId, input, authorize)));
  }

  /** The caller must be allowed both the promotion's current scope and the new one. */
  async updatePromotion(actorUserId: string, id: number, input: PromotionInput, authorize: ScopeCheck): Promise<PromotionModel> {
    return withTransaction(this.deps.pool, async (client) => {
      const record = await validPromotion(client, input, authorize);
      const before = await lockPromotion(client, id);
      if (!before) throw notFound('活动不存在', { reason: 'UNKNOWN_PROMOTION' });
      await authorize(before.storeIds);
      const after = await writePromotion(client, id, record, this.deps.now());
      await recordAudit(client, {
        actorUserId,
        storeId: scopeStore(after.storeIds),
        kind: 'promotion.update',
        subject: String(id),
        before: promotionAudit(before),
        after: promotionAudit(after),
      });
      return this.promotionModel(after);
    });
  }

  /**
   * A sample basket priced by the real engine with the store's prices and the promotions running
   * there now, the draft in place of the promotion it edits (running for the preview whatever its
   * schedule says), as a pickup so no delivery fee blurs the figures.
   */
  async previewPromotion(input: PreviewInput) {
    const now = this.deps.now();
    const { pool, config } = this.deps;
    if (input.items.length === 0 || input.items.length > 50) throw badInput('试算篮子须有1到50种商品', { field: 'items', reason: 'BAD_BASKET' });
    if (input.items.some((i) => !Number.isInteger(i.quantity) || i.quantity < 1 || i.quantity > 99)) {
      throw badInput('每种商品数量须在1到99之间', { field: 'items', reason: 'BAD_QUANTITY' });
    }
    const ids = [...new Set(input.items.map((i) => i.productId))];
    const products = new Map((await checkoutProducts(pool, input.storeId, ids)).map((p) => [p.productId, p]));
    const missing = ids.find((id) => !products.get(id)?.sold);
    if (missing !== undefined) throw badInput(`商品 ${missing} 在该门店不销售`, { field: 'items', reason: 'PRODUCT_NOT_SOLD_HERE' });

    const running = (await runningPromotions(pool, input.storeId, now)).filter((row) => row.id !== input.promotionId);
    const rows = [...running];
    const draftId = input.promotionId ?? 0;
    if (input.draft) {
      const draft = promotionRecord(parseInput(promotionInput, input.draft));
      rows.push({ id: draftId, name: draft.name, kind: draft.kind, priority: draft.priority, memberOnly: draft.memberOnly, conditions: draft.conditions, rewards: draft.rewards });
    }
    const promotions = rows.flatMap((row): PromotionRule[] => {
      const rules = parsePromotion(row);
      return rules instanceof Error ? [] : rules;
    });
    try {
      const pricing = priceBasket({
        lines: input.items.map((item) => {
          const p = products.get(item.productId)!;
          return { productId: p.productId, name: p.name, quantity: item.quantity, priceFen: p.priceFen, memberPriceFen: p.memberPriceFen, categoryIds: p.categoryIds };
        }),
        isMember: input.isMember,
        promotions,
        coupon: null,
        pointsToUse: 0,
        pointValueFen: config.POINT_VALUE_FEN,
        maxPointsDiscountPercent: config.MAX_POINTS_DISCOUNT_PERCENT,
        fulfilment: 'PICKUP',
        deliveryFeeFen: 0,
        freeDeliveryFromFen: null,
        minOrderFen: 0,
      });
      return { pricing, draftApplied: input.draft ? pricing.appliedPromotionIds.includes(draftId) : false };
    } catch (error) {
      if (error instanceof PricingError) throw badInput(error.message, { field: 'items', reason: error.reason });
      throw error;
    }
  }

  // ---------------------------------------------------------------- coupon templates

  async couponTemplates(storeId: number | null): Promise<CouponTemplateModel[]> {
    return (await listCoupons(this.deps.pool, storeId)).map((c) => this.couponModel(c));
  }

  private couponModel(c: Coupon): CouponTemplateModel {
    const soldOut = c.totalQuantity !== null && c.issuedCount >= c.totalQuantity;
    const status = statusAt(c.validFrom, c.validTo, this.deps.now());
    return { ...c, terms: couponTerms(c), status: status === 'RUNNING' && soldOut ? 'SOLD_OUT' : status };
  }

  createCouponTemplate(actorUserId: string, input: CouponTemplateInput, authorize: ScopeCheck): Promise<CouponTemplateModel> {
    return withTransaction(this.deps.pool, async (client) => this.couponModel(await createCouponTemplate(client, this.deps.now(), actorUserId, input, authorize)));
  }

  /**
   * Coupons already held follow their template (checkout reads it), so a change reaches them too;
   * the total may not drop below what was already given out.
   */
  async updateCouponTemplate(actorUserId: string, id: number, input: CouponTemplateInput, authorize: ScopeCheck): Promise<CouponTemplateModel> {
    return withTransaction(this.deps.pool, async (client) => {
      const record = await validCoupon(client, input, authorize);
      const before = await lockCouponTemplate(client, id);
      if (!before) throw notFound('优惠券不存在', { reason: 'UNKNOWN_COUPON' });
      await authorize(before.storeId === null ? [] : [before.storeId]);
      if (record.totalQuantity !== null && record.totalQuantity < before.issuedCount) {
        throw badInput(`发放总量不能少于已发出的${before.issuedCount}张`, { field: 'totalQuantity', reason: 'BELOW_ISSUED' });
      }
      if (before.issuedCount > 0) keepHeldTerms(before, record);
      const after = await writeCoupon(client, id, record, this.deps.now());
      await recordAudit(client, { actorUserId, storeId: after.storeId, kind: 'coupon.update', subject: String(id), before: couponAudit(before), after: couponAudit(after) });
      return this.couponModel(after);
    });
  }

  // ---------------------------------------------------------------- issuing

  /**
   * Gives a coupon to a list of members (card numbers or phones) as one batch under an idempotency
   * key. The batch and its rows are written first (with the audit entry); the rows are then worked
   * through in chunks, each its own transaction, so progress shows while it runs and a rerun (or a
   * duplicate submission running at the same time) picks up only what is still pending.
   */
  async grantCoupons(actorUserId: string, input: { couponId: number; identifiers: readonly string[]; idempotencyKey: string }): Promise<GrantBatchModel> {
    if (!IDEMPOTENCY_KEY.test(input.idempotencyKey)) throw badInput('幂等键必须是8到64位字母、数字、-或_', { field: 'idempotencyKey', reason: 'BAD_KEY' });
    const identifiers = input.identifiers.map((s) => s.trim()).filter((s) => s !== '');
    if (identifiers.length === 0) throw badInput('名单是空的', { field: 'identifiers', reason: 'EMPTY_LIST' });
    if (identifiers.length > MAX_GRANT_ROWS) throw badInput(`一次最多发放${MAX_GRANT_ROWS}人`, { field: 'identifiers', reason: 'TOO_MANY' });
    const requestHash = createHash('sha256').update(JSON.stringify([input.couponId, identifiers])).digest('hex');
    const seen = new Set<string>();
    const rows = identifiers.map((identifier) => {
      if (!MEMBER_IDENTIFIER.test(identifier)) return { identifier, status: 'FAILED' as const, reason: '格式不对：应为16位会员卡号或11位手机号' };
      if (seen.has(identifier)) return { identifier, status: 'SKIPPED' as const, reason: '名单中重复' };
      seen.add(identifier);
      return { identifier, status: 'PENDING' as const, reason: null };
    });

    const now = this.deps.now();
    const batch = await withTransaction(this.deps.pool, async (client) => {
      const coupon = await lockCouponTemplate(client, input.couponId);
      if (!coupon) throw notFound('优惠券不存在', { reason: 'UNKNOWN_COUPON' });
      const opened = await openBatch(client, { idempotencyKey: input.idempotencyKey, requestHash, couponId: coupon.id, actorUserId, createdAt: now }, rows);
      if (!opened.created) {
        if (opened.batch.requestHash !== requestHash) throw new DomainError('CONFLICT', '该幂等键已用于另一批发放', { field: 'idempotencyKey', reason: 'KEY_REUSED' });
        return opened.batch;
      }
      if (coupon.validTo <= now) throw badInput('优惠券已过期，不能发放', { field: 'couponId', reason: 'COUPON_ENDED' });
      await recordAudit(client, {
        actorUserId,
        storeId: coupon.storeId,
        kind: 'coupon.grant',
        subject: String(coupon.id),
        before: null,
        after: { batchId: opened.batch.id, idempotencyKey: input.idempotencyKey, couponId: coupon.id, total: rows.length },
      });
      return opened.batch;
    });
    await this.workBatch(batch);
    return (await batchByKey(this.deps.pool, input.idempotencyKey))!;
  }

  private async workBatch(batch: CouponGrantBatch): Promise<void> {
    for (;;) {
      const worked = await withTransaction(this.deps.pool, async (client) => {
        const pending = await claimPendingRows(client, batch.id, GRANT_CHUNK);
        if (pending.length === 0) return 0;
        const coupon = (await lockCouponTemplate(client, batch.couponId))!;
        const members = pending.flatMap((row) => (row.userId ? [row.userId] : []));
        await lockHolders(client, coupon.id, members);
        const now = this.deps.now();
        const outcomes: RowOutcome[] = [];
        const granted = new Set<string>();
        for (const row of pending) {
          const outcome = (status: RowOutcome['status'], reason: string | null, userCouponId: string | null = null) =>
            outcomes.push({ position: row.position, status, reason, userCouponId });
          if (!row.userId) {
            outcome('FAILED', '找不到该会员');
          } else if (granted.has(row.userId)) {
            outcome('SKIPPED', '与名单中另一行是同一会员');
          } else {
            const issued = await issueCoupon(client, coupon, row.userId, now);
            if (issued.kind === 'ISSUED') {
              granted.add(row.userId);
              outcome('GRANTED', null, issued.userCouponId);
            } else if (issued.kind === 'HELD') outcome('SKIPPED', `已达每人限领${coupon.perUserLimit}张`);
            else outcome('FAILED', '优惠券已发完');
          }
        }
        await settleRows(client, batch.id, outcomes, now);
        return pending.length;
      });
      if (worked === 0) return;
    }
  }

  async grantBatch(idempotencyKey: string): Promise<GrantBatchModel | null> {
    return (await batchByKey(this.deps.pool, idempotencyKey)) ?? null;
  }

  /** The rows that did not get a coupon, in list order, for the operator to correct. */
  problemRows(batchId: string, statuses: readonly CouponGrantRowStatus[] = ['FAILED', 'SKIPPED']) {
    return batchRows(this.deps.pool, batchId, statuses, 200);
  }
}

/**
 * Creating in the caller's transaction, so the seed's demo promotions and coupons go through exactly
 * the operators' path.
 */
export async function createPromotion(client: pg.PoolClient, now: Date, actorUserId: string, input: PromotionInput, authorize: ScopeCheck) {
  const record = await validPromotion(client, input, authorize);
  const created = await writePromotion(client, null, record, now);
  await recordAudit(client, { actorUserId, storeId: scopeStore(record.storeIds), kind: 'promotion.create', subject: String(created.id), before: null, after: promotionAudit(created) });
  return created;
}

export async function createCouponTemplate(client: pg.PoolClient, now: Date, actorUserId: string, input: CouponTemplateInput, authorize: ScopeCheck) {
  const record = await validCoupon(client, input, authorize);
  const created = await writeCoupon(client, null, record, now);
  await recordAudit(client, { actorUserId, storeId: record.storeId, kind: 'coupon.create', subject: String(created.id), before: null, after: couponAudit(created) });
  return created;
}

/** What a shopper who holds the coupon was promised; once any are out, these stay as they were. */
const HELD_TERMS = ['kind', 'value', 'maxDiscountFen', 'minSpendFen', 'storeId', 'fulfilment'] as const satisfies readonly (keyof CouponRecord)[];

/**
 * Coupons already given out are the template's own rows, so an edit reaches every holder: it may
 * rename, add stock, change the per-person limit or extend the validity, never take anything away.
 */
function keepHeldTerms(before: CouponRecord, after: CouponRecord): void {
  const changed = HELD_TERMS.find((term) => before[term] !== after[term]);
  const shortened = after.validFrom.getTime() !== before.validFrom.getTime() ? 'validFrom' : after.validTo < before.validTo ? 'validTo' : null;
  const field = changed ?? shortened;
  if (field) {
    throw badInput('已有顾客领取此券：面额、门槛、适用门店和方式、开始时间不能再改，有效期只能延长', { field, reason: 'TERMS_HELD' });
  }
}

async function validPromotion(db: Queryable, input: PromotionInput, authorize: ScopeCheck) {
  const record = promotionRecord(parseInput(promotionInput, input));
  await authorize(record.storeIds);
  await checkReferences(db, { storeIds: record.storeIds, productIds: record.conditions.productIds, categoryIds: record.conditions.categoryIds });
  return record;
}

async function validCoupon(db: Queryable, input: CouponTemplateInput, authorize: ScopeCheck): Promise<CouponRecord> {
  const c = parseInput(couponTemplateInput, input);
  const storeIds = c.storeId ? [c.storeId] : [];
  await authorize(storeIds);
  await checkReferences(db, { storeIds, productIds: [], categoryIds: [] });
  return {
    name: c.name,
    kind: c.kind,
    value: c.value,
    maxDiscountFen: c.kind === 'PERCENT_OFF' ? (c.maxDiscountFen ?? null) : null,
    minSpendFen: c.minSpendFen,
    storeId: c.storeId ?? null,
    fulfilment: c.fulfilment ?? null,
    validFrom: c.validFrom,
    validTo: c.validTo,
    totalQuantity: c.totalQuantity ?? null,
    perUserLimit: c.perUserLimit,
    grantOnJoin: c.grantOnJoin,
  };
}

async function checkReferences(db: Queryable, refs: { storeIds: number[]; productIds: number[]; categoryIds: number[] }) {
  const unknown = await unknownReferences(db, refs);
  if (unknown.store !== null) throw badInput(`门店 ${unknown.store} 不存在或已停业`, { field: 'storeIds', reason: 'UNKNOWN_STORE' });
  if (unknown.product !== null) throw badInput(`商品 ${unknown.product} 不存在`, { field: 'productIds', reason: 'UNKNOWN_PRODUCT' });
  if (unknown.category !== null) throw badInput(`分类 ${unknown.category} 不存在`, { field: 'categoryIds', reason: 'UNKNOWN_CATEGORY' });
}

/** The audit's store: a one-store scope is that store's; several stores or the chain are chain-wide. */
function scopeStore(storeIds: readonly number[]): number | null {
  return storeIds.length === 1 ? storeIds[0]! : null;
}
