import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_CLERK_A, DEMO_CLERK_B, DEMO_MANAGER_A, DEMO_MEMBER, DEMO_MEMBER_CARD, DEMO_SHOPPER } from '../../../prisma/seed/demo-accounts.ts';
import { startAuthTestServer, type AuthTestServer, type SessionTokens } from '../../test/auth.ts';
import { luhnValid, withLuhnDigit } from '../members/card-code.ts';
import { findInconsistencies } from '../consistency/service.ts';
import { PICKUP_ATTEMPTS } from './service.ts';

// 10:00 on a Wednesday in Shanghai: every seeded store is open and pickup slots exist.
let clock = new Date('2026-11-25T02:00:00Z');
const tick = (seconds: number) => void (clock = new Date(clock.getTime() + seconds * 1000));
const STORE_A = '1';
const STORE_B = '2';
const PRODUCTS = [1, 20];
/** Not the default (48), so the expiry tests see the configured hold. */
const HOLD_HOURS = 3;

let server: AuthTestServer;
const sessions = {} as Record<'shopper' | 'member' | 'clerkA' | 'clerkB' | 'managerA', SessionTokens>;

const OPENIDS = { shopper: DEMO_SHOPPER.openid, member: DEMO_MEMBER.openid, clerkA: DEMO_CLERK_A.openid, clerkB: DEMO_CLERK_B.openid, managerA: DEMO_MANAGER_A.openid };
const signedInAt = {} as Record<keyof typeof sessions, number>;

/** Signs in again when the test clock has moved past the access token's life. */
async function as(who: keyof typeof sessions, query: string, variables: Record<string, unknown> = {}) {
  if (!sessions[who] || Math.abs(clock.getTime() - signedInAt[who]) > 10 * 60_000) {
    sessions[who] = await server.signIn(OPENIDS[who]);
    signedInAt[who] = clock.getTime();
  }
  return server.gql(query, variables, server.bearer(sessions[who]));
}
async function ok(who: keyof typeof sessions, query: string, variables: Record<string, unknown> = {}) {
  const result = await as(who, query, variables);
  if (result.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(result.errors)}`);
  return result.data!;
}
const codeOf = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => result.errors?.[0]?.extensions?.code ?? 'OK';
const sql = async (text: string, values: unknown[] = []) => (await server.db.pool.query(text, values)).rows;

/** A pickup order of the demo member at store A, paid with stored value (the money path of the order platform). */
async function paidPickupOrder(storeId = STORE_A): Promise<{ id: string; pickupCode: string; pickupQrContent: string; items: Array<{ id: string }> }> {
  const input = { storeId, items: [{ productId: '1', quantity: 1 }, { productId: '20', quantity: 2 }], fulfilment: 'PICKUP' };
  const { quote } = await ok('member', `query($input: CheckoutInput!) { quote(input: $input) { payableFen } }`, { input });
  const { placeOrder } = await ok('member', `mutation($input: CheckoutInput!, $key: String!, $p: Int!) { placeOrder(input: $input, idempotencyKey: $key, expectedPayableFen: $p) { id } }`, {
    input,
    key: `staff-${Math.random().toString(36).slice(2, 12)}`,
    p: quote.payableFen,
  });
  await ok('member', `mutation($id: ID!) { payOrder(orderId: $id, method: STORED_VALUE) { order { status } } }`, { id: placeOrder.id });
  const { order } = await ok('member', `query($id: ID!) { order(id: $id) { id status pickupCode pickupQrContent items { id } } }`, { id: placeOrder.id });
  expect(order.status).toBe('PAID');
  return order;
}

const ORDER_FIELDS = 'id status verifiedAt: completedAt items { id picked outOfStock }';

async function pickAndReady(orderId: string) {
  await ok('clerkA', `mutation($id: ID!) { staffAcceptOrder(orderId: $id) { status } }`, { id: orderId });
  const { staffOrder } = await ok('clerkA', `query($id: ID!) { staffOrder(orderId: $id) { items { id } } }`, { id: orderId });
  await ok('clerkA', `mutation($id: ID!, $items: [ID!]!) { staffMarkItemsPicked(orderId: $id, itemIds: $items) { status } }`, {
    id: orderId,
    items: staffOrder.items.map((i: { id: string }) => i.id),
  });
  return ok('clerkA', `mutation($id: ID!) { staffOrderReady(orderId: $id) { status } }`, { id: orderId });
}

async function memberCode(): Promise<string> {
  tick(31); // one accepted code per 30-second step
  return (await ok('member', `{ memberCode { digits } }`)).memberCode.digits;
}

async function tillToken(who: 'clerkA' | 'clerkB' | 'managerA' = 'clerkA', storeId = STORE_A): Promise<string> {
  const { staffScanMember } = await ok(who, `mutation($s: ID!, $c: String!) { staffScanMember(storeId: $s, code: $c) { tillToken member { cardNo tier } } }`, {
    s: storeId,
    c: await memberCode(),
  });
  expect(staffScanMember.member.cardNo).toBe(DEMO_MEMBER_CARD.cardNo);
  return staffScanMember.tillToken;
}

/** What a refused staff request must leave untouched. */
async function snapshot() {
  return {
    orders: await sql(`SELECT id, status, "verifiedAt", "refundedFen", channel FROM "Order" ORDER BY id`),
    items: await sql(`SELECT id, status, "substituteProductId" FROM "OrderItem" ORDER BY id`),
    inventory: await sql(`SELECT sum("onHand")::int AS "onHand", sum(reserved)::int AS reserved FROM "Inventory"`),
    movements: await sql(`SELECT count(*)::int AS n FROM "InventoryMovement"`),
    receipts: await sql(`SELECT count(*)::int AS n FROM "TillReceipt"`),
    refunds: await sql(`SELECT count(*)::int AS n FROM "Refund"`),
    events: await sql(`SELECT count(*)::int AS n FROM "OrderEvent"`),
    points: await sql(`SELECT "pointsBalance", "storedValueFen" FROM "Member" ORDER BY id`),
    coupons: await sql(`SELECT id, status FROM "UserCoupon" ORDER BY id`),
  };
}

beforeAll(async () => {
  server = await startAuthTestServer({ now: () => clock, env: { ORDER_EXPIRY_INTERVAL_SECONDS: '0', POINTS_EXPIRY_INTERVAL_SECONDS: '0', WECHAT_ORDER_STATUS_TEMPLATE_ID: 'tmpl-order-status', PICKUP_HOLD_HOURS: String(HOLD_HOURS) } });
  for (const productId of PRODUCTS) {
    await sql(`UPDATE "Inventory" SET "onHand" = reserved + 50 WHERE "storeId" IN (1, 2) AND "productId" = $1`, [productId]);
    await sql(
      `INSERT INTO "StorePrice" ("storeId", "productId", "priceFen", "memberPriceFen") SELECT s, $1, 300, NULL FROM unnest(ARRAY[1, 2]) s
       ON CONFLICT ("storeId", "productId") DO UPDATE SET "priceFen" = 300, "memberPriceFen" = NULL`,
      [productId],
    );
  }
  // Enough stored value for every order of this file.
  await sql(`UPDATE "Member" SET "storedValueFen" = 100000 WHERE id = $1`, [DEMO_MEMBER_CARD.id]);
}, 60_000);

afterAll(() => server?.close());

// ------------------------------------------------------------------ staff stores
// Who may call which staff field is in the authorization audit (bff/test/authorization-audit.test.ts).

describe('staff stores', () => {
  it('staffStores lists only the caller’s own stores', async () => {
    const list = async (who: keyof typeof sessions) => (await ok(who, `{ staffStores { storeId roleName } }`)).staffStores;
    expect(await list('shopper')).toEqual([]);
    expect(await list('clerkA')).toEqual([{ storeId: STORE_A, roleName: '店员' }]);
    expect(await list('managerA')).toEqual([{ storeId: STORE_A, roleName: '店长' }]);
    expect(await list('clerkB')).toEqual([{ storeId: STORE_B, roleName: '店员' }]);
  });
});

// ------------------------------------------------------------------ queue, picking, pickup

describe('queue and picking', () => {
  it('lists paid orders most urgent first, polls with a cursor, highlights orders about to miss their promise', async () => {
    const QUEUE = `query($s: ID!, $c: String) { staffOrderQueue(storeId: $s, cursor: $c) { cursor changed entries { order { id status promiseEnd } ageMinutes minutesLeft atRisk late } } }`;
    const first = (await ok('clerkA', QUEUE, { s: STORE_A })).staffOrderQueue;
    const same = (await ok('clerkA', QUEUE, { s: STORE_A, c: first.cursor })).staffOrderQueue;
    expect(same).toMatchObject({ changed: false, entries: [], cursor: first.cursor });

    const order = await paidPickupOrder();
    const next = (await ok('clerkA', QUEUE, { s: STORE_A, c: first.cursor })).staffOrderQueue;
    expect(next.changed).toBe(true);
    expect(next.cursor).not.toBe(first.cursor);
    const entry = next.entries.find((e: { order: { id: string } }) => e.order.id === order.id);
    expect(entry).toMatchObject({ order: { status: 'PAID' }, ageMinutes: 0, atRisk: false, late: false });
    const ends = next.entries.filter((e: { order: { status: string } }) => ['PAID', 'PICKING'].includes(e.order.status)).map((e: { order: { promiseEnd: string } }) => e.order.promiseEnd);
    expect(ends).toEqual([...ends].sort());
    // Store B's clerk never sees it.
    const b = (await ok('clerkB', QUEUE, { s: STORE_B })).staffOrderQueue;
    expect(b.entries.map((e: { order: { id: string } }) => e.order.id)).not.toContain(order.id);

    const saved = clock;
    clock = new Date(new Date(entry.order.promiseEnd).getTime() - 5 * 60_000);
    const soon = (await ok('clerkA', QUEUE, { s: STORE_A })).staffOrderQueue.entries.find((e: { order: { id: string } }) => e.order.id === order.id);
    expect(soon).toMatchObject({ atRisk: true, late: false, minutesLeft: 5 });
    clock = new Date(new Date(entry.order.promiseEnd).getTime() + 60_000);
    const late = (await ok('clerkA', QUEUE, { s: STORE_A })).staffOrderQueue.entries.find((e: { order: { id: string } }) => e.order.id === order.id);
    expect(late).toMatchObject({ atRisk: true, late: true });
    clock = saved;
  });

  it('accept → pick → ready goes through the state machine and is recorded', async () => {
    const order = await paidPickupOrder();
    const notYet = await as('clerkA', `mutation($id: ID!) { staffOrderReady(orderId: $id) { status } }`, { id: order.id });
    expect(codeOf(notYet)).toBe('INVALID_TRANSITION');
    await ok('clerkA', `mutation($id: ID!) { staffAcceptOrder(orderId: $id) { status } }`, { id: order.id });
    const halfway = await as('clerkA', `mutation($id: ID!) { staffOrderReady(orderId: $id) { status } }`, { id: order.id });
    expect(halfway.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'ITEMS_NOT_PICKED' });
    expect((await pickAndReady2(order.id)).staffOrderReady.status).toBe('READY_FOR_PICKUP');
    const events = await sql(`SELECT "fromStatus", "toStatus", "actorUserId", "actorRole" FROM "OrderEvent" WHERE "orderId" = $1 ORDER BY id`, [order.id]);
    expect(events.slice(-2)).toEqual([
      { fromStatus: 'PAID', toStatus: 'PICKING', actorUserId: DEMO_CLERK_A.id, actorRole: 'staff' },
      { fromStatus: 'PICKING', toStatus: 'READY_FOR_PICKUP', actorUserId: DEMO_CLERK_A.id, actorRole: 'staff' },
    ]);
  });

  it('an out-of-stock line is refunded exactly what the picking list quoted, and released from the reservation', async () => {
    const order = await paidPickupOrder();
    await ok('clerkA', `mutation($id: ID!) { staffAcceptOrder(orderId: $id) { status } }`, { id: order.id });
    const { staffOrder } = await ok('clerkA', `query($id: ID!) { staffOrder(orderId: $id) { items { id productId quantity lineTotalFen outOfStockRefundFen barcode categoryName categorySortOrder } } }`, { id: order.id });
    const line = staffOrder.items.find((i: { productId: string }) => i.productId === '20');
    // The picking list gets what the scanner reads and where it sits on the shelves from the catalogue.
    const [product] = await sql(`SELECT p.barcode, c.name AS "categoryName", c."sortOrder" AS "categorySortOrder" FROM "Product" p JOIN "Category" c ON c.id = p."categoryId" WHERE p.id = 20`);
    expect(line).toMatchObject(product);
    expect(line.outOfStockRefundFen).toBe(line.lineTotalFen);
    const reservedBefore = (await sql(`SELECT reserved FROM "Inventory" WHERE "storeId" = 1 AND "productId" = 20`))[0].reserved;
    const { staffMarkItemsOutOfStock } = await ok('clerkA', `mutation($id: ID!, $items: [ID!]!) { staffMarkItemsOutOfStock(orderId: $id, itemIds: $items, reason: "货架空了") { status refundedFen items { id outOfStock } } }`, {
      id: order.id,
      items: [line.id],
    });
    expect(staffMarkItemsOutOfStock.status).toBe('PICKING');
    expect(staffMarkItemsOutOfStock.refundedFen).toBe(line.outOfStockRefundFen);
    expect((await sql(`SELECT reserved FROM "Inventory" WHERE "storeId" = 1 AND "productId" = 20`))[0].reserved).toBe(reservedBefore - line.quantity);
    // The status did not change, so the shopper hears of the refund through its own message.
    const refundNote = `缺货商品已退款¥${(line.lineTotalFen / 100).toFixed(2)}`;
    await vi.waitFor(() =>
      expect(server.wechat.state.sentMessages.some((m) => {
        const data = m.data as Record<string, { value: string }>;
        return data.phrase2?.value === '部分缺货' && data.thing4?.value === refundNote;
      })).toBe(true),
    );
    const other = staffOrder.items.find((i: { productId: string }) => i.productId === '1');
    await ok('clerkA', `mutation($id: ID!, $items: [ID!]!) { staffMarkItemsPicked(orderId: $id, itemIds: $items) { status } }`, { id: order.id, items: [other.id] });
    expect((await ok('clerkA', `mutation($id: ID!) { staffOrderReady(orderId: $id) { status } }`, { id: order.id })).staffOrderReady.status).toBe('READY_FOR_PICKUP');
  });
});

describe('换货 (substitute)', () => {
  const SUBSTITUTE = `mutation($o: ID!, $i: ID!, $p: ID!) { staffSubstituteItem(orderId: $o, itemId: $i, productId: $p) { status refundedFen items { id picked outOfStock substitute { productId name } } } }`;
  /** Store A's shelf for the substitutes: price and how many are available. */
  const SHELF = { cheaper: [2, 250, 20], even: [3, 300, 20], dearer: [4, 400, 20], last: [5, 200, 1], soldOut: [6, 100, 0] } as const;
  const available = async (productId: number) =>
    (await sql(`SELECT "onHand" - reserved AS n FROM "Inventory" WHERE "storeId" = 1 AND "productId" = $1`, [productId]))[0].n as number;

  beforeAll(async () => {
    for (const [productId, priceFen, free] of Object.values(SHELF)) {
      await sql(`UPDATE "Product" SET active = true WHERE id = $1`, [productId]);
      await sql(
        `INSERT INTO "Inventory" ("storeId", "productId", "onHand", reserved) VALUES (1, $1, $2, 0)
         ON CONFLICT ("storeId", "productId") DO UPDATE SET "onHand" = "Inventory".reserved + $2`,
        [productId, free],
      );
      await sql(
        `INSERT INTO "StorePrice" ("storeId", "productId", "priceFen", "memberPriceFen") VALUES (1, $1, $2, NULL)
         ON CONFLICT ("storeId", "productId") DO UPDATE SET "priceFen" = $2, "memberPriceFen" = NULL`,
        [productId, priceFen],
      );
    }
  });

  /** Stock and money checks; this file tops up stored value without the ledger, so those checks are left out. */
  const inconsistencies = async () => (await findInconsistencies(server.db.pool)).filter((found) => !found.check.startsWith('stored-value'));

  /** A paid order of store A being picked, and its line of `productId`. */
  async function pickingLine(productId: '1' | '20', accept = true) {
    const order = await paidPickupOrder();
    if (accept) await ok('clerkA', `mutation($id: ID!) { staffAcceptOrder(orderId: $id) { status } }`, { id: order.id });
    const { staffOrder } = await ok('clerkA', `query($id: ID!) { staffOrder(orderId: $id) { items { id productId quantity outOfStockRefundFen } } }`, { id: order.id });
    const line = staffOrder.items.find((i: { productId: string }) => i.productId === productId);
    return { order, line: line as { id: string; quantity: number; outOfStockRefundFen: number }, others: staffOrder.items.filter((i: { id: string }) => i.id !== line.id) };
  }

  it('moves the reservation to the substitute, refunds the difference through the payment, and the line counts as picked', async () => {
    const { order, line, others } = await pickingLine('20');
    const [cheaper, priceFen] = SHELF.cheaper;
    const before = { original: await available(20), substitute: await available(cheaper) };
    const result = (await ok('clerkA', SUBSTITUTE, { o: order.id, i: line.id, p: String(cheaper) })).staffSubstituteItem;
    const difference = line.outOfStockRefundFen - priceFen * line.quantity;
    expect(difference).toBeGreaterThan(0);
    expect(result).toMatchObject({ status: 'PICKING', refundedFen: difference });
    const [{ name }] = await sql(`SELECT name FROM "Product" WHERE id = $1`, [cheaper]);
    expect(result.items.find((i: { id: string }) => i.id === line.id)).toEqual({ id: line.id, picked: true, outOfStock: false, substitute: { productId: String(cheaper), name } });
    expect(await available(20)).toBe(before.original + line.quantity);
    expect(await available(cheaper)).toBe(before.substitute - line.quantity);
    // One refund of exactly the difference, against the order's payment, within what it paid.
    const refunds = await sql(
      `SELECT r."amountFen", p."amountFen" AS "paidFen" FROM "Refund" r JOIN "Payment" p ON p.id = r."paymentId" WHERE r."orderId" = $1`,
      [order.id],
    );
    expect(refunds).toEqual([{ amountFen: difference, paidFen: expect.any(Number) }]);
    expect(refunds[0].paidFen).toBeGreaterThanOrEqual(difference);
    const [event] = await sql(`SELECT reason, "actorUserId" FROM "OrderEvent" WHERE "orderId" = $1 ORDER BY id DESC LIMIT 1`, [order.id]);
    expect(event).toEqual({ reason: expect.stringContaining(`换为「${name}」`), actorUserId: DEMO_CLERK_A.id });
    expect(await inconsistencies()).toEqual([]);
    // The shopper sees what they get; the line needs no picking, and a substituted line cannot be marked out of stock.
    const { order: mine } = await ok('member', `query($id: ID!) { order(id: $id) { items { id substitute { name } } } }`, { id: order.id });
    expect(mine.items.find((i: { id: string }) => i.id === line.id).substitute).toEqual({ name });
    expect(codeOf(await as('clerkA', `mutation($id: ID!, $items: [ID!]!) { staffMarkItemsOutOfStock(orderId: $id, itemIds: $items) { status } }`, { id: order.id, items: [line.id] }))).toBe('BAD_USER_INPUT');
    await ok('clerkA', `mutation($id: ID!, $items: [ID!]!) { staffMarkItemsPicked(orderId: $id, itemIds: $items) { status } }`, { id: order.id, items: others.map((i: { id: string }) => i.id) });
    expect((await ok('clerkA', `mutation($id: ID!) { staffOrderReady(orderId: $id) { status } }`, { id: order.id })).staffOrderReady.status).toBe('READY_FOR_PICKUP');
  });

  it('a substitute at the same price refunds nothing', async () => {
    const { order, line } = await pickingLine('1');
    const result = (await ok('clerkA', SUBSTITUTE, { o: order.id, i: line.id, p: String(SHELF.even[0]) })).staffSubstituteItem;
    expect(line.outOfStockRefundFen).toBe(SHELF.even[1] * line.quantity);
    expect(result.refundedFen).toBe(0);
    expect(await sql(`SELECT id FROM "Refund" WHERE "orderId" = $1`, [order.id])).toEqual([]);
  });

  it('refuses a dearer or sold-out substitute, another store’s staff, an order not being picked and a line already handled — changing nothing', async () => {
    const { order, line } = await pickingLine('20');
    const notAccepted = await pickingLine('20', false);
    const before = await snapshot();
    const attempt = (who: keyof typeof sessions, o: string, i: string, p: number) => as(who, SUBSTITUTE, { o, i, p: String(p) });
    const dearer = await attempt('clerkA', order.id, line.id, SHELF.dearer[0]);
    expect(dearer.errors?.[0]?.extensions).toMatchObject({ code: 'SUBSTITUTE_COSTS_MORE', costFen: SHELF.dearer[1] * line.quantity, paidFen: line.outOfStockRefundFen });
    expect(dearer.errors?.[0]?.message).toMatch(/超过顾客为此支付的/);
    expect(codeOf(await attempt('clerkA', order.id, line.id, SHELF.soldOut[0]))).toBe('OUT_OF_STOCK');
    expect(codeOf(await attempt('clerkB', order.id, line.id, SHELF.cheaper[0]))).toBe('FORBIDDEN');
    expect(codeOf(await attempt('clerkA', notAccepted.order.id, notAccepted.line.id, SHELF.cheaper[0]))).toBe('INVALID_TRANSITION');
    expect(codeOf(await attempt('clerkA', order.id, line.id, 20))).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);
    await ok('clerkA', `mutation($id: ID!, $items: [ID!]!) { staffMarkItemsPicked(orderId: $id, itemIds: $items) { status } }`, { id: order.id, items: [line.id] });
    const picked = await snapshot();
    expect(codeOf(await attempt('clerkA', order.id, line.id, SHELF.cheaper[0]))).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(picked);
  });

  it('two substitutes for the last unit at once: exactly one wins, nothing is oversold', async () => {
    const [last] = SHELF.last;
    const a = await pickingLine('1');
    const b = await pickingLine('1');
    const results = await Promise.all([a, b].map(({ order, line }) => as('clerkA', SUBSTITUTE, { o: order.id, i: line.id, p: String(last) })));
    expect(results.map(codeOf).sort()).toEqual(['OK', 'OUT_OF_STOCK']);
    expect(await available(last)).toBe(0);
    const substituted = await sql(`SELECT count(*)::int AS n FROM "OrderItem" WHERE "substituteProductId" = $1`, [last]);
    expect(substituted).toEqual([{ n: 1 }]);
    expect(await inconsistencies()).toEqual([]);
  });
});

async function pickAndReady2(orderId: string) {
  const { staffOrder } = await ok('clerkA', `query($id: ID!) { staffOrder(orderId: $id) { items { id } } }`, { id: orderId });
  await ok('clerkA', `mutation($id: ID!, $items: [ID!]!) { staffMarkItemsPicked(orderId: $id, itemIds: $items) { status } }`, {
    id: orderId,
    items: staffOrder.items.map((i: { id: string }) => i.id),
  });
  return ok('clerkA', `mutation($id: ID!) { staffOrderReady(orderId: $id) { status } }`, { id: orderId });
}

describe('pickup verification', () => {
  const CONFIRM = `mutation($s: ID!, $c: String!) { staffConfirmPickup(storeId: $s, code: $c) { id status completedAt } }`;
  const LOOKUP = `query($s: ID!, $c: String!) { staffLookupPickup(storeId: $s, code: $c) { id status } }`;

  it('shows the order, hands it over once, records who and when; the code is then spent', async () => {
    const order = await paidPickupOrder();
    expect(codeOf(await as('clerkA', CONFIRM, { s: STORE_A, c: order.pickupCode }))).toBe('INVALID_TRANSITION'); // still to pick
    await pickAndReady(order.id);
    expect((await ok('clerkA', LOOKUP, { s: STORE_A, c: order.pickupCode })).staffLookupPickup).toEqual({ id: order.id, status: 'READY_FOR_PICKUP' });
    const { staffConfirmPickup } = await ok('clerkA', CONFIRM, { s: STORE_A, c: order.pickupQrContent });
    expect(staffConfirmPickup).toMatchObject({ id: order.id, status: 'COMPLETED' });
    const [row] = await sql(`SELECT "verifiedByUserId", "verifiedAt" FROM "Order" WHERE id = $1`, [order.id]);
    expect(row).toEqual({ verifiedByUserId: DEMO_CLERK_A.id, verifiedAt: clock });
    const again = await as('managerA', CONFIRM, { s: STORE_A, c: order.pickupCode });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'ALREADY_COLLECTED' });
    // The shopper's own order page shows it completed.
    expect((await ok('member', `query($id: ID!) { order(id: $id) { status pickupCode } }`, { id: order.id })).order).toEqual({ status: 'COMPLETED', pickupCode: null });
  });

  it('never shows the shopper’s pickup code to staff: not in the queue, the order, a lookup or a handover', async () => {
    const order = await paidPickupOrder();
    const CODE = 'pickupCode pickupQrContent';
    const answers = [
      await as('clerkA', `query($s: ID!) { staffOrderQueue(storeId: $s) { entries { order { id ${CODE} } } } }`, { s: STORE_A }),
      await as('managerA', `query($id: ID!) { staffOrder(orderId: $id) { ${CODE} } }`, { id: order.id }),
      await as('clerkA', `mutation($id: ID!) { staffAcceptOrder(orderId: $id) { ${CODE} } }`, { id: order.id }),
    ];
    await pickAndReady2(order.id);
    answers.push(
      await as('clerkA', `query($id: ID!) { staffOrder(orderId: $id) { ${CODE} } }`, { id: order.id }),
      await as('clerkA', `query($s: ID!, $c: String!) { staffLookupPickup(storeId: $s, code: $c) { ${CODE} } }`, { s: STORE_A, c: order.pickupCode }),
      await as('clerkA', `query($s: ID!) { staffOrderQueue(storeId: $s) { entries { order { id ${CODE} } } } }`, { s: STORE_A }),
    );
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(JSON.stringify(answer)).not.toContain(order.pickupCode);
    }
    const queued = answers[5]!.data!.staffOrderQueue.entries.find((e: { order: { id: string } }) => e.order.id === order.id);
    expect(queued.order).toEqual({ id: order.id, pickupCode: null, pickupQrContent: null });
    // The shopper still has it, and it still hands the order over.
    expect((await ok('member', `query($id: ID!) { order(id: $id) { pickupCode } }`, { id: order.id })).order.pickupCode).toBe(order.pickupCode);
    const handover = await as('clerkA', `mutation($s: ID!, $c: String!) { staffConfirmPickup(storeId: $s, code: $c) { status ${CODE} } }`, { s: STORE_A, c: order.pickupQrContent });
    expect(handover.data!.staffConfirmPickup).toEqual({ status: 'COMPLETED', pickupCode: null, pickupQrContent: null });
  });

  it('refuses another store’s order, a cancelled order, an expired code and unknown or malformed codes — changing nothing', async () => {
    const order = await paidPickupOrder();
    await pickAndReady(order.id);
    const before = await snapshot();
    const other = await as('clerkB', CONFIRM, { s: STORE_B, c: order.pickupQrContent });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_STORE' });
    const typedOther = await as('clerkB', CONFIRM, { s: STORE_B, c: order.pickupCode });
    expect(typedOther.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_STORE' });
    expect(codeOf(await as('managerA', CONFIRM, { s: STORE_A, c: 'abc' }))).toBe('BAD_USER_INPUT');
    const wrong = String((Number(order.pickupCode) + 1) % 1_000_000).padStart(6, '0');
    expect(codeOf(await as('managerA', CONFIRM, { s: STORE_A, c: `PICKUP:00000000000000000000:${wrong}` }))).toBe('PICKUP_CODE_INVALID');
    await sql(`UPDATE "Order" SET "pickupCodeExpiresAt" = $2 WHERE id = $1`, [order.id, new Date(clock.getTime() - 1000)]);
    expect(codeOf(await as('managerA', CONFIRM, { s: STORE_A, c: order.pickupCode }))).toBe('PICKUP_CODE_EXPIRED');
    expect(await snapshot()).toEqual(before);

    const cancelled = await paidPickupOrder();
    await ok('member', `mutation($id: ID!) { cancelOrder(orderId: $id) { status } }`, { id: cancelled.id });
    const refusal = await as('managerA', CONFIRM, { s: STORE_A, c: cancelled.pickupQrContent });
    expect(refusal.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'CANCELLED' });
  });

  it('a code expires PICKUP_HOLD_HOURS after the promise, as stored when the order was placed', async () => {
    const order = await paidPickupOrder();
    await pickAndReady(order.id);
    const [row] = await sql(`SELECT "promiseEnd", "pickupCodeExpiresAt" FROM "Order" WHERE id = $1`, [order.id]);
    expect(row.pickupCodeExpiresAt).toEqual(new Date(row.promiseEnd.getTime() + HOLD_HOURS * 3_600_000));
    const saved = clock;
    clock = new Date(row.pickupCodeExpiresAt.getTime() - 1000);
    expect((await ok('managerA', LOOKUP, { s: STORE_A, c: order.pickupCode })).staffLookupPickup.status).toBe('READY_FOR_PICKUP');
    clock = row.pickupCodeExpiresAt;
    const before = await snapshot();
    const expired = await as('managerA', CONFIRM, { s: STORE_A, c: order.pickupQrContent });
    expect(expired.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^取货码已过期，请联系门店处理（还可尝试\d次）$/), extensions: { code: 'PICKUP_CODE_EXPIRED' } });
    expect(await snapshot()).toEqual(before);
    clock = saved;
  });

  it('the expiry moves with the promise when the quoted slot fills up while the order is placed', async () => {
    const input = { storeId: STORE_A, items: [{ productId: '1', quantity: 1 }], fulfilment: 'PICKUP' };
    const { quote } = await ok('member', `query($input: CheckoutInput!) { quote(input: $input) { payableFen promise { slotStart } } }`, { input });
    const quoted = new Date(quote.promise.slotStart);
    // Another order takes the last place of the quoted slot, committing only once this order waits for it.
    const rival = await server.db.pool.connect();
    try {
      await rival.query('BEGIN');
      await rival.query(
        `INSERT INTO "StoreSlot" ("storeId", "slotStart", booked) SELECT id, $2, "pickingCapacity" FROM "Store" WHERE id = $1
         ON CONFLICT ("storeId", "slotStart") DO UPDATE SET booked = EXCLUDED.booked`,
        [Number(STORE_A), quoted],
      );
      const placing = ok('member', `mutation($input: CheckoutInput!, $p: Int!) { placeOrder(input: $input, idempotencyKey: "moved-slot", expectedPayableFen: $p) { id } }`, {
        input,
        p: quote.payableFen,
      });
      await expect
        .poll(async () => (await sql(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%StoreSlot%'`))[0].n, { timeout: 10_000 })
        .toBe(1);
      await rival.query('COMMIT');
      const { placeOrder } = await placing;
      const [row] = await sql(`SELECT "slotStart", "promiseEnd", "pickupCodeExpiresAt" FROM "Order" WHERE id = $1`, [placeOrder.id]);
      expect(row.slotStart.getTime()).toBeGreaterThan(quoted.getTime());
      expect(row.pickupCodeExpiresAt).toEqual(new Date(row.promiseEnd.getTime() + HOLD_HOURS * 3_600_000));
      await ok('member', `mutation($id: ID!) { cancelOrder(orderId: $id) { status } }`, { id: placeOrder.id });
    } finally {
      rival.release();
    }
  });

  const wrongCodeFor = (code: string) => `PICKUP:00000000000000000000:${String((Number(code) + 500_000) % 1_000_000).padStart(6, '0')}`;
  const LOCKS = `query($s: ID!) { staffPickupLocks(storeId: $s) { staffUserId name roleName failedAttempts lockedUntil } }`;
  const LIFT = `mutation($s: ID!, $u: ID!) { staffLiftPickupLock(storeId: $s, staffUserId: $u) { staffUserId liftedByUserId failedAttempts liftedAt } }`;
  async function freshWindow() {
    await sql(`DELETE FROM "RateLimitBucket"`);
    tick(PICKUP_ATTEMPTS.windowSeconds);
  }

  it('counts down the attempts left, then locks the account (right codes included) but not other staff', async () => {
    await freshWindow();
    const order = await paidPickupOrder();
    await pickAndReady(order.id);
    const wrong = wrongCodeFor(order.pickupCode);
    const refusals = [];
    for (let i = 0; i < PICKUP_ATTEMPTS.limit; i++) refusals.push((await as('clerkA', CONFIRM, { s: STORE_A, c: wrong })).errors![0]!);
    expect(refusals.map((e) => [e.extensions!.code, e.extensions!.remainingAttempts])).toEqual([
      ['PICKUP_CODE_INVALID', 4],
      ['PICKUP_CODE_INVALID', 3],
      ['PICKUP_CODE_INVALID', 2],
      ['PICKUP_CODE_INVALID', 1],
      ['PICKUP_CODE_INVALID', 0],
    ]);
    expect(refusals[0]!.message).toBe('取货码无效，请核对后重试（还可尝试4次）');
    expect(refusals[4]!.message).toMatch(/^取货码无效，请核对后重试（错误次数已达上限，核销已锁定\d+分钟，可请店长解锁）$/);
    const locked = await as('clerkA', CONFIRM, { s: STORE_A, c: order.pickupCode });
    expect(locked.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'PICKUP_LOCKED', remainingAttempts: 0 });
    expect(locked.errors![0]!.message).toMatch(/请店长解锁/);
    // The lock is the clerk's, not the store's: the manager hands the order over.
    expect((await ok('managerA', CONFIRM, { s: STORE_A, c: order.pickupCode })).staffConfirmPickup.status).toBe('COMPLETED');
    tick(PICKUP_ATTEMPTS.windowSeconds);
    expect((await as('clerkA', LOOKUP, { s: STORE_A, c: wrong })).errors![0]!.extensions).toMatchObject({ code: 'PICKUP_CODE_INVALID', remainingAttempts: 4 });
  });

  it('a right code costs no attempt', async () => {
    await freshWindow();
    const order = await paidPickupOrder();
    await pickAndReady(order.id);
    for (let i = 0; i < PICKUP_ATTEMPTS.limit + 2; i++) expect(codeOf(await as('clerkA', LOOKUP, { s: STORE_A, c: order.pickupCode }))).toBe('OK');
    expect((await as('clerkA', LOOKUP, { s: STORE_A, c: wrongCodeFor(order.pickupCode) })).errors![0]!.extensions!.remainingAttempts).toBe(PICKUP_ATTEMPTS.limit - 1);
  });

  it('holds the lock under a concurrent burst: of 12 wrong codes at once exactly 5 are checked', async () => {
    await freshWindow();
    const order = await paidPickupOrder();
    await pickAndReady(order.id);
    await as('clerkA', `{ serverTime }`); // signed in before the burst
    const burst = await Promise.all(Array.from({ length: 12 }, () => as('clerkA', LOOKUP, { s: STORE_A, c: wrongCodeFor(order.pickupCode) })));
    const extensions = burst.map((r) => r.errors![0]!.extensions!);
    const checked = extensions.filter((e) => e.code === 'PICKUP_CODE_INVALID');
    expect(checked.map((e) => e.remainingAttempts).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(extensions.filter((e) => e.code === 'RATE_LIMITED' && e.reason === 'PICKUP_LOCKED')).toHaveLength(7);
    expect((await sql(`SELECT count FROM "RateLimitBucket" WHERE key = $1`, [`pickup-failed:${DEMO_CLERK_A.id}`]))[0].count).toBe(PICKUP_ATTEMPTS.limit);
  });

  it('a manager of the store sees the lock and lifts it, recorded; nobody else can, and nobody can lift their own', async () => {
    await freshWindow();
    const order = await paidPickupOrder();
    await pickAndReady(order.id);
    for (let i = 0; i < PICKUP_ATTEMPTS.limit; i++) await as('clerkA', LOOKUP, { s: STORE_A, c: wrongCodeFor(order.pickupCode) });
    expect(codeOf(await as('clerkA', CONFIRM, { s: STORE_A, c: order.pickupCode }))).toBe('RATE_LIMITED');
    const { staffPickupLocks } = await ok('managerA', LOCKS, { s: STORE_A });
    expect(staffPickupLocks).toEqual([{ staffUserId: DEMO_CLERK_A.id, name: DEMO_CLERK_A.nickname, roleName: '店员', failedAttempts: PICKUP_ATTEMPTS.limit, lockedUntil: expect.any(String) }]);
    expect(new Date(staffPickupLocks[0].lockedUntil).getTime()).toBeGreaterThan(clock.getTime());

    const lifts = async () => sql(`SELECT "storeId", "staffUserId", "liftedByUserId", "failedAttempts", "liftedAt" FROM "PickupLockLift" ORDER BY "liftedAt"`);
    const before = await lifts();
    expect(codeOf(await as('clerkA', LIFT, { s: STORE_A, u: DEMO_CLERK_A.id }))).toBe('FORBIDDEN');
    expect(codeOf(await as('clerkB', LIFT, { s: STORE_A, u: DEMO_CLERK_A.id }))).toBe('FORBIDDEN');
    expect(codeOf(await as('managerA', LIFT, { s: STORE_A, u: DEMO_CLERK_B.id }))).toBe('NOT_FOUND');
    expect((await as('managerA', LIFT, { s: STORE_A, u: DEMO_MANAGER_A.id })).errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_LOCK' });
    expect(await lifts()).toEqual(before);
    expect(codeOf(await as('clerkA', LOOKUP, { s: STORE_A, c: order.pickupCode }))).toBe('RATE_LIMITED');

    // The manager taps 解锁 twice at once: one lift, recorded once.
    const [first, second] = await Promise.all([as('managerA', LIFT, { s: STORE_A, u: DEMO_CLERK_A.id }), as('managerA', LIFT, { s: STORE_A, u: DEMO_CLERK_A.id })]);
    expect([codeOf(first), codeOf(second)].sort()).toEqual(['INVALID_TRANSITION', 'OK']);
    const staffLiftPickupLock = (first.data ?? second.data)!.staffLiftPickupLock;
    expect(staffLiftPickupLock).toEqual({ staffUserId: DEMO_CLERK_A.id, liftedByUserId: DEMO_MANAGER_A.id, failedAttempts: PICKUP_ATTEMPTS.limit, liftedAt: clock.toISOString() });
    expect(await lifts()).toEqual([...before, { storeId: 1, staffUserId: DEMO_CLERK_A.id, liftedByUserId: DEMO_MANAGER_A.id, failedAttempts: PICKUP_ATTEMPTS.limit, liftedAt: clock }]);
    expect((await ok('managerA', LOCKS, { s: STORE_A })).staffPickupLocks).toEqual([]);
    expect((await as('managerA', LIFT, { s: STORE_A, u: DEMO_CLERK_A.id })).errors![0]!.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'NOT_LOCKED' });
    expect((await ok('clerkA', CONFIRM, { s: STORE_A, c: order.pickupCode })).staffConfirmPickup.status).toBe('COMPLETED');
  });
});

// ------------------------------------------------------------------ till

describe('the member at the till', () => {
  const EARN = `mutation($s: ID!, $t: String!, $r: String!, $a: Int!) { staffTillEarnPoints(storeId: $s, tillToken: $t, receiptNo: $r, amountFen: $a) { receiptNo amountFen pointsEarned pointsBalance } }`;

  it('earns once per receipt; a different amount on the same receipt is CONFLICT; bad input changes nothing', async () => {
    const token = await tillToken();
    const balance = async () => (await sql(`SELECT "pointsBalance" FROM "Member" WHERE id = $1`, [DEMO_MEMBER_CARD.id]))[0].pointsBalance;
    const start = await balance();
    const first = (await ok('clerkA', EARN, { s: STORE_A, t: token, r: 'R-20261125-001', a: 2590 })).staffTillEarnPoints;
    expect(first).toMatchObject({ amountFen: 2590, pointsEarned: 25, pointsBalance: start + 25 });
    const again = (await ok('clerkA', EARN, { s: STORE_A, t: token, r: 'R-20261125-001', a: 2590 })).staffTillEarnPoints;
    expect(again).toEqual(first);
    expect(await balance()).toBe(start + 25);
    const entries = await sql(
      `SELECT e.amount FROM "PointsEntry" e JOIN "TillReceipt" r ON r.id::text = e."refId" WHERE e."refType" = 'TILL_RECEIPT' AND r."receiptNo" = 'R-20261125-001'`,
    );
    expect(entries).toEqual([{ amount: 25 }]);

    const before = await snapshot();
    expect(codeOf(await as('clerkA', EARN, { s: STORE_A, t: token, r: 'R-20261125-001', a: 9990 }))).toBe('CONFLICT');
    expect(codeOf(await as('clerkA', EARN, { s: STORE_A, t: token, r: 'R-20261125-002', a: -100 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('clerkA', EARN, { s: STORE_A, t: token, r: '小票', a: 100 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('clerkA', EARN, { s: STORE_A, t: `${token}x`, r: 'R-20261125-003', a: 100 }))).toBe('MEMBER_CODE_INVALID');
    // The till session belongs to the clerk and store that scanned the card, and says so elsewhere.
    const otherStaff = await as('managerA', EARN, { s: STORE_A, t: token, r: 'R-20261125-004', a: 100 });
    expect(otherStaff.errors?.[0]).toMatchObject({ message: expect.stringContaining('此会员码由其他店员识别'), extensions: { code: 'MEMBER_SESSION_OTHER_STAFF' } });
    tick(11 * 60);
    expect(codeOf(await as('clerkA', EARN, { s: STORE_A, t: token, r: 'R-20261125-005', a: 100 }))).toBe('MEMBER_CODE_INVALID');
    expect(await snapshot()).toEqual(before);
  });

  it('a till session used in another store says so, for a clerk working at both', async () => {
    await sql(`INSERT INTO "StaffMembership" (id, "userId", "storeId", "roleId") SELECT gen_random_uuid(), $1, 1, id FROM "Role" WHERE key = 'CLERK'`, [DEMO_CLERK_B.id]);
    try {
      const token = await tillToken('clerkB', STORE_B);
      const before = await snapshot();
      const elsewhere = await as('clerkB', EARN, { s: STORE_A, t: token, r: 'R-20261125-101', a: 100 });
      expect(elsewhere.errors?.[0]).toMatchObject({ message: expect.stringContaining('此会员码由其他门店识别'), extensions: { code: 'MEMBER_SESSION_OTHER_STORE' } });
      expect(await snapshot()).toEqual(before);
      expect(codeOf(await as('clerkB', EARN, { s: STORE_B, t: token, r: 'R-20261125-101', a: 100 }))).toBe('OK');
    } finally {
      await sql(`DELETE FROM "StaffMembership" WHERE "userId" = $1 AND "storeId" = 1`, [DEMO_CLERK_B.id]);
    }
  });

  it('a card code is accepted once; unknown and malformed codes are refused', async () => {
    const code = await memberCode();
    const SCAN = `mutation($s: ID!, $c: String!) { staffScanMember(storeId: $s, code: $c) { member { tier pointsAvailable } } }`;
    expect(codeOf(await as('clerkA', SCAN, { s: STORE_A, c: code }))).toBe('OK');
    expect(codeOf(await as('clerkA', SCAN, { s: STORE_A, c: code }))).toBe('MEMBER_CODE_USED');
    expect(codeOf(await as('clerkA', SCAN, { s: STORE_A, c: '12345' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('clerkA', SCAN, { s: STORE_A, c: `${DEMO_MEMBER_CARD.cardNo}000000` }))).toBe('MEMBER_CODE_INVALID');
  });

  it('the 12-digit short code is accepted once, spends the long code of its step, and expires', async () => {
    tick(31);
    const QUERY = `{ memberCode { digits shortCode } }`;
    const { memberCode: shown } = await ok('member', QUERY);
    expect(shown.shortCode).toMatch(/^\d{12}$/);
    expect(luhnValid(shown.shortCode)).toBe(true);
    // A second device in the same step shows the same code.
    expect((await ok('member', QUERY)).memberCode.shortCode).toBe(shown.shortCode);
    const SCAN = `mutation($s: ID!, $c: String!) { staffScanMember(storeId: $s, code: $c) { member { cardNo } } }`;
    // Two tills typing it at once: one wins.
    const both = await Promise.all([as('clerkA', SCAN, { s: STORE_A, c: shown.shortCode }), as('managerA', SCAN, { s: STORE_A, c: shown.shortCode })]);
    expect(both.map(codeOf).sort()).toEqual(['MEMBER_CODE_USED', 'OK']);
    expect(both.find((r) => !r.errors)!.data!.staffScanMember.member.cardNo).toBe(DEMO_MEMBER_CARD.cardNo);
    expect(codeOf(await as('clerkA', SCAN, { s: STORE_A, c: shown.digits }))).toBe('MEMBER_CODE_USED');

    tick(31);
    const next = (await ok('member', QUERY)).memberCode;
    expect(next.shortCode).not.toBe(shown.shortCode);
    // The till may type it with the spaces the card shows.
    const grouped = next.shortCode.replace(/(\d{4})(?=\d)/g, '$1 ');
    const VERIFY = `mutation($s: ID!, $c: String!) { verifyMemberCode(storeId: $s, code: $c) { cardNo } }`;
    tick(3 * 30); // beyond the one step of tolerance
    expect(codeOf(await as('clerkA', VERIFY, { s: STORE_A, c: grouped }))).toBe('MEMBER_CODE_INVALID');
  });

  it('refuses short codes that were never issued or are mistyped', async () => {
    tick(31);
    const { shortCode } = (await ok('member', `{ memberCode { shortCode } }`)).memberCode;
    const SCAN = `mutation($s: ID!, $c: String!) { staffScanMember(storeId: $s, code: $c) { member { cardNo } } }`;
    const other = withLuhnDigit(String((Number(shortCode.slice(0, 11)) + 1) % 1e11).padStart(11, '0'));
    expect(codeOf(await as('clerkA', SCAN, { s: STORE_A, c: other }))).toBe('MEMBER_CODE_INVALID');
    const typo = `${shortCode.slice(0, 11)}${(Number(shortCode[11]) + 1) % 10}`;
    expect(codeOf(await as('clerkA', SCAN, { s: STORE_A, c: typo }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('clerkA', SCAN, { s: STORE_A, c: shortCode.slice(0, 10) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('clerkA', SCAN, { s: STORE_A, c: shortCode }))).toBe('OK');
  });

  it('redeems one of the member’s coupons once', async () => {
    await sql(
      `WITH c AS (INSERT INTO "Coupon" (name, kind, value, "minSpendFen", "validFrom", "validTo") VALUES ('门店满20减3', 'AMOUNT_OFF', 300, 2000, $1, $2) RETURNING id)
       INSERT INTO "UserCoupon" (id, "couponId", "userId", code) SELECT '00000000-0000-4000-8000-0000000c0001', c.id, $3, 'TILL-TEST-COUPON-1' FROM c`,
      [new Date(clock.getTime() - 86_400_000), new Date(clock.getTime() + 30 * 86_400_000), DEMO_MEMBER.id],
    );
    const token = await tillToken();
    const REDEEM = `mutation($s: ID!, $t: String!, $c: ID!) { staffRedeemCoupon(storeId: $s, tillToken: $t, userCouponId: $c) { name } }`;
    const vars = { s: STORE_A, t: token, c: '00000000-0000-4000-8000-0000000c0001' };
    expect((await ok('clerkA', REDEEM, vars)).staffRedeemCoupon.name).toBe('门店满20减3');
    expect(codeOf(await as('clerkA', REDEEM, vars))).toBe('COUPON_NOT_APPLICABLE');
    expect(codeOf(await as('clerkA', REDEEM, { ...vars, c: '00000000-0000-4000-8000-0000000c0002' }))).toBe('NOT_FOUND');
  });

  it('keeps a delivery-only coupon off the till', async () => {
    await sql(
      `WITH c AS (INSERT INTO "Coupon" (name, kind, value, "minSpendFen", "validFrom", "validTo", fulfilment) VALUES ('外送专享减3', 'AMOUNT_OFF', 300, 0, $1, $2, 'DELIVERY') RETURNING id)
       INSERT INTO "UserCoupon" (id, "couponId", "userId", code) SELECT '00000000-0000-4000-8000-0000000c0003', c.id, $3, 'TILL-TEST-COUPON-3' FROM c`,
      [new Date(clock.getTime() - 86_400_000), new Date(clock.getTime() + 30 * 86_400_000), DEMO_MEMBER.id],
    );
    const { staffScanMember } = await ok('clerkA', `mutation($s: ID!, $c: String!) { staffScanMember(storeId: $s, code: $c) { tillToken coupons { name } } }`, { s: STORE_A, c: await memberCode() });
    expect(staffScanMember.coupons.map((c: { name: string }) => c.name)).not.toContain('外送专享减3');
    const token = staffScanMember.tillToken;
    const REDEEM = `mutation($s: ID!, $t: String!, $c: ID!) { staffRedeemCoupon(storeId: $s, tillToken: $t, userCouponId: $c) { name } }`;
    expect(codeOf(await as('clerkA', REDEEM, { s: STORE_A, t: token, c: '00000000-0000-4000-8000-0000000c0003' }))).toBe('COUPON_NOT_APPLICABLE');
  });
});

// ------------------------------------------------------------------ 代客下单, stock, figures

describe('orders for a customer', () => {
  it('places a pickup order for the member found by card code or phone, through the ordering rules', async () => {
    const PLACE = `mutation($input: StaffPlaceOrderInput!) { staffPlaceOrder(input: $input) { id status storeId fulfilment payableFen items { productId quantity } } }`;
    const token = await tillToken();
    const reserved = async () => (await sql(`SELECT reserved FROM "Inventory" WHERE "storeId" = 1 AND "productId" = 1`))[0].reserved;
    const r0 = await reserved();
    await ok('member', `mutation { setCartItem(storeId: "1", productId: "1", quantity: 1) { storeId } }`);
    const cartLinesBefore = 1;
    const input = { storeId: STORE_A, tillToken: token, items: [{ productId: '1', quantity: 2 }], idempotencyKey: 'counter-order-0001' };
    const { staffPlaceOrder } = await ok('clerkA', PLACE, { input });
    expect(staffPlaceOrder).toMatchObject({ status: 'PENDING_PAYMENT', storeId: STORE_A, fulfilment: 'PICKUP', payableFen: 600 });
    expect(await reserved()).toBe(r0 + 2);
    const [row] = await sql(`SELECT "userId", channel, "placedByUserId" FROM "Order" WHERE id = $1`, [staffPlaceOrder.id]);
    expect(row).toEqual({ userId: DEMO_MEMBER.id, channel: 'STAFF', placedByUserId: DEMO_CLERK_A.id });
    // The order is created as a staff order in one step: its only event names the clerk.
    expect(await sql(`SELECT "fromStatus", "toStatus", "actorUserId", "actorRole", reason FROM "OrderEvent" WHERE "orderId" = $1`, [staffPlaceOrder.id])).toEqual([
      { fromStatus: null, toStatus: 'PENDING_PAYMENT', actorUserId: DEMO_CLERK_A.id, actorRole: 'staff', reason: '店员代客下单' },
    ]);
    // The member's own online cart is not emptied by an order placed at the counter.
    expect((await sql(`SELECT count(*)::int AS n FROM "CartItem" ci JOIN "Cart" c ON c.id = ci."cartId" WHERE c."userId" = $1 AND ci."productId" = 1`, [DEMO_MEMBER.id]))[0].n).toBe(cartLinesBefore);
    // A retry with the same key is the same order.
    expect((await ok('clerkA', PLACE, { input })).staffPlaceOrder.id).toBe(staffPlaceOrder.id);
    // The member sees it among their orders.
    expect((await ok('member', `{ myOrders { id } }`)).myOrders.map((o: { id: string }) => o.id)).toContain(staffPlaceOrder.id);

    const byPhone = await ok('clerkA', PLACE, { input: { storeId: STORE_A, phone: DEMO_MEMBER.phone, items: [{ productId: '20', quantity: 1 }], idempotencyKey: 'counter-order-0002' } });
    expect(byPhone.staffPlaceOrder.status).toBe('PENDING_PAYMENT');
    const before = await snapshot();
    expect(codeOf(await as('clerkA', PLACE, { input: { storeId: STORE_A, phone: '13999999999', items: [{ productId: '1', quantity: 1 }], idempotencyKey: 'counter-order-0003' } }))).toBe('NOT_FOUND');
    expect(codeOf(await as('clerkA', PLACE, { input: { storeId: STORE_A, phone: DEMO_MEMBER.phone, items: [{ productId: '1', quantity: 9999 }], idempotencyKey: 'counter-order-0004' } }))).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);
  });

  it('quotes the order as the shopper’s own checkout would, and places it only at the price the customer agreed to', async () => {
    const QUOTE = `query($input: StaffQuoteInput!) { staffQuote(input: $input) { member { cardNo nickname tierName pointsAvailable } quote { payableFen originalTotalFen fulfilment lines { productId quantity payableFen } promise { label } } } }`;
    const items = [{ productId: '1', quantity: 2 }, { productId: '20', quantity: 1 }];
    const { staffQuote } = await ok('clerkA', QUOTE, { input: { storeId: STORE_A, phone: DEMO_MEMBER.phone, items } });
    const { quote: own } = await ok('member', `query($input: CheckoutInput!) { quote(input: $input) { payableFen originalTotalFen fulfilment lines { productId quantity payableFen } promise { label } } }`, {
      input: { storeId: STORE_A, items, fulfilment: 'PICKUP' },
    });
    expect(staffQuote.quote).toEqual(own);
    expect(staffQuote.quote.lines.map((l: { productId: string }) => l.productId)).toEqual(['1', '20']);
    expect(staffQuote.member).toMatchObject({ cardNo: DEMO_MEMBER_CARD.cardNo, nickname: expect.any(String), tierName: expect.any(String) });
    // The same quote for the member of a till session.
    const token = await tillToken();
    expect((await ok('clerkA', QUOTE, { input: { storeId: STORE_A, tillToken: token, items } })).staffQuote.quote.payableFen).toBe(own.payableFen);

    const PLACE = `mutation($input: StaffPlaceOrderInput!) { staffPlaceOrder(input: $input) { id payableFen } }`;
    const place = (expectedPayableFen: number, idempotencyKey: string) =>
      as('clerkA', PLACE, { input: { storeId: STORE_A, phone: DEMO_MEMBER.phone, items, expectedPayableFen, idempotencyKey } });
    const before = await snapshot();
    expect(codeOf(await place(own.payableFen + 1, 'counter-quote-0001'))).toBe('PRICE_CHANGED');
    // Nobody outside the store quotes for it, and a phone must name exactly one member.
    expect(codeOf(await as('clerkB', QUOTE, { input: { storeId: STORE_A, phone: DEMO_MEMBER.phone, items } }))).toBe('FORBIDDEN');
    expect(codeOf(await as('member', QUOTE, { input: { storeId: STORE_A, phone: DEMO_MEMBER.phone, items } }))).toBe('FORBIDDEN');
    expect(codeOf(await as('clerkA', QUOTE, { input: { storeId: STORE_A, phone: '13999999999', items } }))).toBe('NOT_FOUND');
    expect(codeOf(await as('clerkA', QUOTE, { input: { storeId: STORE_A, phone: '1234', items } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('clerkA', QUOTE, { input: { storeId: STORE_A, phone: DEMO_MEMBER.phone, items: [] } }))).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);

    const placed = await place(own.payableFen, 'counter-quote-0002');
    expect(placed.data?.staffPlaceOrder.payableFen).toBe(own.payableFen);
  });
});

describe('stock', () => {
  const SET = `mutation($s: ID!, $p: ID!, $n: Int!, $r: String!) { staffSetStockCount(storeId: $s, productId: $p, onHand: $n, reason: $r) { onHand reserved available movements { kind onHandFrom onHandTo reason actorName } } }`;

  it('sets a count with a reason, marks out of stock down to the reservations, and records who and why', async () => {
    await paidPickupOrder(); // holds 2 of product 20
    const [{ reserved }] = await sql(`SELECT reserved FROM "Inventory" WHERE "storeId" = 1 AND "productId" = 20`);
    expect(reserved).toBeGreaterThan(0);
    const set = (await ok('clerkA', SET, { s: STORE_A, p: '20', n: reserved + 7, r: '早班盘点' })).staffSetStockCount;
    expect(set).toMatchObject({ onHand: reserved + 7, reserved, available: 7 });
    expect(set.movements[0]).toMatchObject({ kind: 'COUNT', onHandTo: reserved + 7, reason: '早班盘点', actorName: DEMO_CLERK_A.nickname });
    const out = (await ok('managerA', `mutation($s: ID!, $p: ID!) { staffMarkOutOfStock(storeId: $s, productId: $p, reason: "临期下架") { onHand reserved available movements { kind actorName } } }`, { s: STORE_A, p: '20' }))
      .staffMarkOutOfStock;
    expect(out).toMatchObject({ onHand: reserved, reserved, available: 0 });
    expect(out.movements[0]).toEqual({ kind: 'MARK_OUT_OF_STOCK', actorName: DEMO_MANAGER_A.nickname });
  });

  it('refuses a count below the reservations, a negative count, an empty reason and a product not sold here — changing nothing', async () => {
    const [{ reserved }] = await sql(`SELECT reserved FROM "Inventory" WHERE "storeId" = 1 AND "productId" = 20`);
    const before = await snapshot();
    const below = await as('clerkA', SET, { s: STORE_A, p: '20', n: reserved - 1, r: '盘点' });
    expect(below.errors?.[0]?.extensions).toMatchObject({ code: 'STOCK_BELOW_RESERVED', reserved });
    expect(codeOf(await as('clerkA', SET, { s: STORE_A, p: '20', n: -1, r: '盘点' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('clerkA', SET, { s: STORE_A, p: '20', n: 10, r: '  ' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('clerkA', SET, { s: STORE_A, p: '99999999', n: 10, r: '盘点' }))).toBe('PRODUCT_NOT_SOLD_HERE');
    expect(await snapshot()).toEqual(before);
  });
});
