import type { OrderService } from './service.ts';
import type { PaymentService } from '../payments/service.ts';

/**
 * One pass of the order timer. Each instance runs it on its own timer; OrderService.expireUnpaidOrders
 * takes orders with SKIP LOCKED, so instances share the work instead of colliding. Refunds a WeChat
 * call failed on are sent again, and refunds WeChat is still processing are queried, on the same beat.
 */
export function orderExpiryPass(services: { orders: OrderService; payments: PaymentService }): Promise<unknown> {
  return Promise.all([services.orders.expireUnpaidOrders(), services.payments.followUpRefunds()]);
}
