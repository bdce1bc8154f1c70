import { yuan, type HintKind, type OfferHint, type Pricing } from './engine.ts';

/** The next amount the basket is below, in money: what a 凑单 list aims at. */
export interface AddOnTarget {
  kind: Exclude<HintKind, 'ITEM_PROMOTION'>;
  shortfallFen: number;
  /** 还差¥15起送, 还差¥5可享免配送费, 还差¥12可享满59减10 */
  message: string;
}

/**
 * The minimum order while it blocks a delivery; otherwise the nearest threshold (free delivery or the
 * next 满减 tier). Item promotions are counted in units, not money, so no single add-on aims at them.
 */
export function addOnTarget(pricing: Pricing): AddOnTarget | null {
  const money = pricing.hints.filter((hint): hint is OfferHint & { kind: AddOnTarget['kind'] } => hint.kind !== 'ITEM_PROMOTION');
  const hint = money.find((h) => h.kind === 'MIN_ORDER') ?? [...money].sort((a, b) => a.shortfall - b.shortfall)[0];
  if (!hint) return null;
  const gap = `还差¥${yuan(hint.shortfall)}`;
  return { kind: hint.kind, shortfallFen: hint.shortfall, message: hint.kind === 'MIN_ORDER' ? `${gap}起送` : `${gap}可享${hint.goal}` };
}

/** Whether the basket priced as `after` (one product more) reaches what `target` aimed at from `before`. */
export function reachesTarget(target: AddOnTarget, before: Pricing, after: Pricing): boolean {
  switch (target.kind) {
    case 'MIN_ORDER':
      return after.belowMinimumFen === 0;
    case 'FREE_DELIVERY':
      return after.deliveryFeeFen === 0;
    case 'THRESHOLD':
      // Tiers only get richer as the spend grows: a larger 满减 means the next tier (or a later one) was reached.
      return after.thresholdDiscountFen > before.thresholdDiscountFen;
  }
}
