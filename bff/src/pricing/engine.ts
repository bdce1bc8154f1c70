/**
 * The price of a basket, computed the same way for the quote and for placing the order. Pure: no
 * database, no clock, so every rule is table-tested. Money is integer fen throughout.
 *
 * Stacking order (each step works on what the previous one left):
 *   1. member price      — per line, members only, when the store offers one
 *   2. item promotions   — BUY_N_DISCOUNT, at most one per line
 *   3. thresholds        — SPEND_THRESHOLD on the amount after step 2; the best one reached applies
 *   4. coupon            — at most one, its minimum spend checked on the amount after step 3
 *   5. points            — capped at a percentage of the amount after step 4
 * then the delivery fee (free from `freeDeliveryFromFen` of goods after step 4) and the minimum order.
 * Order-level discounts (3–5) are shared out over the lines in proportion, so every line knows what
 * was actually paid for it and a partial refund returns exactly that.
 */

export interface PricingLine {
  productId: number;
  name: string;
  quantity: number;
  /** this store's price */
  priceFen: number;
  /** this store's member price, if any */
  memberPriceFen: number | null;
}

export type PromotionRule =
  | { id: number; name: string; kind: 'SPEND_THRESHOLD'; priority: number; minSpendFen: number; amountOffFen: number }
  | { id: number; name: string; kind: 'BUY_N_DISCOUNT'; priority: number; productIds: ReadonlySet<number>; quantity: number; percentOff: number };

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

  // 2. Item promotions: a line takes part in at most one.
  const promoted = new Set<number>();
  let itemPromotionDiscountFen = 0;
  for (const rule of byPriority) {
    if (rule.kind !== 'BUY_N_DISCOUNT') continue;
    const eligible = lines.map((line, i) => (!promoted.has(i) && rule.productIds.has(line.productId) ? i : -1)).filter((i) => i >= 0);
    const units = eligible.reduce((sum, i) => sum + lines[i]!.quantity, 0);
    if (units === 0) continue;
    if (units < rule.quantity) {
      const missing = rule.quantity - units;
      hints.push({ kind: 'ITEM_PROMOTION', message: `再买${missing}件享${rule.name}`, goal: rule.name, shortfall: missing });
      continue;
    }
    const amounts = lines.map((_, i) => (eligible.includes(i) ? Math.floor((remaining[i]! * rule.percentOff) / 100) : 0));
    apply(amounts, { kind: 'ITEM_PROMOTION', label: rule.name, promotionId: rule.id });
    eligible.forEach((i) => promoted.add(i));
    itemPromotionDiscountFen += amounts.reduce((sum, a) => sum + a, 0);
    applied.push(rule.id);
  }

  // 3. Thresholds do not stack with each other: the largest reward reached applies.
  const afterItems = remaining.reduce((sum, r) => sum + r, 0);
  const thresholds = byPriority.filter((rule) => rule.kind === 'SPEND_THRESHOLD');
  const reached = thresholds
    .filter((rule) => rule.minSpendFen <= afterItems)
    .sort((a, b) => b.amountOffFen - a.amountOffFen || b.priority - a.priority)[0];
  let thresholdDiscountFen = 0;
  if (reached) {
    thresholdDiscountFen = Math.min(reached.amountOffFen, afterItems);
    apply(allocate(thresholdDiscountFen, remaining), { kind: 'THRESHOLD', label: reached.name, promotionId: reached.id });
    applied.push(reached.id);
  }
  const nextTier = thresholds
    .filter((rule) => rule.minSpendFen > afterItems && rule.amountOffFen > (reached?.amountOffFen ?? 0))
    .sort((a, b) => a.minSpendFen - b.minSpendFen)[0];
  if (nextTier) {
    const missing = nextTier.minSpendFen - afterItems;
    const goal = thresholdLabel(nextTier);
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
