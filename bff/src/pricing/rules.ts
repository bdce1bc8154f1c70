import { z } from 'zod';
import type { PromotionRule } from './engine.ts';

/**
 * The JSON shapes of Promotion.conditions / rewards, exactly as the seed writes them
 * (prisma/seed/build.ts). A row that does not match is skipped and reported, never guessed at.
 */
const spendThreshold = z.object({
  conditions: z.object({ minSpendFen: z.number().int().positive() }),
  rewards: z.object({ amountOffFen: z.number().int().positive() }),
});
const buyNDiscount = z.object({
  conditions: z.object({ productIds: z.array(z.number().int().positive()).min(1), quantity: z.number().int().min(1) }),
  rewards: z.object({ percentOff: z.number().int().min(1).max(100) }),
});

export interface PromotionRow {
  id: number;
  name: string;
  kind: 'SPEND_THRESHOLD' | 'BUY_N_DISCOUNT';
  priority: number;
  conditions: unknown;
  rewards: unknown;
}

export function parsePromotion(row: PromotionRow): PromotionRule | Error {
  const base = { id: row.id, name: row.name, priority: row.priority };
  if (row.kind === 'SPEND_THRESHOLD') {
    const parsed = spendThreshold.safeParse(row);
    if (!parsed.success) return new Error(`promotion ${row.id}: ${parsed.error.message}`);
    return { ...base, kind: 'SPEND_THRESHOLD', ...parsed.data.conditions, ...parsed.data.rewards };
  }
  const parsed = buyNDiscount.safeParse(row);
  if (!parsed.success) return new Error(`promotion ${row.id}: ${parsed.error.message}`);
  return {
    ...base,
    kind: 'BUY_N_DISCOUNT',
    productIds: new Set(parsed.data.conditions.productIds),
    quantity: parsed.data.conditions.quantity,
    percentOff: parsed.data.rewards.percentOff,
  };
}
