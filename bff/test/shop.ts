import { randomUUID } from 'node:crypto';
import type { GraphQLResponse } from './server.ts';

/**
 * Driving the BFF the way its clients do, over GraphQL, for tests that need real orders, payments
 * and staff work behind them (consistency, faults, the authorization audit).
 */
export type Gql = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<GraphQLResponse>;
export type Caller = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;

/** High enough that tests placing many orders from one account and address never meet a limit. */
export const UNLIMITED_RATES: Record<string, string> = Object.fromEntries(
  ['LOGIN', 'PICKUP_VERIFY', 'MEMBER_SCAN', 'PLACE_ORDER'].flatMap((what) => [
    [`RATE_LIMIT_${what}_PER_USER`, '100000'],
    [`RATE_LIMIT_${what}_PER_IP`, '100000'],
  ]),
);

export const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code ?? 'OK';

export function callerWith(gql: Gql, accessToken: string | null): Caller {
  return (query, variables) => gql(query, variables, accessToken ? { authorization: `Bearer ${accessToken}` } : {});
}

export async function ok(call: Caller, query: string, variables: Record<string, unknown> = {}) {
  const result = await call(query, variables);
  if (result.errors) throw new Error(`${query.slice(0, 80)}: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

/** Signs in as a seeded demo account through demoLogin (DEMO_LOGIN_ENABLED), for a BFF without the WeChat mock. */
export async function demoCaller(gql: Gql, openid: string): Promise<Caller> {
  const { demoLogin } = await ok(callerWith(gql, null), `mutation($o: String!) { demoLogin(openid: $o) { accessToken } }`, { o: openid });
  return callerWith(gql, demoLogin.accessToken);
}

export interface CheckoutOptions {
  storeId?: string;
  items?: Array<{ productId: string; quantity: number }>;
  userCouponId?: string;
  pointsToUse?: number;
  idempotencyKey?: string;
}

export function checkoutInput(options: CheckoutOptions = {}) {
  return {
    storeId: options.storeId ?? '1',
    items: options.items ?? [{ productId: '1', quantity: 1 }, { productId: '20', quantity: 2 }],
    fulfilment: 'PICKUP',
    ...(options.userCouponId ? { userCouponId: options.userCouponId } : {}),
    ...(options.pointsToUse ? { pointsToUse: options.pointsToUse } : {}),
  };
}

export const PLACE_ORDER = `mutation($input: CheckoutInput!, $key: String!, $p: Int!) { placeOrder(input: $input, idempotencyKey: $key, expectedPayableFen: $p) { id status payableFen } }`;

/** Quote, then place at the quoted price: a pickup order awaiting payment. */
export async function placeOrder(call: Caller, options: CheckoutOptions = {}): Promise<{ id: string; status: string; payableFen: number }> {
  const input = checkoutInput(options);
  const { quote } = await ok(call, `query($input: CheckoutInput!) { quote(input: $input) { payableFen } }`, { input });
  return (await ok(call, PLACE_ORDER, { input, key: options.idempotencyKey ?? `t-${randomUUID()}`, p: quote.payableFen })).placeOrder;
}

export async function payWithStoredValue(call: Caller, orderId: string): Promise<void> {
  await ok(call, `mutation($id: ID!) { payOrder(orderId: $id, method: STORED_VALUE) { order { status } } }`, { id: orderId });
}

/** Staff accept (unless picking already) and pick every line still to supply; the order is then ready at the counter. */
export async function pickAndReady(staff: Caller, orderId: string): Promise<void> {
  const { staffOrder } = await ok(staff, `query($id: ID!) { staffOrder(orderId: $id) { status items { id outOfStock } } }`, { id: orderId });
  if (staffOrder.status === 'PAID') await ok(staff, `mutation($id: ID!) { staffAcceptOrder(orderId: $id) { status } }`, { id: orderId });
  const items = staffOrder.items.filter((i: { outOfStock: boolean }) => !i.outOfStock).map((i: { id: string }) => i.id);
  await ok(staff, `mutation($id: ID!, $items: [ID!]!) { staffMarkItemsPicked(orderId: $id, itemIds: $items) { status } }`, { id: orderId, items });
  await ok(staff, `mutation($id: ID!) { staffOrderReady(orderId: $id) { status } }`, { id: orderId });
}

/** Ready → handed over with the shopper's pickup code. */
export async function handOver(shopper: Caller, staff: Caller, orderId: string, storeId = '1'): Promise<void> {
  await pickAndReady(staff, orderId);
  const { order } = await ok(shopper, `query($id: ID!) { order(id: $id) { pickupCode } }`, { id: orderId });
  await ok(staff, `mutation($s: ID!, $c: String!) { staffConfirmPickup(storeId: $s, code: $c) { status } }`, { s: storeId, c: order.pickupCode });
}

/** Credits stored value through the manager's adjustment, so the ledger stays whole. */
export async function topUp(manager: Caller, cardNo: string, amountFen: number, storeId = '1'): Promise<void> {
  await ok(manager, `mutation($input: AdjustStoredValueInput!) { adjustStoredValue(input: $input) { id } }`, {
    input: { storeId, cardNo, amountFen, reason: '测试充值', idempotencyKey: `topup-${randomUUID()}` },
  });
}
