import type pg from 'pg';
import type { Config } from '../config.ts';
import type { OrderStatus } from '../generated/prisma/enums.ts';
import { DomainError } from '../graphql/errors.ts';
import { emitEvent } from '../integrations/sql.ts';
import type { Ledger } from '../members/ledger.ts';
import { pointsForPayment } from '../members/service.ts';
import { notifyStoreEvent, type StoreEventType } from '../staff-events/sql.ts';
import {
  consumeStock,
  insertOrderEvent,
  orderItemsOf,
  releaseSlot,
  statusBeforeRefundRequest,
  releaseStock,
  returnCoupon,
  setOrderStatus,
  useCoupon,
  type LockedOrder,
} from './sql.ts';
import { assertTransition, type Actor } from './state.ts';

export interface LifecycleDeps {
  ledger: Ledger;
  config: Pick<Config, 'POINTS_PER_YUAN' | 'POINTS_REFUND_WINDOW_DAYS'>;
  now: () => Date;
}

const STAMP: Partial<Record<OrderStatus, 'paidAt' | 'completedAt' | 'cancelledAt'>> = {
  PAID: 'paidAt',
  COMPLETED: 'completedAt',
  CANCELLED: 'cancelledAt',
};

/** What the store's staff hear of a change; null for an unpaid order, which is not in their queue. */
function storeEventType(from: OrderStatus, to: OrderStatus): StoreEventType | null {
  if (from === 'PENDING_PAYMENT') return to === 'PAID' ? 'ORDER_PAID' : null;
  return to === 'CANCELLED' || to === 'REFUNDED' ? 'ORDER_CANCELLED' : 'ORDER_UPDATED';
}

/** What the ERP hears about an order (integrations' outbox). */
const OUTBOUND_ORDER_EVENTS: Partial<Record<OrderStatus, string>> = { PAID: 'order.paid', COMPLETED: 'order.completed', REFUNDED: 'order.refunded' };

/**
 * Every change of an order goes into its history and, in the same transaction, to its store's staff
 * (delivered at commit: staff-events/sql.ts) and to the integrations' outbox.
 */
export async function recordOrderEvent(
  client: pg.PoolClient,
  order: Pick<LockedOrder, 'id' | 'orderNo' | 'storeId'>,
  e: { from: OrderStatus; to: OrderStatus; actor: Actor; reason: string; at: Date },
): Promise<void> {
  await insertOrderEvent(client, { orderId: order.id, from: e.from, to: e.to, actorUserId: e.actor.userId, actorRole: e.actor.role, reason: e.reason, at: e.at });
  const outbound = OUTBOUND_ORDER_EVENTS[e.to];
  if (outbound) await emitEvent(client, { kind: outbound, storeId: order.storeId, payload: { orderId: order.id, orderNo: order.orderNo, storeId: order.storeId, from: e.from, to: e.to, at: e.at.toISOString() }, at: e.at });
  const type = storeEventType(e.from, e.to);
  if (type) await notifyStoreEvent(client, { type, storeId: order.storeId, orderId: order.id, orderNo: order.orderNo, status: e.to, at: e.at.toISOString() });
}

/**
 * Moves a locked order to `to`, records the event and applies what the new status means for stock,
 * slot, coupon and points, all in the caller's transaction. Money (refunds) is the caller's part.
 */
export async function transition(client: pg.PoolClient, deps: LifecycleDeps, order: LockedOrder, to: OrderStatus, actor: Actor, reason: string): Promise<void> {
  assertTransition(order.status, to, order.fulfilment);
  const at = deps.now();
  if (!(await setOrderStatus(client, order.id, order.status, to, at, STAMP[to] ?? null))) {
    throw new DomainError('INVALID_TRANSITION', '订单状态已变化，请刷新后重试', { from: order.status, to });
  }
  await recordOrderEvent(client, order, { from: order.status, to, actor, reason, at });
  const from = order.status;
  order.status = to;
  const ref = { refType: 'ORDER' as const, refId: order.id };

  if (to === 'PAID') await useCoupon(client, order.id, at);

  if (to === 'COMPLETED') {
    const items = (await orderItemsOf(client, order.id)).filter((item) => item.status !== 'OUT_OF_STOCK');
    await consumeStock(client, order.storeId, items, { reason: `订单${order.orderNo}售出`, actorUserId: actor.userId, at });
    const points = pointsForPayment(order.payableFen - order.refundedFen, deps.config);
    if (order.memberId && points > 0) {
      // Frozen through the refund window, so points earned on an order cannot be spent and then refunded.
      const frozenUntil = new Date(at.getTime() + deps.config.POINTS_REFUND_WINDOW_DAYS * 86_400_000);
      await deps.ledger.earnPoints(order.memberId, points, { ...ref, reason: `订单${order.orderNo}消费积分` }, { frozenUntil, tx: client });
    }
  }

  if (to === 'CANCELLED' || to === 'REFUNDED') {
    const completed = order.completedAt !== null;
    if (!completed) {
      const items = (await orderItemsOf(client, order.id)).filter((item) => item.status !== 'OUT_OF_STOCK');
      await releaseStock(client, order.storeId, items);
      // Picking not yet started: the slot's capacity is free again. For an approved refund request
      // that is decided by where the order stood when the shopper asked.
      const held = from === 'REFUND_REQUESTED' ? await statusBeforeRefundRequest(client, order.id) : from;
      if (held === 'PENDING_PAYMENT' || held === 'PAID') await releaseSlot(client, order.storeId, order.slotStart);
    }
    await returnCoupon(client, order.id);
    if (order.memberId && order.pointsUsed > 0) {
      await deps.ledger.adjustPoints(order.memberId, order.pointsUsed, { refType: 'REFUND', refId: order.id, reason: `订单${order.orderNo}退还抵扣积分` }, { tx: client });
    }
    if (completed && order.memberId) {
      const earned = pointsForPayment(order.payableFen - order.refundedFen, deps.config);
      if (earned > 0) await deps.ledger.reversePoints(order.memberId, earned, { ...ref, reason: `订单${order.orderNo}退款扣回积分` }, { tx: client });
    }
  }
}
