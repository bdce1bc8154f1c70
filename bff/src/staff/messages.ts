import type { PrismaClient } from '../db/prisma.ts';
import type { Logger } from '../logger.ts';
import { formatLocalTime, localDateString } from '../stores/hours.ts';
import type { WechatClient } from '../wechat/index.ts';

export interface ShopperMessenger {
  /** Fire and forget: tells the shopper some lines were out of stock and refunded. */
  itemsOutOfStock(orderId: string, refundedFen: number): void;
}

/**
 * The order-status subscribe message (same template as status changes: 订单号, 状态, 时间, 备注),
 * sent when a partial out-of-stock does not change the order's status and so sends nothing by itself.
 */
export function createShopperMessenger(deps: { prisma: PrismaClient; wechat: WechatClient; templateId: string; logger: Logger; now: () => Date }): ShopperMessenger {
  const send = async (orderId: string, refundedFen: number) => {
    const order = await deps.prisma.order.findUnique({ where: { id: orderId }, include: { user: { select: { openid: true } } } });
    if (!order) return;
    const at = deps.now();
    await deps.wechat.sendSubscribeMessage({
      toUser: order.user.openid,
      templateId: deps.templateId,
      page: `pages/order/detail?id=${order.id}`,
      data: {
        character_string1: { value: order.orderNo },
        phrase2: { value: '部分缺货' },
        time3: { value: `${localDateString(at)} ${formatLocalTime(at)}` },
        thing4: { value: `缺货商品已退款¥${(refundedFen / 100).toFixed(2)}` },
      },
    });
  };
  return {
    itemsOutOfStock(orderId, refundedFen) {
      if (!deps.templateId) return;
      send(orderId, refundedFen).catch((error: unknown) => deps.logger.warn({ err: error, orderId }, 'out-of-stock message not sent'));
    },
  };
}
