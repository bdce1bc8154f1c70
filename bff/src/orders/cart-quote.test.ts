import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { codeOf, demoCaller, ok, UNLIMITED_RATES, type Caller } from '../../test/shop.ts';
import { yuan } from '../pricing/engine.ts';

let server: TestServer;
let shopper: Caller;

beforeAll(async () => {
  server = await startTestServer({ env: { DEMO_LOGIN_ENABLED: 'true', ORDER_EXPIRY_INTERVAL_SECONDS: '0', POINTS_EXPIRY_INTERVAL_SECONDS: '0', ...UNLIMITED_RATES } });
  // Not a member: list prices are what the shopper pays, so the figures below follow from them.
  shopper = await demoCaller(server.gql, 'demo-shopper');
});

afterAll(async () => {
  await server?.close();
});

type Line = { productId: string; quantity: number };
interface CartQuote {
  quote: { fulfilment: string; deliveryFeeFen: number; payableFen: number; belowMinimumFen: number; thresholdDiscountFen: number; hints: Array<{ kind: string; message: string }> };
  addOns: { kind: string; shortfallFen: number; message: string; products: Array<{ id: string; priceFen: number; available: number }> } | null;
}

const CART_QUOTE = `query($storeId: ID!, $items: [CheckoutItemInput!]!) {
  cartQuote(storeId: $storeId, items: $items) {
    quote { fulfilment deliveryFeeFen payableFen belowMinimumFen thresholdDiscountFen hints { kind message } }
    addOns { kind shortfallFen message products { id priceFen available } }
  }
}`;
const cartQuote = async (items: Line[], storeId = '1'): Promise<CartQuote> => (await ok(shopper, CART_QUOTE, { storeId, items })).cartQuote;

/**
 * Store 1 delivers for ¥5, free from ¥59 of goods (after 满减), from ¥20. The cart is made of one
 * product priced between ¥5 and ¥15 there (fewer than 20 reach free delivery), outside the item promotions, with plenty in stock.
 */
async function terms() {
  const store = await server.db.prisma.store.findUniqueOrThrow({ where: { id: 1 } });
  const { rows } = await server.db.pool.query<{ id: number; price: number }>(
    `SELECT p.id, COALESCE(sp."priceFen", p."basePriceFen") AS price
       FROM "Product" p
       JOIN "Inventory" i ON i."storeId" = 1 AND i."productId" = p.id AND i."onHand" - i.reserved >= 20
       LEFT JOIN "StorePrice" sp ON sp."storeId" = 1 AND sp."productId" = p.id
      WHERE p.active AND p."maxPerOrder" >= 20 AND COALESCE(sp."priceFen", p."basePriceFen") BETWEEN 500 AND 1500
        AND NOT EXISTS (SELECT 1 FROM "Promotion" pr WHERE pr.kind = 'BUY_N_DISCOUNT' AND pr.conditions->'productIds' @> to_jsonb(p.id))
      ORDER BY p.id LIMIT 1`,
  );
  return { store, productId: String(rows[0]!.id), unitFen: rows[0]!.price };
}

async function availableAt(storeId: number, productIds: string[]): Promise<Map<string, number>> {
  const { rows } = await server.db.pool.query<{ productId: number; available: number }>(
    `SELECT "productId", "onHand" - reserved AS available FROM "Inventory" WHERE "storeId" = $1 AND "productId" = ANY($2::int[])`,
    [storeId, productIds.map(Number)],
  );
  return new Map(rows.map((row) => [String(row.productId), row.available]));
}

describe('cartQuote: the delivery fee', () => {
  it('prices the cart as a delivery: the fee below the free-delivery threshold, named, and 0 from it', async () => {
    const { store, productId, unitFen } = await terms();
    expect(store.deliveryEnabled).toBe(true);
    expect(store.deliveryFeeFen).toBeGreaterThan(0);
    const freeFrom = store.freeDeliveryFromFen!;

    // Just over the minimum, well below free delivery: the fee is charged and the gap to free delivery named.
    const below = (await cartQuote([{ productId, quantity: Math.ceil(store.minOrderFen / unitFen) }])).quote;
    const goodsBelow = below.payableFen - below.deliveryFeeFen;
    expect(below.fulfilment).toBe('DELIVERY');
    expect(below.belowMinimumFen).toBe(0);
    expect(goodsBelow).toBeLessThan(freeFrom);
    expect(below.deliveryFeeFen).toBe(store.deliveryFeeFen);
    expect(below.hints).toContainEqual({ kind: 'FREE_DELIVERY', message: `再买¥${yuan(freeFrom - goodsBelow)}免配送费` });

    // Goods (after 满减) at or above the threshold: no fee, the payable is the goods alone, and no such hint.
    const quantity = Math.ceil((freeFrom + 1000) / unitFen);
    const above = (await cartQuote([{ productId, quantity }])).quote;
    expect(above.payableFen).toBeGreaterThanOrEqual(freeFrom);
    expect(above.deliveryFeeFen).toBe(0);
    expect(above.payableFen).toBe(quantity * unitFen - above.thresholdDiscountFen);
    expect(above.hints.map((hint) => hint.kind)).not.toContain('FREE_DELIVERY');
  });

  it('needs no address, and refuses a store it does not know or a quantity that is not one, with a code', async () => {
    const { productId } = await terms();
    expect(codeOf(await shopper(CART_QUOTE, { storeId: '999999', items: [{ productId, quantity: 1 }] }))).toBe('NOT_FOUND');
    expect(codeOf(await shopper(CART_QUOTE, { storeId: '1', items: [{ productId, quantity: 0 }] }))).toBe('BAD_USER_INPUT');
  });
});

describe('cartQuote: the 凑单 list', () => {
  /** Each suggestion, added once, reaches what the list aims at: checked by quoting the cart with it. */
  async function expectEachReaches(items: Line[], result: CartQuote) {
    const addOns = result.addOns!;
    for (const product of addOns.products) {
      const after = (await cartQuote([...items, { productId: product.id, quantity: 1 }])).quote;
      if (addOns.kind === 'MIN_ORDER') expect(after.belowMinimumFen, product.id).toBe(0);
      if (addOns.kind === 'FREE_DELIVERY') expect(after.deliveryFeeFen, product.id).toBe(0);
      if (addOns.kind === 'THRESHOLD') expect(after.thresholdDiscountFen, product.id).toBeGreaterThan(result.quote.thresholdDiscountFen);
    }
  }

  it('below the minimum order: names the gap, and offers in-stock products of the store, not in the cart, that close it', async () => {
    const { store, productId, unitFen } = await terms();
    const items = [{ productId, quantity: 1 }];
    const result = await cartQuote(items);
    const gap = store.minOrderFen - unitFen;
    expect(result.addOns).toMatchObject({ kind: 'MIN_ORDER', shortfallFen: gap, message: `还差¥${yuan(gap)}起送` });
    const products = result.addOns!.products;
    expect(products.length).toBeGreaterThan(0);
    expect(products.length).toBeLessThanOrEqual(10);
    expect(products.map((p) => p.id)).not.toContain(productId);
    const stock = await availableAt(1, products.map((p) => p.id));
    for (const product of products) expect(stock.get(product.id), product.id).toBeGreaterThan(0);
    // Nearest the gap first: the cheapest that closes it leads.
    expect(products.map((p) => p.priceFen)).toEqual([...products.map((p) => p.priceFen)].sort((a, b) => a - b));
    expect(products[0]!.priceFen).toBeGreaterThanOrEqual(gap);
    await expectEachReaches(items, result);
  });

  it('leaves out a product once the store has none left, and products already in the cart', async () => {
    const { productId } = await terms();
    const items = [{ productId, quantity: 1 }];
    const [first, second] = (await cartQuote(items)).addOns!.products;
    // The best suggestion sells out at this store (all of it reserved): it is no longer offered.
    await server.db.pool.query(`UPDATE "Inventory" SET reserved = "onHand" WHERE "storeId" = 1 AND "productId" = $1`, [Number(first!.id)]);
    const afterSellOut = (await cartQuote(items)).addOns!.products.map((p) => p.id);
    expect(afterSellOut).not.toContain(first!.id);
    // The next one goes into the cart: no longer offered either.
    const withSecond = [...items, { productId: second!.id, quantity: 1 }];
    const result = await cartQuote(withSecond);
    for (const product of result.addOns?.products ?? []) expect([productId, first!.id, second!.id]).not.toContain(product.id);
  });

  it('past the minimum: aims at the nearest of free delivery and the next 满减 tier, with products that reach it', async () => {
    const { store, productId, unitFen } = await terms();
    const items = [{ productId, quantity: Math.ceil(store.minOrderFen / unitFen) + 1 }];
    const result = await cartQuote(items);
    const addOns = result.addOns!;
    expect(['FREE_DELIVERY', 'THRESHOLD']).toContain(addOns.kind);
    expect(addOns.message).toMatch(addOns.kind === 'FREE_DELIVERY' ? /^还差¥[\d.]+可享免配送费$/ : /^还差¥[\d.]+可享满59减10$/);
    expect(addOns.products.length).toBeGreaterThan(0);
    await expectEachReaches(items, result);
  });

  it('is null when the cart reaches every amount', async () => {
    const { store, productId, unitFen } = await terms();
    const result = await cartQuote([{ productId, quantity: Math.ceil((store.freeDeliveryFromFen! + 1000) / unitFen) }]);
    expect(result.addOns).toBeNull();
  });
});
