import type { OrderStatus } from '../generated/prisma/enums.ts';
import { DomainError } from '../graphql/errors.ts';

/**
 * The order state machine. Anything not listed is refused. REFUND_REQUESTED can also go back to the
 * status it came from when the store rejects the request; that target is read from the order's
 * events, so it is checked where the rejection is made (OrderService.resolveRefund).
 */
export const TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  PENDING_PAYMENT: ['PAID', 'CANCELLED'],
  PAID: ['PICKING', 'CANCELLED', 'REFUND_REQUESTED'],
  PICKING: ['READY_FOR_PICKUP', 'OUT_FOR_DELIVERY', 'CANCELLED', 'REFUND_REQUESTED'],
  READY_FOR_PICKUP: ['COMPLETED', 'REFUND_REQUESTED'],
  OUT_FOR_DELIVERY: ['COMPLETED', 'REFUND_REQUESTED'],
  COMPLETED: ['REFUND_REQUESTED'],
  REFUND_REQUESTED: ['REFUNDED'],
  CANCELLED: [],
  REFUNDED: [],
};

export const STATUS_LABEL: Record<OrderStatus, string> = {
  PENDING_PAYMENT: '待支付',
  PAID: '已支付',
  PICKING: '拣货中',
  READY_FOR_PICKUP: '待取货',
  OUT_FOR_DELIVERY: '配送中',
  COMPLETED: '已完成',
  CANCELLED: '已取消',
  REFUND_REQUESTED: '退款申请中',
  REFUNDED: '已退款',
};

export type ActorRole = 'customer' | 'staff' | 'system' | 'wechatpay';

export interface Actor {
  role: ActorRole;
  userId: string | null;
}

export const SYSTEM: Actor = { role: 'system', userId: null };

export function assertTransition(from: OrderStatus, to: OrderStatus, fulfilment: 'DELIVERY' | 'PICKUP'): void {
  const wrongKind = (to === 'READY_FOR_PICKUP' && fulfilment !== 'PICKUP') || (to === 'OUT_FOR_DELIVERY' && fulfilment !== 'DELIVERY');
  if (!TRANSITIONS[from].includes(to) || wrongKind) {
    throw new DomainError('INVALID_TRANSITION', `订单${STATUS_LABEL[from]}，不能改为${STATUS_LABEL[to]}`, { from, to });
  }
}
