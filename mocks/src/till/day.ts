import { rngFor, type Rng } from '../../../prisma/seed/random.ts';
import type { TillLine } from './client.ts';

/** A product as a store's till knows it. */
export interface TillProduct {
  sku: string;
  priceFen: number;
}

export interface DayPlanInput {
  seed: number;
  storeId: number;
  /** which day of the replay (0, 1, …): each is another day's trade */
  day: number;
  products: readonly TillProduct[];
  memberCardNos: readonly string[];
  /** receipts of an average store on an average day */
  receiptsPerDay?: number;
}

export interface PlannedReceipt {
  /** minutes after midnight, within trading hours */
  minute: number;
  /** 1, 2, … in time order */
  seq: number;
  lines: TillLine[];
  memberCardNo?: string;
}

export const OPENS_AT_MINUTE = 7 * 60;
export const CLOSES_AT_MINUTE = 23 * 60;
export const DEFAULT_RECEIPTS_PER_DAY = 320;
const MEMBER_SHARE = 0.3;

/** Rush hours of a convenience store: breakfast, lunch, the way home; the rest spread over the day. */
const RUSHES = [
  { share: 0.25, at: 8 * 60 + 15, spread: 40 },
  { share: 0.25, at: 12 * 60 + 30, spread: 45 },
  { share: 0.3, at: 18 * 60 + 45, spread: 70 },
] as const;

function gaussian(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

function minuteOfSale(rng: Rng): number {
  let pick = rng();
  for (const rush of RUSHES) {
    if (pick < rush.share) {
      const minute = rush.at + gaussian(rng) * rush.spread;
      return Math.min(CLOSES_AT_MINUTE - 0.01, Math.max(OPENS_AT_MINUTE, minute));
    }
    pick -= rush.share;
  }
  return OPENS_AT_MINUTE + rng() * (CLOSES_AT_MINUTE - OPENS_AT_MINUTE);
}

/**
 * Chain-wide popularity: products ranked by a hash of the seed and their SKU (so every store favours
 * the same ones, and a store that stocks fewer products keeps the others' order), weighted by Zipf's
 * law: the first few sell many times more than the tail, enough to empty their shelf in a day.
 */
function popularity(seed: number, products: readonly TillProduct[]): { ranked: TillProduct[]; cumulative: number[] } {
  const ranked = products
    .map((product) => ({ product, key: rngFor(seed, `till-popularity:${product.sku}`)() }))
    .sort((a, b) => a.key - b.key || a.product.sku.localeCompare(b.product.sku))
    .map((entry) => entry.product);
  let total = 0;
  const cumulative = ranked.map((_, rank) => (total += 1 / (rank + 1) ** 1.05));
  return { ranked, cumulative: cumulative.map((sum) => sum / total) };
}

function pickWeighted(rng: Rng, ranked: readonly TillProduct[], cumulative: readonly number[]): TillProduct {
  const target = rng();
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cumulative[mid]! < target) low = mid + 1;
    else high = mid;
  }
  return ranked[low]!;
}

/** The products of `products` from most to least popular, as planDay weights them. */
export function byPopularity(seed: number, products: readonly TillProduct[]): TillProduct[] {
  return popularity(seed, products).ranked;
}

/**
 * A plausible day of till receipts at one store, the same for the same input: the rush hours, one to
 * four lines a receipt (mostly one unit), popular products far more often, some with a member card.
 */
export function planDay(input: DayPlanInput): PlannedReceipt[] {
  if (input.products.length === 0) return [];
  const { ranked, cumulative } = popularity(input.seed, input.products);
  const storeRng = rngFor(input.seed, `till-store:${input.storeId}`);
  const rng = rngFor(input.seed, `till-day:${input.storeId}:${input.day}`);
  // Busier and quieter stores, and busier and quieter days.
  const count = Math.round((input.receiptsPerDay ?? DEFAULT_RECEIPTS_PER_DAY) * (0.7 + 0.6 * storeRng()) * (0.9 + 0.2 * rng()));
  const receipts: Array<Omit<PlannedReceipt, 'seq'>> = [];
  for (let i = 0; i < count; i++) {
    const minute = minuteOfSale(rng);
    const lineCount = 1 + Number(rng() < 0.45) + Number(rng() < 0.2) + Number(rng() < 0.08);
    const lines = new Map<string, { product: TillProduct; quantity: number }>();
    for (let l = 0; l < lineCount; l++) {
      const product = pickWeighted(rng, ranked, cumulative);
      const roll = rng();
      const quantity = roll < 0.8 ? 1 : roll < 0.95 ? 2 : 3;
      const line = lines.get(product.sku);
      if (line) line.quantity += quantity;
      else lines.set(product.sku, { product, quantity });
    }
    const member = input.memberCardNos.length > 0 && rng() < MEMBER_SHARE ? input.memberCardNos[Math.floor(rng() * input.memberCardNos.length)] : undefined;
    receipts.push({
      minute,
      lines: [...lines.values()].map(({ product, quantity }) => ({ sku: product.sku, quantity, amountFen: product.priceFen * quantity })),
      ...(member ? { memberCardNo: member } : {}),
    });
  }
  return receipts.sort((a, b) => a.minute - b.minute).map((receipt, index) => ({ ...receipt, seq: index + 1 }));
}
