import type { Resolvers } from '@corner/shared-types/server';
import { requireUser } from '../auth/viewer.ts';
import { requireStoreAccess } from '../access/guard.ts';
import type { RequestContext } from '../graphql/context.ts';
import { badInput, notFound } from '../graphql/errors.ts';
import { parseId } from '../graphql/ids.ts';
import { throttle } from '../graphql/throttle.ts';
import { parseStoreId } from '../stores/service.ts';
import type { Order as OrderModel } from '../generated/prisma/client.ts';
import type { Pricing } from '../pricing/engine.ts';
import type { CheckoutInput } from './service.ts';
import { STATUS_LABEL } from './state.ts';

type CheckoutArgs = {
  storeId: string;
  items: Array<{ productId: string; quantity: number }>;
  fulfilment: 'DELIVERY' | 'PICKUP';
  slotStart?: Date | null;
  address?: CheckoutInput['address'];
  userCouponId?: string | null;
  pointsToUse?: number | null;
  qrScene?: string | null;
  note?: string | null;
};

const productId = (raw: string) => parseId(raw, '商品', 'productId');

function checkoutInput(input: CheckoutArgs): CheckoutInput {
  return {
    ...input,
    storeId: parseStoreId(input.storeId, 'storeId'),
    items: input.items.map((item) => ({ productId: productId(item.productId), quantity: item.quantity })),
  };
}

/** The Pricing the order was placed with (placeOrder stores it whole), for the steps the columns merge. */
const pricingOf = (order: OrderModel) => order.pricing as unknown as Pricing;

/** Staff act only on orders of their own store. */
async function staffOfOrder(context: RequestContext, orderId: string) {
  const order = /^[0-9a-f-]{36}$/i.test(orderId) ? await context.deps.db.prisma.order.findUnique({ where: { id: orderId }, select: { storeId: true } }) : null;
  if (!order) throw notFound('订单不存在');
  const staff = await requireStoreAccess(context, order.storeId);
  return { role: 'staff' as const, userId: staff.userId };
}

export const orderResolvers: Resolvers<RequestContext> = {
  Query: {
    cart: (_parent, args, context) => context.services.orders.cart(requireUser(context).userId, parseStoreId(args.storeId, 'storeId')),
    quote: (_parent, args, context) => context.services.orders.quote(requireUser(context).userId, checkoutInput(args.input)),
    cartQuote: async (_parent, args, context) => {
      const { userId } = requireUser(context);
      const store = await context.loaders.store.load(parseStoreId(args.storeId, 'storeId'));
      const fulfilment = store.deliveryEnabled && !store.deliveryPaused ? 'DELIVERY' : 'PICKUP';
      return context.services.orders.cartQuote(userId, checkoutInput({ storeId: args.storeId, items: args.items, fulfilment }));
    },
    fulfilmentSlots: (_parent, args, context) => context.services.orders.fulfilmentSlots(parseStoreId(args.storeId, 'storeId')),
    myOrders: (_parent, args, context) => context.services.orders.myOrders(requireUser(context).userId, { first: args.first, status: args.status }),
    order: (_parent, args, context) => context.services.orders.orderFor(requireUser(context).userId, args.id),
  },
  Mutation: {
    setCartItem: (_parent, args, context) =>
      context.services.orders.setCartItem(requireUser(context).userId, parseStoreId(args.storeId, 'storeId'), productId(args.productId), args.quantity),
    clearCart: (_parent, args, context) => context.services.orders.clearCart(requireUser(context).userId, parseStoreId(args.storeId, 'storeId')),
    reorder: (_parent, args, context) => context.services.orders.reorder(requireUser(context).userId, args.orderId),
    placeOrder: async (_parent, args, context) => {
      const { userId } = requireUser(context);
      await throttle(context, 'place-order', userId);
      return context.services.orders.placeOrder(userId, {
        ...checkoutInput(args.input),
        idempotencyKey: args.idempotencyKey,
        expectedPayableFen: args.expectedPayableFen,
      });
    },
    payOrder: async (_parent, args, context) => {
      const { userId } = requireUser(context);
      const { payments, orders } = context.services;
      const result = args.method === 'WECHAT_PAY' ? await payments.payWithWechat(userId, args.orderId) : await payments.payWithStoredValue(userId, args.orderId);
      return { order: await orders.orderFor(userId, args.orderId), wechat: result.kind === 'WECHAT' ? result.params : null };
    },
    syncPayment: (_parent, args, context) => context.services.payments.syncPayment(requireUser(context).userId, args.orderId),
    cancelOrder: (_parent, args, context) => context.services.orders.cancelByCustomer(requireUser(context).userId, args.orderId, args.reason ?? null),
    requestRefund: (_parent, args, context) => context.services.orders.requestRefund(requireUser(context).userId, args.orderId, args.reason),
    updateOrderStatus: async (_parent, args, context) =>
      context.services.orders.advance(await staffOfOrder(context, args.orderId), args.orderId, args.status, args.reason ?? null),
    markOrderItemsOutOfStock: async (_parent, args, context) => {
      if (args.itemIds.some((id) => !/^[0-9a-f-]{36}$/i.test(id))) throw badInput('商品行编号不正确', { field: 'itemIds' });
      return context.services.orders.markOutOfStock(await staffOfOrder(context, args.orderId), args.orderId, args.itemIds, args.reason ?? null);
    },
    resolveRefund: async (_parent, args, context) =>
      context.services.orders.resolveRefund(await staffOfOrder(context, args.orderId), args.orderId, args.approve, args.reason),
  },
  Cart: {
    storeId: (cart) => String(cart.storeId),
  },
  CartItem: {
    productId: (item) => String(item.productId),
    name: (item) => item.product.name,
    unit: (item) => item.product.unit,
    image: async (item, _args, context) => {
      const id = await context.loaders.mainImageId.load(item.productId);
      return id === null ? null : context.services.images.urls(id);
    },
    priceFen: (item) => item.product.priceFen,
    memberPriceFen: (item) => item.product.memberPriceFen,
    maxPerOrder: (item) => item.product.maxPerOrder,
  },
  Quote: {
    storeId: (quote) => String(quote.storeId),
    lines: (quote) => quote.pricing.lines,
    originalTotalFen: (quote) => quote.pricing.originalTotalFen,
    memberDiscountFen: (quote) => quote.pricing.memberDiscountFen,
    itemsTotalFen: (quote) => quote.pricing.itemsTotalFen,
    itemPromotionDiscountFen: (quote) => quote.pricing.itemPromotionDiscountFen,
    thresholdDiscountFen: (quote) => quote.pricing.thresholdDiscountFen,
    couponDiscountFen: (quote) => quote.pricing.couponDiscountFen,
    pointsUsed: (quote) => quote.pricing.pointsUsed,
    pointsDiscountFen: (quote) => quote.pricing.pointsDiscountFen,
    deliveryFeeFen: (quote) => quote.pricing.deliveryFeeFen,
    payableFen: (quote) => quote.pricing.payableFen,
    savedFen: (quote) => quote.pricing.originalTotalFen - quote.pricing.payableFen + quote.pricing.deliveryFeeFen,
    belowMinimumFen: (quote) => quote.pricing.belowMinimumFen,
    maxPointsUsable: (quote) => Math.min(quote.pricing.maxPointsUsable, quote.pointsAvailable),
    // Hints come ranked with the delivery minimum first: a page showing one hint must show what blocks the order.
    bestOfferHint: (quote) => quote.pricing.hints[0]?.message ?? null,
    hints: (quote) => quote.pricing.hints,
  },
  QuoteLine: {
    productId: (line) => String(line.productId),
  },
  Order: {
    storeId: (order) => String(order.storeId),
    store: (order, _args, context) => context.loaders.store.load(order.storeId),
    originalTotalFen: (order) => pricingOf(order).originalTotalFen,
    memberDiscountFen: (order) => pricingOf(order).memberDiscountFen,
    itemPromotionDiscountFen: (order) => pricingOf(order).itemPromotionDiscountFen,
    thresholdDiscountFen: (order) => pricingOf(order).thresholdDiscountFen,
    statusLabel: (order) => STATUS_LABEL[order.status],
    items: (order, _args, context) => context.loaders.orderItems.load(order.id),
    address: (order) => order.address as CheckoutInput['address'] & object | null,
    payBefore: (order, _args, context) =>
      order.status === 'PENDING_PAYMENT' ? new Date(order.createdAt.getTime() + context.deps.config.ORDER_PAYMENT_TIMEOUT_MINUTES * 60_000) : null,
    pickupCode: (order, _args, context) => context.services.orders.pickupCodeOf(order, context.auth.viewer?.userId),
    pickupQrContent: (order, _args, context) => {
      const code = context.services.orders.pickupCodeOf(order, context.auth.viewer?.userId);
      return code ? `PICKUP:${order.orderNo}:${code}` : null;
    },
    events: (order, _args, context) => context.loaders.orderEvents.load(order.id),
  },
  ReorderShortfall: {
    productId: (shortfall) => String(shortfall.productId),
  },
  OrderItem: {
    productId: (item) => String(item.productId),
    image: (item, _args, context) => {
      const [main] = item.product.imageIds;
      return main === undefined ? null : context.services.images.urls(main);
    },
    outOfStock: (item) => item.status === 'OUT_OF_STOCK',
    substitute: (item) =>
      item.substituteProductId === null ? null : { productId: String(item.substituteProductId), name: item.substituteName ?? '' },
  },
  OrderEvent: {
    from: (event) => event.fromStatus,
    to: (event) => event.toStatus,
    at: (event) => event.createdAt,
  },
};
