import { z } from 'zod';
import type { PromotionRule } from './engine.ts';

/**
 * The JSON shapes of Promotion.conditions / rewards, as the marketing service writes them
 * (bff/src/marketing/input.ts validates the operator's form into these). A row that does not match
 * is skipped and reported, never guessed at.
 *   every kind          conditions { productIds, categoryIds }   (both empty: every product)
 *   SPEND_THRESHOLD     rewards { tiers: [{ minSpendFen, amountOffFen }] }
 *   BUY_N_DISCOUNT      conditions { …, quantity }   rewards { percentOff }
 *   SECOND_ITEM_DISCOUNT                             rewards { percentOff }
 */
const ids = z.array(z.number().int().positive());
export const scopeShape = z.object({ productIds: ids, categoryIds: ids });
export const tierShape = z.object({ minSpendFen: z.number().int().positive(), amountOffFen: z.number().int().positive() });
const percentOff = z.number().int().min(1).max(100);

export const ruleShapes = {
  SPEND_THRESHOLD: z.object({ conditions: scopeShape, rewards: z.object({ tiers: z.array(tierShape).min(1) }) }),
  BUY_N_DISCOUNT: z.object({ conditions: scopeShape.extend({ quantity: z.number().int().min(1) }), rewards: z.object({ percentOff }) }),
  SECOND_ITEM_DISCOUNT: z.object({ conditions: scopeShape, rewards: z.object({ percentOff }) }),
};

export type PromotionKind = keyof typeof ruleShapes;
export type PromotionConditions = z.infer<(typeof ruleShapes)[PromotionKind]>['conditions'];
export type PromotionRewards = z.infer<(typeof ruleShapes)[PromotionKind]>['rewards'];

export interface PromotionRow {
  id: number;
  name: string;
  kind: PromotionKind;
  priority: number;
  memberOnly?: boolean;
  conditions: unknown;
  rewards: unknown;
}

/** The engine's rules for one promotion row: one per tier of a threshold, one otherwise. */
export function parsePromotion(row: PromotionRow): PromotionRule[] | Error {
  const parsed = ruleShapes[row.kind].safeParse(row);
  if (!parsed.success) return new Error(`promotion ${row.id}: ${parsed.error.message}`);
  const { conditions } = parsed.data;
  const base = {
    id: row.id,
    name: row.name,
    priority: row.priority,
    memberOnly: row.memberOnly ?? false,
    productIds: new Set(conditions.productIds),
    categoryIds: new Set(conditions.categoryIds),
  };
  switch (row.kind) {
    case 'SPEND_THRESHOLD':
      return ruleShapes.SPEND_THRESHOLD.parse(row).rewards.tiers.map((tier) => ({ ...base, kind: 'SPEND_THRESHOLD' as const, ...tier }));
    case 'BUY_N_DISCOUNT': {
      const rule = ruleShapes.BUY_N_DISCOUNT.parse(row);
      return [{ ...base, kind: 'BUY_N_DISCOUNT', quantity: rule.conditions.quantity, percentOff: rule.rewards.percentOff }];
    }
    case 'SECOND_ITEM_DISCOUNT':
      return [{ ...base, kind: 'SECOND_ITEM_DISCOUNT', percentOff: ruleShapes.SECOND_ITEM_DISCOUNT.parse(row).rewards.percentOff }];
  }
}
