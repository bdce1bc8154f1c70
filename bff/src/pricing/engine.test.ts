import { describe, expect, it } from 'vitest';
import { allocate, priceBasket, PricingError, stackingRules, yuan, type CouponRule, type PricingInput, type PromotionRule } from './engine.ts';
import { parsePromotion } from './rules.ts';

// The seed's two promotions, read through the same parser the BFF uses on the database rows.
const DRINKS = [11, 12, 13];
const seeded = [
  { id: 1, name: '全场满59减10元', kind: 'SPEND_THRESHOLD', priority: 10, conditions: { productIds: [], categoryIds: [] }, rewards: { tiers: [{ minSpendFen: 5900, amountOffFen: 1000 }] } },
  { id: 2, name: '指定饮料任选2件8折', kind: 'BUY_N_DISCOUNT', priority: 20, conditions: { productIds: DRINKS, categoryIds: [], quantity: 2 }, rewards: { percentOff: 20 } },
] as const;
const PROMOS = seeded.flatMap((row) => parsePromotion(row) as PromotionRule[]);
const TIER_99: PromotionRule = { id: 3, name: '满99减25', kind: 'SPEND_THRESHOLD', priority: 0, minSpendFen: 9900, amountOffFen: 2500 };

const coupon30minus5: CouponRule = { userCouponId: 'c1', name: '满30减5元', kind: 'AMOUNT_OFF', value: 500, maxDiscountFen: null, minSpendFen: 3000 };
const coupon10pct: CouponRule = { userCouponId: 'c2', name: '全场9折券（最高减10元）', kind: 'PERCENT_OFF', value: 10, maxDiscountFen: 1000, minSpendFen: 0 };

const line = (productId: number, quantity: number, priceFen: number, memberPriceFen: number | null = null) => ({
  productId,
  name: `商品${productId}`,
  quantity,
  priceFen,
  memberPriceFen,
});

const base: PricingInput = {
  lines: [],
  isMember: false,
  promotions: PROMOS,
  coupon: null,
  pointsToUse: 0,
  pointValueFen: 1,
  maxPointsDiscountPercent: 50,
  fulfilment: 'PICKUP',
  deliveryFeeFen: 500,
  freeDeliveryFromFen: 5900,
  minOrderFen: 2000,
};

interface Row {
  name: string;
  input: Partial<PricingInput>;
  expect: {
    memberDiscountFen?: number;
    itemPromotionDiscountFen?: number;
    thresholdDiscountFen?: number;
    couponDiscountFen?: number;
    pointsDiscountFen?: number;
    deliveryFeeFen?: number;
    payableFen: number;
    hint?: string;
    belowMinimumFen?: number;
  };
}

const table: Row[] = [
  { name: 'no promotion reached', input: { lines: [line(1, 2, 1500)] }, expect: { payableFen: 3000, hint: '再买¥29享满59减10' } },
  { name: 'hint with fen', input: { lines: [line(1, 1, 4688)] }, expect: { payableFen: 4688, hint: '再买¥12.12享满59减10' } },
  {
    name: 'member price for members only',
    input: { lines: [line(1, 2, 1500, 1200)], isMember: true },
    expect: { memberDiscountFen: 600, payableFen: 2400 },
  },
  { name: 'member price ignored for non-members', input: { lines: [line(1, 2, 1500, 1200)] }, expect: { memberDiscountFen: 0, payableFen: 3000 } },
  { name: 'threshold reached exactly', input: { lines: [line(1, 1, 5900)] }, expect: { thresholdDiscountFen: 1000, payableFen: 4900 } },
  { name: 'threshold one fen short', input: { lines: [line(1, 1, 5899)] }, expect: { thresholdDiscountFen: 0, payableFen: 5899, hint: '再买¥0.01享满59减10' } },
  {
    name: 'buy 2 drinks 20% off, mixed products',
    input: { lines: [line(11, 1, 350), line(12, 1, 450)] },
    expect: { itemPromotionDiscountFen: 70 + 90, payableFen: 640 },
  },
  { name: 'one drink: promotion hint', input: { lines: [line(11, 1, 350), line(1, 1, 6000)] }, expect: { itemPromotionDiscountFen: 0, thresholdDiscountFen: 1000, payableFen: 5350 } },
  {
    name: 'item promotion lowers the amount below the threshold',
    // 2 × 3000 drinks = 6000, 20% off → 4800 < 5900: the threshold no longer applies
    input: { lines: [line(11, 2, 3000)] },
    expect: { itemPromotionDiscountFen: 1200, thresholdDiscountFen: 0, payableFen: 4800, hint: '再买¥11享满59减10' },
  },
  {
    name: 'member price, then item promotion, then threshold',
    // member 2 × 4000 = 8000 (saves 1000); drinks 20% → 6400; ≥ 5900 → −1000 = 5400
    input: { lines: [line(11, 2, 4500, 4000)], isMember: true },
    expect: { memberDiscountFen: 1000, itemPromotionDiscountFen: 1600, thresholdDiscountFen: 1000, payableFen: 5400 },
  },
  {
    name: 'best threshold tier applies, next tier hinted',
    input: { lines: [line(1, 1, 7000)], promotions: [...PROMOS, TIER_99] },
    expect: { thresholdDiscountFen: 1000, payableFen: 6000, hint: '再买¥29享满99减25' },
  },
  { name: 'higher tier wins', input: { lines: [line(1, 1, 10000)], promotions: [...PROMOS, TIER_99] }, expect: { thresholdDiscountFen: 2500, payableFen: 7500 } },
  {
    name: 'threshold then amount coupon',
    input: { lines: [line(1, 1, 6000)], coupon: coupon30minus5 },
    expect: { thresholdDiscountFen: 1000, couponDiscountFen: 500, payableFen: 4500 },
  },
  { name: 'percent coupon under its cap', input: { lines: [line(1, 1, 5000)], coupon: coupon10pct }, expect: { couponDiscountFen: 500, payableFen: 4500 } },
  { name: 'percent coupon capped', input: { lines: [line(1, 1, 20000)], coupon: coupon10pct }, expect: { thresholdDiscountFen: 1000, couponDiscountFen: 1000, payableFen: 18000 } },
  {
    name: 'points after coupon, within the cap',
    input: { lines: [line(1, 1, 6000)], coupon: coupon30minus5, pointsToUse: 2000 },
    expect: { couponDiscountFen: 500, pointsDiscountFen: 2000, payableFen: 2500 },
  },
  { name: 'points exactly at the 50% cap', input: { lines: [line(1, 1, 4000)], pointsToUse: 2000 }, expect: { pointsDiscountFen: 2000, payableFen: 2000 } },
  {
    name: 'delivery fee below free-delivery amount',
    input: { lines: [line(1, 1, 3000)], fulfilment: 'DELIVERY' },
    expect: { deliveryFeeFen: 500, payableFen: 3500, hint: '再买¥29享满59减10' },
  },
  {
    name: 'free delivery judged on goods after coupon, before points',
    // 7000 − 1000 threshold = 6000 − 500 coupon = 5500 < 5900: fee due, points do not matter
    input: { lines: [line(1, 1, 7000)], fulfilment: 'DELIVERY', coupon: coupon30minus5, pointsToUse: 100 },
    expect: { deliveryFeeFen: 500, pointsDiscountFen: 100, payableFen: 5900 },
  },
  { name: 'free delivery reached', input: { lines: [line(1, 1, 7000)], fulfilment: 'DELIVERY' }, expect: { deliveryFeeFen: 0, payableFen: 6000 } },
  {
    name: 'below the minimum order for delivery',
    input: { lines: [line(1, 1, 1500)], fulfilment: 'DELIVERY' },
    expect: { belowMinimumFen: 500, payableFen: 2000, hint: '还差¥5起送' },
  },
  { name: 'pickup has no minimum and no fee', input: { lines: [line(1, 1, 1500)] }, expect: { belowMinimumFen: 0, deliveryFeeFen: 0, payableFen: 1500 } },
  {
    name: 'everything stacked',
    // member: 2×4000 drinks (−1000) + 1×3000 = 11000; drinks 20% −1600 → 9400; 满59减10 → 8400;
    // 9折 capped 840; 8400−840 = 7560; 1000 points → 6560; free delivery (7560 ≥ 5900)
    input: { lines: [line(11, 2, 4500, 4000), line(1, 1, 3000)], isMember: true, coupon: coupon10pct, pointsToUse: 1000, fulfilment: 'DELIVERY' },
    expect: {
      memberDiscountFen: 1000,
      itemPromotionDiscountFen: 1600,
      thresholdDiscountFen: 1000,
      couponDiscountFen: 840,
      pointsDiscountFen: 1000,
      deliveryFeeFen: 0,
      payableFen: 6560,
    },
  },
];

describe('priceBasket', () => {
  it.each(table)('$name', ({ input, expect: want }) => {
    const pricing = priceBasket({ ...base, ...input });
    const { hint, ...amounts } = want;
    expect(pricing).toMatchObject(amounts);
    if (hint) expect(pricing.hints[0]?.message).toBe(hint);
    // The lines always add up to the order: a partial refund of a line returns exactly its share.
    const linesPayable = pricing.lines.reduce((sum, l) => sum + l.payableFen, 0);
    expect(linesPayable + pricing.deliveryFeeFen).toBe(pricing.payableFen);
    for (const l of pricing.lines) {
      const adjusted = l.adjustments.filter((a) => a.kind !== 'MEMBER_PRICE').reduce((sum, a) => sum + a.amountFen, 0);
      expect(l.discountFen).toBe(adjusted);
      expect(l.payableFen).toBeGreaterThanOrEqual(0);
    }
  });

  it('says per line what applied', () => {
    const pricing = priceBasket({ ...base, lines: [line(11, 2, 4500, 4000), line(1, 1, 3000)], isMember: true });
    expect(pricing.lines[0]!.adjustments.map((a) => [a.kind, a.label])).toEqual([
      ['MEMBER_PRICE', '会员价'],
      ['ITEM_PROMOTION', '指定饮料任选2件8折'],
      ['THRESHOLD', '全场满59减10元'],
    ]);
    expect(pricing.lines[1]!.adjustments.map((a) => a.kind)).toEqual(['THRESHOLD']);
    expect(pricing.appliedPromotionIds).toEqual([2, 1]);
  });

  it('hints at the item promotion when one unit short', () => {
    const pricing = priceBasket({ ...base, lines: [line(11, 1, 350), line(1, 1, 6000)] });
    expect(pricing.hints.map((h) => h.message)).toContain('再买1件享指定饮料任选2件8折');
  });

  it('refuses a coupon below its minimum spend, naming the shortfall', () => {
    const error = (() => {
      try {
        priceBasket({ ...base, lines: [line(1, 1, 2000)], coupon: coupon30minus5 });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PricingError);
    expect((error as PricingError).reason).toBe('COUPON_MIN_SPEND');
    expect((error as PricingError).message).toBe('「满30减5元」需满¥30可用，还差¥10');
  });

  it('refuses more points than the cap allows and reports the cap', () => {
    expect(() => priceBasket({ ...base, lines: [line(1, 1, 4000)], pointsToUse: 2001 })).toThrow('本单最多可用2000积分');
  });

  it('allocates exactly', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(1000, [3500, 3000, 0])).toEqual([538, 462, 0]);
    expect(allocate(7, [0, 0])).toEqual([0, 0]);
  });

  it('formats yuan', () => {
    expect([yuan(1200), yuan(1250), yuan(1205), yuan(1), yuan(0)]).toEqual(['12', '12.5', '12.05', '0.01', '0']);
  });

  it('skips malformed promotion data instead of guessing', () => {
    expect(parsePromotion({ id: 9, name: 'x', kind: 'SPEND_THRESHOLD', priority: 0, conditions: { minSpend: 1 }, rewards: {} })).toBeInstanceOf(Error);
  });
});

describe('promotions as data', () => {
  const scope = { productIds: [], categoryIds: [] };
  const rules = (...rows: Array<Omit<Parameters<typeof parsePromotion>[0], 'priority'> & { priority?: number }>) =>
    rows.flatMap((row) => parsePromotion({ priority: 0, ...row }) as PromotionRule[]);
  const tiered = rules({ id: 7, name: '周末满减', kind: 'SPEND_THRESHOLD', conditions: scope, rewards: { tiers: [{ minSpendFen: 5900, amountOffFen: 1000 }, { minSpendFen: 9900, amountOffFen: 2500 }] } });
  const halfPrice = rules({ id: 8, name: '第二件半价', kind: 'SECOND_ITEM_DISCOUNT', conditions: { productIds: [], categoryIds: [30] }, rewards: { percentOff: 50 } });
  const catLine = (productId: number, quantity: number, priceFen: number, categoryIds: number[]) => ({ ...line(productId, quantity, priceFen), categoryIds });
  const price = (input: Partial<PricingInput>) => priceBasket({ ...base, promotions: [], ...input });

  it('prices one tier of a tiered threshold, the best reached, and hints at the next', () => {
    expect(price({ lines: [line(1, 1, 7000)], promotions: tiered })).toMatchObject({ thresholdDiscountFen: 1000, appliedPromotionIds: [7] });
    expect(price({ lines: [line(1, 1, 7000)], promotions: tiered }).hints[0]!.message).toBe('再买¥29享满99减25');
    expect(price({ lines: [line(1, 1, 10_000)], promotions: tiered })).toMatchObject({ thresholdDiscountFen: 2500, payableFen: 7500 });
  });

  it('takes half off every second unit of the same product in the scope, and hints at a single one', () => {
    // 3 units: one pair → one unit half price; the line outside the category is untouched.
    const pricing = price({ lines: [catLine(1, 3, 600, [31, 30]), catLine(2, 2, 500, [40])], promotions: halfPrice });
    expect(pricing).toMatchObject({ itemPromotionDiscountFen: 300, payableFen: 1800 + 1000 - 300 });
    expect(pricing.lines[1]!.adjustments).toEqual([]);
    expect(price({ lines: [catLine(1, 1, 600, [30])], promotions: halfPrice }).hints[0]!.message).toBe('再买1件享第二件半价');
  });

  it('gives a member-only promotion to members only', () => {
    const members = rules({ id: 9, name: '会员满30减8', kind: 'SPEND_THRESHOLD', memberOnly: true, conditions: scope, rewards: { tiers: [{ minSpendFen: 3000, amountOffFen: 800 }] } });
    expect(price({ lines: [line(1, 1, 3000)], promotions: members }).thresholdDiscountFen).toBe(0);
    expect(price({ lines: [line(1, 1, 3000)], promotions: members }).hints).toEqual([]);
    expect(price({ lines: [line(1, 1, 3000)], promotions: members, isMember: true }).thresholdDiscountFen).toBe(800);
  });

  it('counts and shares a scoped threshold over the lines it covers only', () => {
    const snacks = rules({ id: 10, name: '零食满20减5', kind: 'SPEND_THRESHOLD', conditions: { productIds: [2], categoryIds: [] }, rewards: { tiers: [{ minSpendFen: 2000, amountOffFen: 500 }] } });
    const short = price({ lines: [line(1, 1, 5000), line(2, 1, 1500)], promotions: snacks });
    expect(short.thresholdDiscountFen).toBe(0);
    expect(short.hints[0]!.message).toBe('再买¥5享满20减5');
    const reached = price({ lines: [line(1, 1, 5000), line(2, 2, 1500)], promotions: snacks });
    expect(reached.thresholdDiscountFen).toBe(500);
    expect(reached.lines.map((l) => l.discountFen)).toEqual([0, 500]);
  });

  describe('the stacking rules the operator reads hold in the engine', () => {
    const words = stackingRules(50);
    const drinksTwice = rules(
      { id: 11, name: '饮料任选2件8折', kind: 'BUY_N_DISCOUNT', priority: 5, conditions: { productIds: [11], categoryIds: [], quantity: 2 }, rewards: { percentOff: 20 } },
      { id: 12, name: '饮料第二件半价', kind: 'SECOND_ITEM_DISCOUNT', priority: 1, conditions: { productIds: [11], categoryIds: [] }, rewards: { percentOff: 50 } },
    );

    it('one item promotion per line, the higher priority first', () => {
      expect(words[1]).toContain('每件商品只一个单品活动，优先级高的先用');
      const pricing = price({ lines: [line(11, 2, 1000)], promotions: drinksTwice });
      expect(pricing.appliedPromotionIds).toEqual([11]);
      expect(pricing.itemPromotionDiscountFen).toBe(400);
    });

    it('thresholds do not stack: only the richest tier reached', () => {
      expect(words[2]).toContain('只用减得最多的一档');
      const both = [...tiered, ...PROMOS.filter((r) => r.kind === 'SPEND_THRESHOLD')];
      expect(price({ lines: [line(1, 1, 10_000)], promotions: both }).thresholdDiscountFen).toBe(2500);
    });

    it('one coupon, after the threshold, then points capped at the configured share', () => {
      expect(words[3]).toContain('每单只一张');
      expect(words[4]).toContain('最多抵扣优惠券后金额的50%');
      expect(stackingRules(30)[4]).toContain('30%');
      const pricing = price({ lines: [line(1, 1, 6000)], promotions: tiered, coupon: coupon30minus5, pointsToUse: 2250 });
      expect(pricing).toMatchObject({ thresholdDiscountFen: 1000, couponDiscountFen: 500, maxPointsUsable: 2250 });
    });
  });
});
