import type { PrismaClient } from '../db/prisma.ts';
import type { OrderStatus } from '../generated/prisma/enums.ts';
import type { Logger } from '../logger.ts';
import { formatLocalTime, localDateString } from '../stores/hours.ts';
import type { WechatClient } from '../wechat/index.ts';
import { STATUS_LABEL } from './state.ts';

/** The transitions a shopper is told about by subscribe message. */
const ANNOUNCED: ReadonlySet<OrderStatus> = new Set(['PAID', 'READY_FOR_PICKUP', 'OUT_FOR_DELIVERY', 'COMPLETED', 'CANCELLED', 'REFUNDED']);

export interface OrderNotifier {
  /** Fire and forget: a message that cannot be sent never affects the order. */
  statusChanged(orderId: string, status: OrderStatus): void;
  /** A partial out-of-stock refund leaves the status unchanged, so it is announced on its own. */
  itemsOutOfStock(orderId: string, refundedFen: number): void;
}

/**
 * Sends the order-status subscribe message (template fields: 订单号 character_string1, 状态 phrase2,
 * 时间 time3, 备注 thing4). The shopper must have accepted the template in the mini-program
 * (requestSubscribeMessage); a refusal (43101) is expected and only logged.
 */
export function createOrderNotifier(deps: { prisma: PrismaClient; wechat: WechatClient; templateId: string; logger: Logger; now: () => Date }): OrderNotifier & { idle(): Promise<void> } {
  const inflight = new Set<Promise<void>>();
  const send = async (orderId: string, state: string, remark: (storeName: string) => string) => {
    const order = await deps.prisma.order.findUnique({ where: { id: orderId }, include: { user: { select: { openid: true } }, store: { select: { name: true } } } });
    if (!order) return;
    const at = deps.now();
    await deps.wechat.sendSubscribeMessage({
      toUser: order.user.openid,
      templateId: deps.templateId,
      page: `pages/order/detail?id=${order.id}`,
      data: {
        character_string1: { value: order.orderNo },
        phrase2: { value: state },
        time3: { value: `${localDateString(at)} ${formatLocalTime(at)}` },
        thing4: { value: remark(order.store.name).slice(0, 20) },
      },
    });
  };
  const track = (job: Promise<void>, context: Record<string, unknown>) => {
    const tracked = job
      .catch((error: unknown) => deps.logger.warn({ err: error, ...context }, 'subscribe message not sent'))
      .finally(() => inflight.delete(tracked));
    inflight.add(tracked);
  };
  return {
    statusChanged(orderId, status) {
      if (!deps.templateId || !ANNOUNCED.has(status)) return;
      track(send(orderId, STATUS_LABEL[status], (storeName) => storeName), { orderId, status });
    },
    itemsOutOfStock(orderId, refundedFen) {
      if (!deps.templateId) return;
      track(send(orderId, '部分缺货', () => `缺货商品已退款¥${(refundedFen / 100).toFixed(2)}`), { orderId, refundedFen });
    },
    /** Tests wait for messages in flight. */
    async idle() {
      await Promise.all([...inflight]);
    },
  };
}
