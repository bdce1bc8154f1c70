/**
 * The price of a basket, computed the same way for the quote and for placing the order. Pure: no
 * database, no clock, so every rule is table-tested. Money is integer fen throughout.
 *
 * Stacking order (each step works on what the previous one left): STACKING below, which also gives
 * the operator's plain-words version (stackingRules), so the two cannot drift apart.
 *   1. member price      — per line, members only, when the store offers one
 *   2. item promotions   — BUY_N_DISCOUNT and SECOND_ITEM_DISCOUNT, at most one per line
 *   3. thresholds        — SPEND_THRESHOLD on the amount after step 2; the best one reached applies
 *   4. coupon            — at most one, its minimum spend checked on the amount after step 3
 *   5. points            — capped at a percentage of the amount after step 4
 * then the delivery fee (free from `freeDeliveryFromFen` of goods after step 4) and the minimum order.
 * Order-level discounts (3–5) are shared out over the lines in proportion, so every line knows what
 * was actually paid for it and a partial refund returns exactly that.
 */

/** How the steps combine; the engine reads these numbers and stackingRules() words them. */
export const STACKING = {
  itemPromotionsPerLine: 1,
  thresholdsPerOrder: 1,
  couponsPerOrder: 1,
} as const;

export interface PricingLine {
  productId: number;
  name: string;
  quantity: number;
  /** this store's price */
  priceFen: number;
  /** this store's member price, if any */
  memberPriceFen: number | null;
  /** the product's category and its parents, for promotions scoped by category */
  categoryIds?: readonly number[];
}

interface RuleBase {
  id: number;
  name: string;
  priority: number;
  /** only for shoppers holding a membership card */
  memberOnly?: boolean;
  /** the lines a rule covers: these products or products of these categories; neither given: every line */
  productIds?: ReadonlySet<number>;
  categoryIds?: ReadonlySet<number>;
}

/** A tiered threshold (满59减10, 满99减25) is one rule per tier under the same promotion id. */
export type PromotionRule =
  | (RuleBase & { kind: 'SPEND_THRESHOLD'; minSpendFen: number; amountOffFen: number })
  /** buying `quantity` or more units, mixed freely among the covered lines, takes percentOff off those lines */
  | (RuleBase & { kind: 'BUY_N_DISCOUNT'; quantity: number; percentOff: number })
  /** every second unit of the same product takes percentOff off its price (50: 第二件半价) */
  | (RuleBase & { kind: 'SECOND_ITEM_DISCOUNT'; percentOff: number });

const scoped = (rule: Pick<RuleBase, 'productIds' | 'categoryIds'>) => (rule.productIds?.size ?? 0) > 0 || (rule.categoryIds?.size ?? 0) > 0;

export function covers(rule: Pick<RuleBase, 'productIds' | 'categoryIds'>, line: Pick<PricingLine, 'productId' | 'categoryIds'>): boolean {
  if (!scoped(rule)) return true;
  return rule.productIds?.has(line.productId) === true || (line.categoryIds ?? []).some((id) => rule.categoryIds?.has(id));
}

export interface CouponRule {
  userCouponId: string;
  name: string;
  kind: 'AMOUNT_OFF' | 'PERCENT_OFF';
  value: number;
  maxDiscountFen: number | null;
  minSpendFen: number;
}

export interface PricingInput {
  lines: PricingLine[];
  isMember: boolean;
  promotions: PromotionRule[];
  coupon: CouponRule | null;
  pointsToUse: number;
  pointValueFen: number;
  maxPointsDiscountPercent: number;
  fulfilment: 'DELIVERY' | 'PICKUP';
  deliveryFeeFen: number;
  freeDeliveryFromFen: number | null;
  minOrderFen: number;
}

export type AdjustmentKind = 'MEMBER_PRICE' | 'ITEM_PROMOTION' | 'THRESHOLD' | 'COUPON' | 'POINTS';

export interface Adjustment {
  kind: AdjustmentKind;
  /** what the shopper sees, e.g. 会员价 or 全场满59减10元 */
  label: string;
  promotionId: number | null;
  amountFen: number;
}

export interface PricedLine extends PricingLine {
  /** unit price after the member price */
  unitPriceFen: number;
  /** list price × quantity */
  originalTotalFen: number;
  /** unit price × quantity */
  lineTotalFen: number;
  /** promotions, coupon and points shared out to this line */
  discountFen: number;
  /** lineTotalFen − discountFen: what this line costs the shopper */
  payableFen: number;
  adjustments: Adjustment[];
}

export type HintKind = 'THRESHOLD' | 'ITEM_PROMOTION' | 'FREE_DELIVERY' | 'MIN_ORDER';

export interface OfferHint {
  kind: HintKind;
  message: string;
  /** what reaching it brings: 满59减10, 免配送费, the item promotion's name, 起送 */
  goal: string;
  /** how much more to spend (fen), or how many more units for an item promotion */
  shortfall: number;
}

export interface Pricing {
  lines: PricedLine[];
  /** list prices */
  originalTotalFen: number;
  memberDiscountFen: number;
  /** after member price; what Order.itemsTotalFen holds */
  itemsTotalFen: number;
  itemPromotionDiscountFen: number;
  thresholdDiscountFen: number;
  /** item promotions + threshold: Order.discountFen */
  promotionDiscountFen: number;
  couponDiscountFen: number;
  /** goods after promotions and coupon: the basis of free delivery and the minimum order */
  goodsFen: number;
  maxPointsUsable: number;
  pointsUsed: number;
  pointsDiscountFen: number;
  deliveryFeeFen: number;
  payableFen: number;
  /** fen still missing to reach the minimum order for delivery; 0 when reached or for pickup */
  belowMinimumFen: number;
  appliedPromotionIds: number[];
  /** what did not apply and why, most attractive first */
  hints: OfferHint[];
}

export class PricingError extends Error {
  override name = 'PricingError';
  constructor(
    readonly reason: 'COUPON_MIN_SPEND' | 'POINTS_OVER_CAP' | 'BAD_QUANTITY',
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const COUNT = ['零', '一', '两', '三'];

/**
 * The stacking rules in the operator's words, built from STACKING and the points cap the engine is
 * given, in the order priceBasket applies them.
 */
export function stackingRules(maxPointsDiscountPercent: number): string[] {
  const per = (n: number, what: string) => `${n === 1 ? '只' : `最多`}${COUNT[n] ?? n}${what}`;
  return [
    '会员价先算：会员买有会员价的商品，按会员价计。',
    `单品活动（任选N件打折、第二件半价）接着算，每件商品${per(STACKING.itemPromotionsPerLine, '个单品活动')}，优先级高的先用。`,
    `满减按单品活动之后的金额算，不叠加：达到几档，${STACKING.thresholdsPerOrder === 1 ? '只用减得最多的一档' : `最多用${STACKING.thresholdsPerOrder}档`}；只限部分商品的满减只算这些商品的金额。`,
    `优惠券在满减之后用，每单${per(STACKING.couponsPerOrder, '张')}，门槛按满减后的金额算。`,
    `积分最后抵扣，最多抵扣优惠券后金额的${maxPointsDiscountPercent}%。`,
    '仅限会员的活动，非会员看不到也享受不到。',
    '免配送费和起送金额按优惠券后的商品金额算。',
  ];
}

/** ¥ text without trailing zeros: 1200 → "12", 1250 → "12.5", 1205 → "12.05". */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  if (cents === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}

/** Splits `amount` over `weights` in proportion; largest remainders get the leftover fen, so the parts sum exactly. */
export function allocate(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (amount === 0 || total === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (amount * w) / total);
  const parts = exact.map(Math.floor);
  let left = amount - parts.reduce((sum, p) => sum + p, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}

/** A blocked order first, then the offers worth the most to the shopper. */
const HINT_RANK: Record<HintKind, number> = { MIN_ORDER: 0, THRESHOLD: 1, ITEM_PROMOTION: 2, FREE_DELIVERY: 3 };

const thresholdLabel = (rule: { minSpendFen: number; amountOffFen: number }) => `满${yuan(rule.minSpendFen)}减${yuan(rule.amountOffFen)}`;

export function couponDiscount(coupon: CouponRule, baseFen: number): number {
  const raw = coupon.kind === 'AMOUNT_OFF' ? coupon.value : Math.floor((baseFen * coupon.value) / 100);
  const capped = coupon.maxDiscountFen === null ? raw : Math.min(raw, coupon.maxDiscountFen);
  return Math.max(0, Math.min(capped, baseFen));
}

export function priceBasket(input: PricingInput): Pricing {
  if (input.lines.length === 0) throw new PricingError('BAD_QUANTITY', '购物车是空的');
  const lines: PricedLine[] = input.lines.map((line) => {
    const member = input.isMember && line.memberPriceFen !== null && line.memberPriceFen < line.priceFen;
    const unitPriceFen = member ? line.memberPriceFen! : line.priceFen;
    const adjustments: Adjustment[] = member
      ? [{ kind: 'MEMBER_PRICE', label: '会员价', promotionId: null, amountFen: (line.priceFen - unitPriceFen) * line.quantity }]
      : [];
    return {
      ...line,
      unitPriceFen,
      originalTotalFen: line.priceFen * line.quantity,
      lineTotalFen: unitPriceFen * line.quantity,
      discountFen: 0,
      payableFen: 0,
      adjustments,
    };
  });
  const hints: OfferHint[] = [];
  const applied: number[] = [];
  const byPriority = [...input.promotions].sort((a, b) => b.priority - a.priority || a.id - b.id);
  const remaining = lines.map((line) => line.lineTotalFen);
  const apply = (amounts: number[], adjustment: Omit<Adjustment, 'amountFen'>) => {
    amounts.forEach((amountFen, i) => {
      if (amountFen === 0) return;
      remaining[i]! -= amountFen;
      lines[i]!.adjustments.push({ ...adjustment, amountFen });
    });
  };

  // 2. Item promotions: a line takes part in at most STACKING.itemPromotionsPerLine of them.
  const promotedTimes = lines.map(() => 0);
  let itemPromotionDiscountFen = 0;
  const running = byPriority.filter((rule) => !rule.memberOnly || input.isMember);
  for (const rule of running) {
    if (rule.kind === 'SPEND_THRESHOLD') continue;
    const eligible = lines.map((line, i) => (promotedTimes[i]! < STACKING.itemPromotionsPerLine && covers(rule, line) ? i : -1)).filter((i) => i >= 0);
    const units = eligible.reduce((sum, i) => sum + lines[i]!.quantity, 0);
    if (units === 0) continue;
    const amounts = lines.map(() => 0);
    if (rule.kind === 'BUY_N_DISCOUNT') {
      if (units < rule.quantity) {
        const missing = rule.quantity - units;
        hints.push({ kind: 'ITEM_PROMOTION', message: `再买${missing}件享${rule.name}`, goal: rule.name, shortfall: missing });
        continue;
      }
      for (const i of eligible) amounts[i] = Math.floor((remaining[i]! * rule.percentOff) / 100);
    } else {
      const paired = eligible.filter((i) => lines[i]!.quantity >= 2);
      if (paired.length === 0) {
        hints.push({ kind: 'ITEM_PROMOTION', message: `再买1件享${rule.name}`, goal: rule.name, shortfall: 1 });
        continue;
      }
      for (const i of paired) amounts[i] = Math.floor((lines[i]!.unitPriceFen * rule.percentOff) / 100) * Math.floor(lines[i]!.quantity / 2);
      eligible.splice(0, eligible.length, ...paired);
    }
    apply(amounts, { kind: 'ITEM_PROMOTION', label: rule.name, promotionId: rule.id });
    eligible.forEach((i) => (promotedTimes[i]! += 1));
    itemPromotionDiscountFen += amounts.reduce((sum, a) => sum + a, 0);
    applied.push(rule.id);
  }

  // 3. Thresholds do not stack with each other (STACKING.thresholdsPerOrder): the largest reward reached
  // applies. A scoped threshold counts, and shares its reward over, only the lines it covers.
  const thresholds = running
    .filter((rule) => rule.kind === 'SPEND_THRESHOLD')
    .map((rule) => {
      const weights = lines.map((line, i) => (covers(rule, line) ? remaining[i]! : 0));
      return { rule, weights, spendFen: weights.reduce((sum, w) => sum + w, 0) };
    });
  const reached = thresholds
    .filter((t) => t.spendFen > 0 && t.rule.minSpendFen <= t.spendFen)
    .sort((a, b) => b.rule.amountOffFen - a.rule.amountOffFen || b.rule.priority - a.rule.priority)
    .slice(0, STACKING.thresholdsPerOrder);
  let thresholdDiscountFen = 0;
  for (const { rule, weights, spendFen } of reached) {
    const amount = Math.min(rule.amountOffFen, spendFen);
    thresholdDiscountFen += amount;
    apply(allocate(amount, weights), { kind: 'THRESHOLD', label: rule.name, promotionId: rule.id });
    applied.push(rule.id);
  }
  const best = reached[0]?.rule.amountOffFen ?? 0;
  const nextTier = thresholds
    .filter((t) => t.rule.minSpendFen > t.spendFen && t.rule.amountOffFen > best && (t.spendFen > 0 || !scoped(t.rule)))
    .sort((a, b) => a.rule.minSpendFen - a.spendFen - (b.rule.minSpendFen - b.spendFen))[0];
  if (nextTier) {
    const missing = nextTier.rule.minSpendFen - nextTier.spendFen;
    const goal = thresholdLabel(nextTier.rule);
    hints.push({ kind: 'THRESHOLD', message: `再买¥${yuan(missing)}享${goal}`, goal, shortfall: missing });
  }

  // 4. Coupon.
  const afterThreshold = remaining.reduce((sum, r) => sum + r, 0);
  let couponDiscountFen = 0;
  if (input.coupon) {
    if (afterThreshold < input.coupon.minSpendFen) {
      const missing = input.coupon.minSpendFen - afterThreshold;
      throw new PricingError('COUPON_MIN_SPEND', `「${input.coupon.name}」需满¥${yuan(input.coupon.minSpendFen)}可用，还差¥${yuan(missing)}`, {
        shortfallFen: missing,
      });
    }
    couponDiscountFen = couponDiscount(input.coupon, afterThreshold);
    apply(allocate(couponDiscountFen, remaining), { kind: 'COUPON', label: input.coupon.name, promotionId: null });
  }
  const goodsFen = remaining.reduce((sum, r) => sum + r, 0);

  // 5. Points, capped at a share of what is left.
  const pointValue = input.pointValueFen;
  const capFen = Math.floor((goodsFen * input.maxPointsDiscountPercent) / 100);
  const maxPointsUsable = pointValue > 0 ? Math.floor(capFen / pointValue) : 0;
  if (input.pointsToUse > maxPointsUsable) {
    throw new PricingError('POINTS_OVER_CAP', `本单最多可用${maxPointsUsable}积分`, { maxPointsUsable });
  }
  const pointsDiscountFen = input.pointsToUse * pointValue;
  apply(allocate(pointsDiscountFen, remaining), { kind: 'POINTS', label: `${input.pointsToUse}积分抵扣`, promotionId: null });

  let deliveryFeeFen = 0;
  let belowMinimumFen = 0;
  if (input.fulfilment === 'DELIVERY') {
    const free = input.freeDeliveryFromFen !== null && goodsFen >= input.freeDeliveryFromFen;
    deliveryFeeFen = free ? 0 : input.deliveryFeeFen;
    if (!free && input.freeDeliveryFromFen !== null && input.deliveryFeeFen > 0) {
      const missing = input.freeDeliveryFromFen - goodsFen;
      hints.push({ kind: 'FREE_DELIVERY', message: `再买¥${yuan(missing)}免配送费`, goal: '免配送费', shortfall: missing });
    }
    if (goodsFen < input.minOrderFen) {
      belowMinimumFen = input.minOrderFen - goodsFen;
      hints.push({ kind: 'MIN_ORDER', message: `还差¥${yuan(belowMinimumFen)}起送`, goal: '起送', shortfall: belowMinimumFen });
    }
  }

  for (const [i, line] of lines.entries()) {
    line.payableFen = remaining[i]!;
    line.discountFen = line.lineTotalFen - line.payableFen;
  }
  const originalTotalFen = lines.reduce((sum, l) => sum + l.originalTotalFen, 0);
  const itemsTotalFen = lines.reduce((sum, l) => sum + l.lineTotalFen, 0);
  return {
    lines,
    originalTotalFen,
    memberDiscountFen: originalTotalFen - itemsTotalFen,
    itemsTotalFen,
    itemPromotionDiscountFen,
    thresholdDiscountFen,
    promotionDiscountFen: itemPromotionDiscountFen + thresholdDiscountFen,
    couponDiscountFen,
    goodsFen,
    maxPointsUsable,
    pointsUsed: input.pointsToUse,
    pointsDiscountFen,
    deliveryFeeFen,
    payableFen: goodsFen - pointsDiscountFen + deliveryFeeFen,
    belowMinimumFen,
    appliedPromotionIds: applied,
    hints: hints.sort((a, b) => HINT_RANK[a.kind] - HINT_RANK[b.kind]),
  };
}
