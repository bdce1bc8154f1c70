import type { Logger } from '../logger.ts';
import type { OrderService } from './service.ts';
import type { PaymentService } from '../payments/service.ts';

/**
 * Each instance runs this on its own timer; OrderService.expireUnpaidOrders takes orders with SKIP
 * LOCKED, so instances share the work instead of colliding. Refunds a WeChat call failed on are
 * sent again, and refunds WeChat is still processing are queried, on the same beat.
 */
export function startOrderExpiryTimer(services: { orders: OrderService; payments: PaymentService }, intervalMs: number, logger: Logger): () => void {
  if (intervalMs <= 0) return () => undefined;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    Promise.all([services.orders.expireUnpaidOrders(), services.payments.followUpRefunds()])
      .catch((error: unknown) => logger.error({ err: error }, 'order expiry pass failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
