import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceBasket, PricingError, type CouponRule, type Pricing, type PricingInput, type PromotionRule } from './engine.ts';

/** Random baskets, promotions, coupons and points: the rules that must hold for every quote. Seeded, so a failure repeats. */
const fen = (max: number) => fc.integer({ min: 0, max });

const lines = fc.uniqueArray(
  fc.record({
    productId: fc.integer({ min: 1, max: 30 }),
    name: fc.constant('商品'),
    quantity: fc.integer({ min: 1, max: 20 }),
    priceFen: fen(50_000),
    memberPriceFen: fc.option(fen(50_000), { nil: null }),
  }),
  { minLength: 1, maxLength: 8, selector: (line) => line.productId },
);

const promotion: fc.Arbitrary<PromotionRule> = fc.oneof(
  fc.record({ id: fc.nat(1000), name: fc.constant('满减'), kind: fc.constant('SPEND_THRESHOLD' as const), priority: fc.nat(50), minSpendFen: fen(100_000), amountOffFen: fen(20_000) }),
  fc.record({
    id: fc.nat(1000),
    name: fc.constant('任选折扣'),
    kind: fc.constant('BUY_N_DISCOUNT' as const),
    priority: fc.nat(50),
    productIds: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 10 }).map((ids) => new Set(ids)),
    quantity: fc.integer({ min: 1, max: 5 }),
    percentOff: fc.integer({ min: 0, max: 100 }),
  }),
);

const coupon: fc.Arbitrary<CouponRule> = fc.oneof(
  fc.record({ kind: fc.constant('AMOUNT_OFF' as const), value: fen(50_000) }),
  fc.record({ kind: fc.constant('PERCENT_OFF' as const), value: fc.integer({ min: 0, max: 100 }) }),
).chain((discount) =>
  fc.record({
    userCouponId: fc.constant('c'),
    name: fc.constant('券'),
    kind: fc.constant(discount.kind),
    value: fc.constant(discount.value),
    maxDiscountFen: fc.option(fen(20_000), { nil: null }),
    minSpendFen: fen(50_000),
  }),
);

const basket: fc.Arbitrary<PricingInput> = fc.record({
  lines,
  isMember: fc.boolean(),
  promotions: fc.array(promotion, { maxLength: 5 }),
  coupon: fc.option(coupon, { nil: null }),
  pointsToUse: fc.constant(0),
  pointValueFen: fc.integer({ min: 0, max: 100 }),
  maxPointsDiscountPercent: fc.integer({ min: 0, max: 100 }),
  fulfilment: fc.constantFrom('DELIVERY' as const, 'PICKUP' as const),
  deliveryFeeFen: fen(2_000),
  freeDeliveryFromFen: fc.option(fen(10_000), { nil: null }),
  minOrderFen: fen(5_000),
});

/** The basket priced with a share (0..1) of the points it allows; null when the coupon's minimum is not reached. */
function price(input: PricingInput, pointsShare: number): { input: PricingInput; pricing: Pricing } | null {
  try {
    const cap = priceBasket(input).maxPointsUsable;
    const withPoints = { ...input, pointsToUse: Math.floor(cap * pointsShare) };
    return { input: withPoints, pricing: priceBasket(withPoints) };
  } catch (error) {
    if (error instanceof PricingError && error.reason === 'COUPON_MIN_SPEND') {
      const withoutCoupon = priceBasket({ ...input, coupon: null });
      // Refused only when the amount after thresholds really is below the coupon's minimum.
      expect(withoutCoupon.itemsTotalFen - withoutCoupon.promotionDiscountFen).toBeLessThan(input.coupon!.minSpendFen);
      return null;
    }
    throw error;
  }
}

const MONEY: Array<keyof Pricing> = [
  'originalTotalFen', 'memberDiscountFen', 'itemsTotalFen', 'itemPromotionDiscountFen', 'thresholdDiscountFen', 'promotionDiscountFen',
  'couponDiscountFen', 'goodsFen', 'maxPointsUsable', 'pointsUsed', 'pointsDiscountFen', 'deliveryFeeFen', 'payableFen', 'belowMinimumFen',
];
const PARAMS = { seed: 20261125, numRuns: 1000 };

describe('price quotes (property-based)', () => {
  it('are whole, non-negative fen; payable never negative; discounts never exceed the total', () => {
    fc.assert(
      fc.property(basket, fc.double({ min: 0, max: 1, noNaN: true }), (input, share) => {
        const result = price(input, share);
        if (!result) return;
        const p = result.pricing;
        for (const key of MONEY) {
          expect(Number.isSafeInteger(p[key]), key).toBe(true);
          expect(p[key] as number, key).toBeGreaterThanOrEqual(0);
        }
        expect(p.payableFen).toBe(p.goodsFen - p.pointsDiscountFen + p.deliveryFeeFen);
        expect(p.memberDiscountFen + p.promotionDiscountFen + p.couponDiscountFen + p.pointsDiscountFen).toBeLessThanOrEqual(p.originalTotalFen);
        expect(p.promotionDiscountFen + p.couponDiscountFen + p.pointsDiscountFen).toBeLessThanOrEqual(p.itemsTotalFen);
        for (const line of p.lines) {
          for (const key of ['unitPriceFen', 'lineTotalFen', 'discountFen', 'payableFen'] as const) expect(Number.isSafeInteger(line[key])).toBe(true);
          expect(line.payableFen).toBeGreaterThanOrEqual(0);
          expect(line.payableFen).toBeLessThanOrEqual(line.lineTotalFen);
        }
        // Shared out to the lines exactly, so a partial refund returns what was paid for a line.
        expect(p.lines.reduce((sum, l) => sum + l.payableFen, 0)).toBe(p.goodsFen - p.pointsDiscountFen);
        expect(p.lines.reduce((sum, l) => sum + l.discountFen, 0)).toBe(p.promotionDiscountFen + p.couponDiscountFen + p.pointsDiscountFen);
      }),
      PARAMS,
    );
  });

  it('stack in order: member price, item promotions, one threshold, coupon, points within their cap', () => {
    fc.assert(
      fc.property(basket, fc.double({ min: 0, max: 1, noNaN: true }), (input, share) => {
        const result = price(input, share);
        if (!result) return;
        const p = result.pricing;
        if (!input.isMember) expect(p.memberDiscountFen).toBe(0);
        expect(p.itemsTotalFen).toBe(p.originalTotalFen - p.memberDiscountFen);
        const afterItems = p.itemsTotalFen - p.itemPromotionDiscountFen;
        const thresholds = input.promotions.filter((r) => r.kind === 'SPEND_THRESHOLD' && p.appliedPromotionIds.includes(r.id));
        expect(p.thresholdDiscountFen === 0 || thresholds.some((r) => r.kind === 'SPEND_THRESHOLD' && r.minSpendFen <= afterItems)).toBe(true);
        expect(p.thresholdDiscountFen).toBeLessThanOrEqual(Math.max(0, ...input.promotions.map((r) => (r.kind === 'SPEND_THRESHOLD' ? r.amountOffFen : 0))));
        const afterThreshold = afterItems - p.thresholdDiscountFen;
        if (input.coupon) expect(afterThreshold).toBeGreaterThanOrEqual(input.coupon.minSpendFen);
        else expect(p.couponDiscountFen).toBe(0);
        expect(p.couponDiscountFen).toBeLessThanOrEqual(afterThreshold);
        expect(p.goodsFen).toBe(afterThreshold - p.couponDiscountFen);
        expect(p.pointsDiscountFen).toBe(p.pointsUsed * input.pointValueFen);
        expect(p.pointsDiscountFen).toBeLessThanOrEqual(Math.floor((p.goodsFen * input.maxPointsDiscountPercent) / 100));
        expect(p.belowMinimumFen).toBe(input.fulfilment === 'DELIVERY' ? Math.max(0, input.minOrderFen - p.goodsFen) : 0);
        if (input.fulfilment === 'PICKUP') expect(p.deliveryFeeFen).toBe(0);
      }),
      PARAMS,
    );
  });

  it('a coupon never raises the goods amount, more points never raise the payable, and the same basket always prices the same', () => {
    fc.assert(
      fc.property(basket, fc.double({ min: 0, max: 1, noNaN: true }), (input, share) => {
        const result = price(input, share);
        if (!result) return;
        const p = result.pricing;
        expect(priceBasket(result.input)).toEqual(p);
        expect(p.goodsFen).toBeLessThanOrEqual(priceBasket({ ...result.input, coupon: null, pointsToUse: 0 }).goodsFen);
        if (result.input.pointsToUse > 0) expect(p.payableFen).toBeLessThanOrEqual(priceBasket({ ...result.input, pointsToUse: result.input.pointsToUse - 1 }).payableFen);
        if (result.input.pointsToUse < p.maxPointsUsable) {
          expect(priceBasket({ ...result.input, pointsToUse: result.input.pointsToUse + 1 }).payableFen).toBeLessThanOrEqual(p.payableFen);
        }
      }),
      PARAMS,
    );
  });
});
